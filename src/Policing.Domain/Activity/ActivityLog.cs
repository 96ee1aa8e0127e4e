namespace Policing.Domain.Activity;

/// <summary>What officers did, as immutable events of every kind.</summary>
/// <param name="Visits">The household visits.</param>
/// <param name="FollowUps">The follow-up calls.</param>
/// <param name="Disputes">The disputes.</param>
/// <param name="Mediations">The mediations.</param>
/// <param name="Leads">The case leads.</param>
/// <param name="Apprehensions">The apprehensions.</param>
/// <param name="Information">The information items.</param>
/// <param name="Services">The services to residents.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ActivityLog(
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<FollowUpCall> FollowUps,
    IReadOnlyList<Dispute> Disputes,
    IReadOnlyList<Mediation> Mediations,
    IReadOnlyList<CaseLead> Leads,
    IReadOnlyList<Apprehension> Apprehensions,
    IReadOnlyList<InformationItem> Information,
    IReadOnlyList<ServiceRecord> Services)
{
    /// <summary>Gets the log with no events.</summary>
    public static ActivityLog Empty { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>Gets the number of events of every kind.</summary>
    public long Count => (long)Visits.Count + FollowUps.Count + Disputes.Count + Mediations.Count + Leads.Count + Apprehensions.Count + Information.Count + Services.Count;
}
