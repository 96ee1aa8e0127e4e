using Policing.Domain.Beats;

namespace Policing.Domain.Awards;

/// <summary>An officer whose outcome differs between two rule sets, with both outcomes (their category results say why).</summary>
/// <param name="Officer">The officer.</param>
/// <param name="Current">The outcome under the rule set in force.</param>
/// <param name="Proposed">The outcome under the rule set considered.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record OutcomeDifference(OfficerId Officer, OfficerOutcome Current, OfficerOutcome Proposed);
