using Policing.Domain.Beats;

namespace Policing.Domain.Awards;

/// <summary>A star won: the category, the officer, and the officer's rank among those who qualified for it.</summary>
/// <param name="Category">The category.</param>
/// <param name="Officer">The officer.</param>
/// <param name="Rank">The rank among the qualified, from 1.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record StarAward(StarCategory Category, OfficerId Officer, int Rank);
