namespace Policing.Domain.Metrics;

/// <summary>
/// The one table of the figures of an officer's month: for each <see cref="TallyMetric"/> (and each figure of
/// <see cref="OfficerMonth"/> that is no metric), its kind, how it is read, how a month is written with it (a count the
/// tally stores, not one derived from others), and how the figures of two parts of the month merge. Every question
/// about a metric (<see cref="TallyMetrics.KindOf"/>, <see cref="OfficerMonth.GetCount"/>,
/// <see cref="OfficerMonth.GetRate"/>, <see cref="OfficerMonth.WithCount"/>) is answered here, and the months of two
/// parts of a log are merged by <see cref="Merge"/> over these rows, so that a new figure is one row.
/// </summary>
internal static class TallyMetricTable
{
    private static readonly Entry[] Entries = Build(
    [
        Stored(TallyMetric.Visits, m => m.Visits, (m, c) => m with { Visits = c }),
        Finished(TallyMetric.DistinctHouseholdsVisited, m => m.DistinctHouseholdsVisited, (m, c) => m with { DistinctHouseholdsVisited = c }),
        Finished(TallyMetric.DueHouseholds, m => m.DueHouseholds, (m, c) => m with { DueHouseholds = c }),
        Finished(TallyMetric.DueHouseholdsVisited, m => m.DueHouseholdsVisited, (m, c) => m with { DueHouseholdsVisited = c }),
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
        Finished(TallyMetric.MediationsAllPartiesSatisfied, m => m.MediationsAllPartiesSatisfied, (m, c) => m with { MediationsAllPartiesSatisfied = c }),
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
        FinishedRate(TallyMetric.PersonIdConsistencyRate, nameof(OfficerMonth.PersonIdConsistency), m => m.PersonIdConsistency),
    ]);

    /// <summary>The figures of a month that are no <see cref="TallyMetric"/> (awards do not judge them), merged all the same.</summary>
    private static readonly Entry[] Figures =
    [
        Figure(nameof(OfficerMonth.InformationItemsNotEntered), m => m.InformationItemsNotEntered, (m, c) => m with { InformationItemsNotEntered = checked((int)c) }, MetricMerge.Sum),
        Figure(nameof(OfficerMonth.InformationEntryDelayDays), m => m.InformationEntryDelayDays, (m, c) => m with { InformationEntryDelayDays = c }, MetricMerge.Sum),
        Figure(nameof(OfficerMonth.InformationMaxEntryDelayDays), m => m.InformationMaxEntryDelayDays, (m, c) => m with { InformationMaxEntryDelayDays = checked((int)c) }, MetricMerge.Max),
    ];

    /// <summary>The rows whose figure a part of the month carries, merged by sum or maximum.</summary>
    private static readonly Entry[] Merged = [.. Entries.Concat(Figures).Where(e => e is { Merge: MetricMerge.Sum or MetricMerge.Max })];

    /// <summary>Gets every row, in the order written: one per metric, then one per figure that is no metric.</summary>
    internal static IEnumerable<Entry> Rows => Entries.Where(e => e is not null).Concat(Figures);

    /// <summary>The row of a metric.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    internal static Entry Of(TallyMetric metric) =>
        (uint)metric < (uint)Entries.Length && Entries[(int)metric] is { } entry
            ? entry
            : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a defined tally metric.");

    /// <summary>
    /// Merges the months of two disjoint parts of one officer's month, row by row: each figure a part carries is the
    /// sum (or, for a longest delay, the maximum) of both; a derived figure follows from those; a figure only the whole
    /// month can give (<see cref="MetricMerge.Finished"/>) is the first month's, so that a finished month merged with a
    /// part (which carries none) keeps it.
    /// </summary>
    /// <param name="first">The first part's month; its officer, role and month are the result's.</param>
    /// <param name="second">The second part's month, of the same officer and month.</param>
    /// <returns>The merged month.</returns>
    /// <exception cref="ArgumentException"><paramref name="second"/> is of another officer or month.</exception>
    internal static OfficerMonth Merge(OfficerMonth first, OfficerMonth second)
    {
        if (first.Officer != second.Officer || first.Month != second.Month)
        {
            throw new ArgumentException($"Only months of one officer and month merge: {first.Officer} in {first.Month} and {second.Officer} in {second.Month}.", nameof(second));
        }

        var merged = first;
        foreach (var row in Merged)
        {
            var (a, b) = (row.Count!(first), row.Count!(second));
            merged = row.Write!(merged, row.Merge == MetricMerge.Max ? Math.Max(a, b) : a + b);
        }

        return merged;
    }

    private static Entry Stored(TallyMetric metric, Func<OfficerMonth, long> count, Func<OfficerMonth, int, OfficerMonth> write) =>
        new(metric, metric.ToString(), TallyMetricKind.Count, count, null, (m, c) => write(m, checked((int)c)), MetricMerge.Sum);

    private static Entry Finished(TallyMetric metric, Func<OfficerMonth, long> count, Func<OfficerMonth, int, OfficerMonth> write) =>
        new(metric, metric.ToString(), TallyMetricKind.Count, count, null, (m, c) => write(m, checked((int)c)), MetricMerge.Finished);

    private static Entry Derived(TallyMetric metric, Func<OfficerMonth, long> count) =>
        new(metric, metric.ToString(), TallyMetricKind.Count, count, null, null, MetricMerge.Derived);

    private static Entry RateOf(TallyMetric metric, Func<OfficerMonth, Rate> rate) =>
        new(metric, metric.ToString(), TallyMetricKind.Rate, null, rate, null, MetricMerge.Derived);

    private static Entry FinishedRate(TallyMetric metric, string figure, Func<OfficerMonth, Rate> rate) =>
        new(metric, figure, TallyMetricKind.Rate, null, rate, null, MetricMerge.Finished);

    private static Entry Figure(string figure, Func<OfficerMonth, long> count, Func<OfficerMonth, long, OfficerMonth> write, MetricMerge merge) =>
        new(null, figure, TallyMetricKind.Count, count, null, write, merge);

    /// <summary>The rows by metric value; a metric written twice is a mistake of this file, caught at the first use.</summary>
    private static Entry[] Build(Entry[] rows)
    {
        var byMetric = new Entry[rows.Max(r => (int)r.Metric!.Value) + 1];
        foreach (var row in rows)
        {
            var metric = (int)row.Metric!.Value;
            if (byMetric[metric] is not null)
            {
                throw new InvalidOperationException($"The metric {row.Metric} has two rows in the metric table.");
            }

            byMetric[metric] = row;
        }

        return byMetric;
    }

    /// <summary>
    /// A row: its metric (none for a figure awards do not judge), the <see cref="OfficerMonth"/> property it reads, its
    /// kind, how it is read (a count or a rate), how a month is written with it (stored counts only: a count is checked
    /// to fit the property), and how two parts' figures merge.
    /// </summary>
    internal sealed record Entry(TallyMetric? Metric, string Figure, TallyMetricKind Kind, Func<OfficerMonth, long>? Count, Func<OfficerMonth, Rate>? Rate, Func<OfficerMonth, long, OfficerMonth>? Write, MetricMerge Merge);
}
