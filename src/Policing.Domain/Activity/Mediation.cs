using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Activity;

/// <summary>A mediation of a dispute (纠纷调解) by an officer.</summary>
/// <param name="Id">The mediation's id.</param>
/// <param name="Dispute">The dispute mediated.</param>
/// <param name="Officer">The officer credited with the mediation.</param>
/// <param name="At">When it took place; not before the dispute was reported.</param>
/// <param name="Mode">On the spot or by a later home visit.</param>
/// <param name="Outcome">Resolved, failed, or escalated into a criminal case.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Mediation(MediationId Id, DisputeId Dispute, OfficerId Officer, Instant At, MediationMode Mode, MediationOutcome Outcome);
