using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Activity;

/// <summary>A household visit (入户走访) by an officer.</summary>
/// <param name="Id">The visit's id.</param>
/// <param name="Officer">The officer credited with the visit.</param>
/// <param name="Household">The household visited.</param>
/// <param name="At">When the visit took place.</param>
/// <param name="Kind">Routine, or a priority visit to a must-visit group.</param>
/// <param name="Outcomes">The must-dos done on the visit (五必办).</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Visit(VisitId Id, OfficerId Officer, HouseholdId Household, Instant At, VisitKind Kind, VisitOutcomes Outcomes);
