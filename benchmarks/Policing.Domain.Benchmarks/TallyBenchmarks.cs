using BenchmarkDotNet.Attributes;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Benchmarks;

/// <summary>
/// How fast are a month's tallies built: a Dezhou month (600 officers, 60 thousand events) and a province month
/// (100 thousand officers, 10 million events), against a naive LINQ version that computes the same figures. The
/// library is timed three ways: the tally over the log already in columns, putting the log into columns, and the two
/// together from the object log.
/// </summary>
[MemoryDiagnoser]
public class TallyBenchmarks
{
    private TallyWorkload _workload = null!;
    private ActivityColumns _columns = null!;

    /// <summary>Gets or sets the size: officers and events.</summary>
    [ParamsSource(nameof(Sizes))]
    public (int Officers, int Events) Size { get; set; }

    /// <summary>Gets the sizes of the question.</summary>
    public static IEnumerable<(int Officers, int Events)> Sizes => [(600, 60_000), (100_000, 10_000_000)];

    /// <summary>Generates the month and its columns once, so only the tallying is timed, and checks every version agrees with the naive one.</summary>
    /// <exception cref="InvalidOperationException">The naive version and the library disagree.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _workload = TallyWorkload.Create(Size.Officers, Size.Events);
        _columns = ActivityColumns.Create(_workload.Context, _workload.Log);
        var (naive, fromLog, fromColumns) = (NaiveLinq(), MonthlyTallyBuild(), MonthlyTallyBuildOverColumns());
        if (naive != fromLog || naive != fromColumns)
        {
            throw new InvalidOperationException($"The naive tally ({naive}) and the library's from the log ({fromLog}) and from columns ({fromColumns}) disagree.");
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
        var ofTheMonth = log.Mediations.Where(m => period.Contains(m.At)).ToList();
        var mediationOfficer = ofTheMonth.ToDictionary(m => m.Id.Value, m => m.Officer);
        var serviceOfficer = log.Services.Where(s => period.Contains(s.At)).ToDictionary(s => s.Id.Value, s => s.Officer);
        var byOfficer = visits.GroupBy(v => v.Officer).ToDictionary(
            g => g.Key,
            g => (Visits: g.Count(), Priority: g.Count(v => v.Kind == VisitKind.Priority), Households: g.Select(v => v.Household).ToHashSet()));
        var officerOf = new Dictionary<FollowUpSubject, Dictionary<string, OfficerId>>
        {
            [FollowUpSubject.Visit] = visitOfficer,
            [FollowUpSubject.Mediation] = mediationOfficer,
            [FollowUpSubject.Service] = serviceOfficer,
        };
        var calls = log.FollowUps
            .Where(c => officerOf.TryGetValue(c.Subject, out var events) && events.ContainsKey(c.SubjectId))
            .GroupBy(c => officerOf[c.Subject][c.SubjectId])
            .ToDictionary(g => g.Key, g => (Satisfied: g.Count(c => c.Result == FollowUpResult.Satisfied), Dissatisfied: g.Count(c => c.Result == FollowUpResult.Dissatisfied)));
        var satisfiedParties = log.FollowUps
            .Where(c => c.Subject == FollowUpSubject.Mediation && c.Result == FollowUpResult.Satisfied && c.Person is not null)
            .Select(c => (c.SubjectId, c.Person!.Value.Value))
            .ToHashSet();
        var disputes = log.Disputes.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());
        var mediations = ofTheMonth.GroupBy(m => m.Officer).ToDictionary(
            g => g.Key,
            g => (All: g.Count(), Resolved: g.Count(m => m.Outcome == MediationOutcome.Resolved),
                AllPartiesSatisfied: g.Count(m => disputes.TryGetValue(m.Dispute, out var d) && d.Parties.All(p => satisfiedParties.Contains((m.Id.Value, p.Value))))));
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
            checksum += v.Visits + v.Priority + (v.Households?.Count ?? 0) + dueVisited + c.Satisfied + c.Dissatisfied + m.All + m.Resolved + m.AllPartiesSatisfied
                + leads.GetValueOrDefault(officer.Id) + caught.GetValueOrDefault(officer.Id) + information.GetValueOrDefault(officer.Id) + services.GetValueOrDefault(officer.Id);
        }

        return checksum;
    }

    /// <summary>The library end to end from the object log: <see cref="ActivityColumns.Create"/>, then the tally over the columns.</summary>
    /// <returns>The same checksum.</returns>
    [Benchmark]
    public long MonthlyTallyBuild() => Checksum(MonthlyTally.Build(_workload.Context, _workload.Log, _workload.Plan, _ => Rate.NoData));

    /// <summary>The tally alone, over the log already in columns, on all cores.</summary>
    /// <returns>The same checksum.</returns>
    [Benchmark]
    public long MonthlyTallyBuildOverColumns() => Checksum(MonthlyTally.Build(_workload.Context, _columns, _workload.Plan, _ => Rate.NoData));

    /// <summary>Putting the object log into columns, on all cores: what the end-to-end build adds to the tally.</summary>
    /// <returns>The number of visits and calls in the columns (the columns are internal to the library).</returns>
    [Benchmark]
    public long ActivityColumnsCreate()
    {
        var columns = ActivityColumns.Create(_workload.Context, _workload.Log);
        return columns.VisitCount + columns.FollowUpCount;
    }

    private static long Checksum(IReadOnlyList<OfficerMonth> months)
    {
        long checksum = 0;
        foreach (var m in months)
        {
            checksum += m.Visits + m.PriorityVisits + m.DistinctHouseholdsVisited + m.DueHouseholdsVisited + m.FollowUpsSatisfied + m.FollowUpsDissatisfied
                + m.Mediations + m.MediationsResolved + m.MediationsAllPartiesSatisfied + m.Leads + m.SuspectsCaught + m.FugitivesCaught + m.InformationItems + m.RecognisedServices;
        }

        return checksum;
    }
}
