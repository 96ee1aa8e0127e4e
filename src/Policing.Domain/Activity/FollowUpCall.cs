using NodaTime;
using Policing.Domain.Population;

namespace Policing.Domain.Activity;

/// <summary>
/// A follow-up call (电话回访) to a resident after a visit, a service, a mediation or a registration matter. It
/// counts in the month of the event it follows up, for the officer credited with that event.
/// </summary>
/// <param name="Id">The call's id.</param>
/// <param name="Subject">What the call asks about.</param>
/// <param name="SubjectId">The id of the visit, service or mediation, or of the household for a registration matter.</param>
/// <param name="Person">The resident called, when recorded.</param>
/// <param name="At">When the call was made; never before the event it follows up.</param>
/// <param name="Result">What the resident said.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record FollowUpCall(CallId Id, FollowUpSubject Subject, string SubjectId, PersonId? Person, Instant At, FollowUpResult Result);
