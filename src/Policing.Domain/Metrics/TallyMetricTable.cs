namespace Policing.Domain.Metrics;

/// <summary>
/// The one table of the <see cref="TallyMetric"/> values: for each, its kind, how it is read from an officer's month,
/// and, for a count the tally stores (not one derived from others), how a month is written with it. Every question
/// about a metric (<see cref="TallyMetrics.KindOf"/>, <see cref="OfficerMonth.GetCount"/>,
/// <see cref="OfficerMonth.GetRate"/>, <see cref="OfficerMonth.WithCount"/>) is answered here, so that a new metric is
/// one row.
/// </summary>
internal static class TallyMetricTable
{
    private static readonly Entry[] Entries = Build(
    [
        Stored(TallyMetric.Visits, m => m.Visits, (m, c) => m with { Visits = c }),
        Stored(TallyMetric.DistinctHouseholdsVisited, m => m.DistinctHouseholdsVisited, (m, c) => m with { DistinctHouseholdsVisited = c }),
        Stored(TallyMetric.DueHouseholds, m => m.DueHouseholds, (m, c) => m with { DueHouseholds = c }),
        Stored(TallyMetric.DueHouseholdsVisited, m => m.DueHouseholdsVisited, (m, c) => m with { DueHouseholdsVisited = c }),
        RateOf(TallyMetric.VisitRate, m => m.VisitRate),
        Stored(TallyMetric.PriorityVisits, m => m.PriorityVisits, (m, c) => m with { PriorityVisits = c }),
        Derived(TallyMetric.FollowUps, m => m.FollowUps),
        Stored(TallyMetric.FollowUpsSatisfied, m => m.FollowUpsSatisfied, (m, c) => m with { FollowUpsSatisfied = c }),
        Stored(TallyMetric.FollowUpsDissatisfied, m => m.FollowUpsDissatisfied, (m, c) => m with { FollowUpsDissatisfied = c }),
        Stored(TallyMetric.FollowUpsUnreachable, m => m.FollowUpsUnreachable, (m, c) => m with { FollowUpsUnreachable = c }),
        RateOf(TallyMetric.SatisfactionRate, m => m.SatisfactionRate),
        Stored(TallyMetric.Mediations, m => m.Mediations, (m, c) => m with { Mediations = c }),
        Stored(TallyMetric.MediationsResolved, m => m.MediationsResolved, (m, c) => m with { MediationsResolved = c }),
        Stored(TallyMetric.MediationsEscalated, m => m.MediationsEscalated, (m, c) => m with { MediationsEscalated = c }),
        RateOf(TallyMetric.MediationSuccessRate, m => m.MediationSuccessRate),
        Stored(TallyMetric.MediationsAllPartiesSatisfied, m => m.MediationsAllPartiesSatisfied, (m, c) => m with { MediationsAllPartiesSatisfied = c }),
        RateOf(TallyMetric.MediationAllPartiesSatisfiedRate, m => m.MediationAllPartiesSatisfiedRate),
        Derived(TallyMetric.Leads, m => m.Leads),
        Stored(TallyMetric.LeadsCriminal, m => m.LeadsCriminal, (m, c) => m with { LeadsCriminal = c }),
        Stored(TallyMetric.LeadsPublicOrder, m => m.LeadsPublicOrder, (m, c) => m with { LeadsPublicOrder = c }),
        Stored(TallyMetric.LeadsNarcotics, m => m.LeadsNarcotics, (m, c) => m with { LeadsNarcotics = c }),
        Stored(TallyMetric.LeadsEconomic, m => m.LeadsEconomic, (m, c) => m with { LeadsEconomic = c }),
        Stored(TallyMetric.SuspectsCaught, m => m.SuspectsCaught, (m, c) => m with { SuspectsCaught = c }),
        Stored(TallyMetric.FugitivesCaught, m => m.FugitivesCaught, (m, c) => m with { FugitivesCaught = c }),
        Stored(TallyMetric.InformationItems, m => m.InformationItems, (m, c) => m with { InformationItems = c }),
        Stored(TallyMetric.InformationItemsEnteredSameDay, m => m.InformationItemsEnteredSameDay, (m, c) => m with { InformationItemsEnteredSameDay = c }),
        RateOf(TallyMetric.InformationSameDayEntryRate, m => m.InformationSameDayEntryRate),
        Stored(TallyMetric.Services, m => m.Services, (m, c) => m with { Services = c }),
        Stored(TallyMetric.RecognisedServices, m => m.RecognisedServices, (m, c) => m with { RecognisedServices = c }),
        Stored(TallyMetric.ServicesAtHome, m => m.ServicesAtHome, (m, c) => m with { ServicesAtHome = c }),
        RateOf(TallyMetric.PersonIdConsistencyRate, m => m.PersonIdConsistency),
    ]);

    /// <summary>Gets every row, in the order written: one per metric.</summary>
    internal static IEnumerable<Entry> Rows => Entries.Where(e => e is not null);

    /// <summary>The row of a metric.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    internal static Entry Of(TallyMetric metric) =>
        (uint)metric < (uint)Entries.Length && Entries[(int)metric] is { } entry
            ? entry
            : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a defined tally metric.");

    private static Entry Stored(TallyMetric metric, Func<OfficerMonth, long> count, Func<OfficerMonth, int, OfficerMonth> write) =>
        new(metric, TallyMetricKind.Count, count, null, write);

    private static Entry Derived(TallyMetric metric, Func<OfficerMonth, long> count) => new(metric, TallyMetricKind.Count, count, null, null);

    private static Entry RateOf(TallyMetric metric, Func<OfficerMonth, Rate> rate) => new(metric, TallyMetricKind.Rate, null, rate, null);

    /// <summary>The rows by metric value; a metric written twice is a mistake of this file, caught at the first use.</summary>
    private static Entry[] Build(Entry[] rows)
    {
        var byMetric = new Entry[rows.Max(r => (int)r.Metric) + 1];
        foreach (var row in rows)
        {
            if (byMetric[(int)row.Metric] is not null)
            {
                throw new InvalidOperationException($"The metric {row.Metric} has two rows in the metric table.");
            }

            byMetric[(int)row.Metric] = row;
        }

        return byMetric;
    }

    /// <summary>A metric's row: its kind, how it is read (a count or a rate), and how a month is written with it (stored counts only).</summary>
    internal sealed record Entry(TallyMetric Metric, TallyMetricKind Kind, Func<OfficerMonth, long>? Count, Func<OfficerMonth, Rate>? Rate, Func<OfficerMonth, int, OfficerMonth>? Write);
}
