using System.Reflection;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Benchmarks;

/// <summary>
/// How fast is a province month judged: 100 thousand officers × the five Dezhou categories, evaluation and selection,
/// against a naive version that reads metrics by reflection the way a general-purpose rules engine does.
/// </summary>
[MemoryDiagnoser]
public class AwardsBenchmarks
{
    private static readonly YearMonth January = new(2014, 1);
    private readonly RuleSet _rules = RuleSets.DezhouFiveStar2014();
    private OfficerMonth[] _months = [];

    /// <summary>Gets or sets the number of officers.</summary>
    [Params(600, 100_000)]
    public int Officers { get; set; }

    /// <summary>Generates the tallies once, with counts around every threshold.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2014);
        _months = [.. Enumerable.Range(0, Officers).Select(i =>
        {
            var due = random.Next(10, 40);
            var mediations = random.Next(0, 6);
            return new OfficerMonth(new OfficerId($"C{i:D6}"), i % 20 == 0 ? OfficerRole.Auxiliary : OfficerRole.Community, January)
            {
                Visits = random.Next(30, 160),
                DueHouseholds = due,
                DueHouseholdsVisited = due - (random.Next(4) == 0 ? 1 : 0),
                FollowUpsSatisfied = random.Next(5, 40),
                FollowUpsDissatisfied = random.Next(5) == 0 ? 1 : 0,
                Mediations = mediations,
                MediationsResolved = mediations,
                MediationsAllPartiesSatisfied = Math.Max(0, mediations - random.Next(2)),
                LeadsCriminal = random.Next(10) == 0 ? 1 : 0,
                SuspectsCaught = random.Next(20) == 0 ? 1 : 0,
                InformationItems = random.Next(0, 15),
                Services = 5,
                RecognisedServices = random.Next(0, 5),
                PersonIdConsistency = Rate.Of(1000 - random.Next(2), 1000),
            };
        })];
    }

    /// <summary>
    /// The naive version: every criterion reads its metric by property name through reflection and compares doubles;
    /// the ranking is a LINQ sort per category. Same quotas, same order of categories.
    /// </summary>
    /// <returns>The number of stars given.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveReflection()
    {
        var given = new HashSet<OfficerId>();
        var stars = 0;
        foreach (var category in _rules.Categories)
        {
            var ranked = _months
                .Where(m => category.EligibleRoles.Contains(m.Role) && Passes(category.Criterion, m))
                .OrderByDescending(m => Margin(category.Criterion, m))
                .ThenByDescending(m => m.SatisfactionRate.ToDouble())
                .ThenByDescending(m => m.Visits)
                .ThenBy(m => m.Officer.Value, StringComparer.Ordinal);
            var inCategory = 0;
            foreach (var m in ranked)
            {
                if (inCategory < category.Quota && stars < _rules.QuotaPerMonth && given.Add(m.Officer))
                {
                    inCategory++;
                    stars++;
                }
            }
        }

        return stars;
    }

    /// <summary>The library: <see cref="AwardEvaluator.Evaluate"/>, with a result tree for every officer and category.</summary>
    /// <returns>The number of stars given.</returns>
    [Benchmark]
    public int Evaluate() => AwardEvaluator.Evaluate(_rules, _months, January).Stars.Count;

    private static double Read(OfficerMonth month, TallyMetric metric)
    {
        var name = metric == TallyMetric.PersonIdConsistencyRate ? nameof(OfficerMonth.PersonIdConsistency) : metric.ToString();
        var value = typeof(OfficerMonth).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(month);
        return value is Rate rate ? (rate.IsNoData ? double.NaN : rate.ToDouble() * 100) : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Passes(Criterion criterion, OfficerMonth month) => criterion switch
    {
        AllOfCriterion all => all.Criteria.All(c => Passes(c, month)),
        AnyOfCriterion any => any.Criteria.Any(c => Passes(c, month)),
        MetricCriterion m => Read(month, m.Metric) >= (double)m.Threshold.ToNumber(),
        _ => false,
    };

    private static double Margin(Criterion criterion, OfficerMonth month) => criterion switch
    {
        AllOfCriterion all => all.Criteria.Sum(c => Margin(c, month)),
        AnyOfCriterion any => any.Criteria.Where(c => Passes(c, month)).Select(c => Margin(c, month)).DefaultIfEmpty(0).Max(),
        MetricCriterion m when Passes(m, month) => (Read(month, m.Metric) - (double)m.Threshold.ToNumber()) / Math.Max((double)m.Threshold.ToNumber(), 1),
        _ => 0,
    };
}
