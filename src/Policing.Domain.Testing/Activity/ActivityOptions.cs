using Policing.Domain.Beats;

namespace Policing.Domain.Testing.Activity;

/// <summary>How the activity generator draws a month.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ActivityOptions
{
    /// <summary>Gets the seed: the same city, month and options give the same activity.</summary>
    public int Seed { get; init; } = 2014;

    /// <summary>Gets the share of community officers who fall under the 50-visit quota.</summary>
    public double UnderQuotaShare { get; init; } = 0.05;

    /// <summary>Gets the profiles that override the draws for given officers.</summary>
    public IReadOnlyDictionary<OfficerId, OfficerProfile> Profiles { get; init; } = new Dictionary<OfficerId, OfficerProfile>();
}
