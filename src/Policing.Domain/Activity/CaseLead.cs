using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Activity;

/// <summary>A lead for a case (线索) provided by an officer.</summary>
/// <param name="Id">The lead's id.</param>
/// <param name="Officer">The officer who provided it.</param>
/// <param name="At">When it was provided.</param>
/// <param name="CaseKind">The kind of case it is for.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record CaseLead(LeadId Id, OfficerId Officer, Instant At, CaseKind CaseKind);
