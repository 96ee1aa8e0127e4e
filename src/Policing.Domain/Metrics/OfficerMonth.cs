using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Metrics;

/// <summary>
/// One officer's figures for one month: what the award rules read. Counts are set when the tally is built; the
/// rates are derived from them, so they can never disagree with the counts.
/// </summary>
/// <remarks>
/// <para>
/// Counts must be consistent (for example, resolved mediations not more than mediations); a rate whose counts are
/// not throws <see cref="ArgumentOutOfRangeException"/> when read, naming both counts.
/// </para>
/// <para>This type is immutable and is thread-safe.</para>
/// </remarks>
public sealed record OfficerMonth
{
    /// <summary>Initializes the figures of an officer's month, all counts zero.</summary>
    /// <param name="officer">The officer.</param>
    /// <param name="role">The officer's role: only community officers (and, for services, business officers) win stars.</param>
    /// <param name="month">The month.</param>
    public OfficerMonth(OfficerId officer, OfficerRole role, YearMonth month)
    {
        Officer = officer;
        Role = role;
        Month = month;
    }

    /// <summary>Gets the officer.</summary>
    public OfficerId Officer { get; }

    /// <summary>Gets the officer's role.</summary>
    public OfficerRole Role { get; }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the number of household visits made.</summary>
    [Metric]
    public int Visits { get; init; }

    /// <summary>Gets the number of distinct households visited.</summary>
    [Metric]
    public int DistinctHouseholdsVisited { get; init; }

    /// <summary>Gets the number of households in the officer's beats due a visit this month.</summary>
    [Metric]
    public int DueHouseholds { get; init; }

    /// <summary>Gets the number of due households that were visited this month.</summary>
    [Metric]
    public int DueHouseholdsVisited { get; init; }

    /// <summary>Gets the number of visits to members of the must-visit groups.</summary>
    [Metric]
    public int PriorityVisits { get; init; }

    /// <summary>Gets the number of follow-up calls with a satisfied result.</summary>
    [Metric]
    public int FollowUpsSatisfied { get; init; }

    /// <summary>Gets the number of follow-up calls with a dissatisfied result.</summary>
    [Metric]
    public int FollowUpsDissatisfied { get; init; }

    /// <summary>Gets the number of follow-up calls that did not reach the person.</summary>
    [Metric]
    public int FollowUpsUnreachable { get; init; }

    /// <summary>Gets the number of mediations.</summary>
    [Metric]
    public int Mediations { get; init; }

    /// <summary>Gets the number of mediations resolved.</summary>
    [Metric]
    public int MediationsResolved { get; init; }

    /// <summary>Gets the number of mediations that escalated into a criminal case.</summary>
    [Metric]
    public int MediationsEscalated { get; init; }

    /// <summary>Gets the number of mediations for which every party gave a satisfied follow-up.</summary>
    [Metric]
    public int MediationsAllPartiesSatisfied { get; init; }

    /// <summary>Gets the number of leads for criminal cases.</summary>
    [Metric]
    public int LeadsCriminal { get; init; }

    /// <summary>Gets the number of leads for public-order cases.</summary>
    [Metric]
    public int LeadsPublicOrder { get; init; }

    /// <summary>Gets the number of leads for narcotics cases.</summary>
    [Metric]
    public int LeadsNarcotics { get; init; }

    /// <summary>Gets the number of leads for economic-crime cases.</summary>
    [Metric]
    public int LeadsEconomic { get; init; }

    /// <summary>Gets the number of suspects caught.</summary>
    [Metric]
    public int SuspectsCaught { get; init; }

    /// <summary>Gets the number of fugitives caught.</summary>
    [Metric]
    public int FugitivesCaught { get; init; }

    /// <summary>Gets the number of information items collected.</summary>
    [Metric]
    public int InformationItems { get; init; }

    /// <summary>Gets the number of information items entered on the day they were collected.</summary>
    [Metric]
    public int InformationItemsEnteredSameDay { get; init; }

    /// <summary>Gets the number of information items not entered at all.</summary>
    [Metric]
    public int InformationItemsNotEntered { get; init; }

    /// <summary>Gets the total of the entry delays, in days, of the information items that were entered.</summary>
    [Metric]
    public long InformationEntryDelayDays { get; init; }

    /// <summary>Gets the longest entry delay, in days, of an information item that was entered.</summary>
    [Metric]
    public int InformationMaxEntryDelayDays { get; init; }

    /// <summary>Gets the number of services to residents.</summary>
    [Metric]
    public int Services { get; init; }

    /// <summary>Gets the number of services recognised by the public (a pennant, a letter or a satisfied follow-up).</summary>
    [Metric]
    public int RecognisedServices { get; init; }

    /// <summary>Gets the number of services given at the resident's home.</summary>
    [Metric]
    public int ServicesAtHome { get; init; }

    /// <summary>
    /// Gets the person-ID consistency rate (人号一致率) of the beats the officer answers for, read from the
    /// consistency report; <see cref="Rate.NoData"/> when the officer answers for no resident.
    /// </summary>
    [Metric]
    public Rate PersonIdConsistency { get; init; }

    /// <summary>Gets the number of follow-up calls that reached the person, satisfied or not.</summary>
    [Metric]
    public int FollowUps => FollowUpsSatisfied + FollowUpsDissatisfied;

    /// <summary>Gets the number of leads of every kind.</summary>
    [Metric]
    public int Leads => LeadsCriminal + LeadsPublicOrder + LeadsNarcotics + LeadsEconomic;

    /// <summary>Gets the visit rate (入户走访率): due households visited ÷ due households.</summary>
    [Metric]
    public Rate VisitRate => Rate.Of(DueHouseholdsVisited, DueHouseholds);

    /// <summary>Gets the satisfaction rate (群众满意率): satisfied ÷ (satisfied + dissatisfied) follow-ups.</summary>
    [Metric]
    public Rate SatisfactionRate => Rate.Of(FollowUpsSatisfied, FollowUps);

    /// <summary>Gets the mediation success rate (调解成功率): resolved ÷ mediations.</summary>
    [Metric]
    public Rate MediationSuccessRate => Rate.Of(MediationsResolved, Mediations);

    /// <summary>Gets the share of mediations for which every party gave a satisfied follow-up.</summary>
    [Metric]
    public Rate MediationAllPartiesSatisfiedRate => Rate.Of(MediationsAllPartiesSatisfied, Mediations);

    /// <summary>Gets the share of information items entered on the day they were collected.</summary>
    [Metric]
    public Rate InformationSameDayEntryRate => Rate.Of(InformationItemsEnteredSameDay, InformationItems);

    /// <summary>Reads a count metric.</summary>
    /// <param name="metric">A metric whose kind is <see cref="TallyMetricKind.Count"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a count metric.</exception>
    public long GetCount(TallyMetric metric) =>
        TallyMetricTable.Of(metric).Count is { } count ? count(this) : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a count metric of an officer's month.");

    /// <summary>Reads a rate metric.</summary>
    /// <param name="metric">A metric whose kind is <see cref="TallyMetricKind.Rate"/>.</param>
    /// <returns>The rate; <see cref="Rate.NoData"/> when there were no cases.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a rate metric.</exception>
    public Rate GetRate(TallyMetric metric) =>
        TallyMetricTable.Of(metric).Rate is { } rate ? rate(this) : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a rate metric of an officer's month.");

    /// <summary>Returns a copy with one stored count set (not the derived sums <see cref="FollowUps"/> and <see cref="Leads"/>).</summary>
    /// <param name="metric">A stored count metric.</param>
    /// <param name="count">The count.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a stored count.</exception>
    internal OfficerMonth WithCount(TallyMetric metric, int count) =>
        TallyMetricTable.Of(metric).Write is { } write ? write(this, count) : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a stored count of an officer's month.");
}
