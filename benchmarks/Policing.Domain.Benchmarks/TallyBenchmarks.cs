using BenchmarkDotNet.Attributes;
using Policing.Domain.Activity;
using Policing.Domain.Metrics;

namespace Policing.Domain.Benchmarks;

/// <summary>
/// How fast are a month's tallies built: a Dezhou month (600 officers, 60 thousand events) and a province month
/// (100 thousand officers, 10 million events), against a naive LINQ version that computes the same figures.
/// </summary>
[MemoryDiagnoser]
public class TallyBenchmarks
{
    private TallyWorkload _workload = null!;

    /// <summary>Gets or sets the size: officers and events.</summary>
    [ParamsSource(nameof(Sizes))]
    public (int Officers, int Events) Size { get; set; }

    /// <summary>Gets the sizes of the question.</summary>
    public static IEnumerable<(int Officers, int Events)> Sizes => [(600, 60_000), (100_000, 10_000_000)];

    /// <summary>Generates the month once, so only the tallying is timed, and checks both versions agree.</summary>
    /// <exception cref="InvalidOperationException">The naive version and the library disagree.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _workload = TallyWorkload.Create(Size.Officers, Size.Events);
        var (naive, library) = (NaiveLinq(), MonthlyTallyBuild());
        if (naive != library)
        {
            throw new InvalidOperationException($"The naive tally ({naive}) and the library's ({library}) disagree.");
        }
    }

    /// <summary>The naive version: one LINQ pass per kind of event, grouped by officer, joined through dictionaries.</summary>
    /// <returns>A checksum of the figures.</returns>
    [Benchmark(Baseline = true)]
    public long NaiveLinq()
    {
        var period = TallyWorkload.Period;
        var log = _workload.Log;
        var visits = log.Visits.Where(v => period.Contains(v.At)).ToList();
        var visitOfficer = visits.ToDictionary(v => v.Id.Value, v => v.Officer);
        var byOfficer = visits.GroupBy(v => v.Officer).ToDictionary(
            g => g.Key,
            g => (Visits: g.Count(), Priority: g.Count(v => v.Kind == VisitKind.Priority), Households: g.Select(v => v.Household).ToHashSet()));
        var calls = log.FollowUps
            .Where(c => c.Subject == FollowUpSubject.Visit && visitOfficer.ContainsKey(c.SubjectId))
            .GroupBy(c => visitOfficer[c.SubjectId])
            .ToDictionary(g => g.Key, g => (Satisfied: g.Count(c => c.Result == FollowUpResult.Satisfied), Dissatisfied: g.Count(c => c.Result == FollowUpResult.Dissatisfied)));
        var mediations = log.Mediations.Where(m => period.Contains(m.At)).GroupBy(m => m.Officer)
            .ToDictionary(g => g.Key, g => (All: g.Count(), Resolved: g.Count(m => m.Outcome == MediationOutcome.Resolved)));
        var leads = log.Leads.Where(l => period.Contains(l.At)).GroupBy(l => l.Officer).ToDictionary(g => g.Key, g => g.Count());
        var caught = log.Apprehensions.Where(a => period.Contains(a.At)).GroupBy(a => a.Officer).ToDictionary(g => g.Key, g => g.Count());
        var information = log.Information.Where(i => period.Contains(i.CollectedOn)).GroupBy(i => i.Officer).ToDictionary(g => g.Key, g => g.Count());
        var services = log.Services.Where(s => period.Contains(s.At)).GroupBy(s => s.Officer)
            .ToDictionary(g => g.Key, g => g.Count(s => s.Recognition != Recognition.None));
        long checksum = 0;
        foreach (var officer in _workload.Officers)
        {
            var v = byOfficer.GetValueOrDefault(officer.Id);
            var dueVisited = _workload.Context.BeatsOf(officer.Id).Sum(b => _workload.Plan.DueIn(b).Count(h => v.Households?.Contains(h) ?? false));
            var c = calls.GetValueOrDefault(officer.Id);
            var m = mediations.GetValueOrDefault(officer.Id);
            checksum += v.Visits + v.Priority + (v.Households?.Count ?? 0) + dueVisited + c.Satisfied + c.Dissatisfied + m.All + m.Resolved
                + leads.GetValueOrDefault(officer.Id) + caught.GetValueOrDefault(officer.Id) + information.GetValueOrDefault(officer.Id) + services.GetValueOrDefault(officer.Id);
        }

        return checksum;
    }

    /// <summary>The library: <see cref="MonthlyTally.Build"/>, one pass on all cores and a merge.</summary>
    /// <returns>The same checksum.</returns>
    [Benchmark]
    public long MonthlyTallyBuild()
    {
        var months = MonthlyTally.Build(_workload.Context, _workload.Log, _workload.Plan, _ => Rate.NoData);
        long checksum = 0;
        foreach (var m in months)
        {
            checksum += m.Visits + m.PriorityVisits + m.DistinctHouseholdsVisited + m.DueHouseholdsVisited + m.FollowUpsSatisfied + m.FollowUpsDissatisfied
                + m.Mediations + m.MediationsResolved + m.Leads + m.SuspectsCaught + m.FugitivesCaught + m.InformationItems + m.RecognisedServices;
        }

        return checksum;
    }
}
