using Policing.Domain.Beats;

namespace Policing.Domain.Awards;

/// <summary>A community officer under the monthly visit quota (Dezhou: 50), and by how much.</summary>
/// <param name="Officer">The officer.</param>
/// <param name="Visits">The visits made.</param>
/// <param name="Required">The quota.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record VisitShortfall(OfficerId Officer, int Visits, int Required)
{
    /// <summary>Gets how many visits short the officer is.</summary>
    public int ShortBy => Required - Visits;
}
