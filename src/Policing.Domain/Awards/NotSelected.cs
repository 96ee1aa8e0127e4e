using Policing.Domain.Beats;

namespace Policing.Domain.Awards;

/// <summary>An officer who qualified for a star but was not given it, and why.</summary>
/// <param name="Category">The category.</param>
/// <param name="Officer">The officer.</param>
/// <param name="Rank">The rank among the qualified, from 1.</param>
/// <param name="Reason">Why the star was not given.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record NotSelected(StarCategory Category, OfficerId Officer, int Rank, SelectionReason Reason);
