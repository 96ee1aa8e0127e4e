using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Data;

/// <summary>
/// A dataset folder as read: the register (stations, offices, officers, beats, houses, households, residents), the
/// activity, and the log of what was read, used and rejected.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class Dataset
{
    /// <summary>Gets the folder read; empty for a dataset made in memory.</summary>
    public string Folder { get; init; } = string.Empty;

    /// <summary>Gets the stations.</summary>
    public required IReadOnlyList<Station> Stations { get; init; }

    /// <summary>Gets the police offices.</summary>
    public required IReadOnlyList<PoliceOffice> Offices { get; init; }

    /// <summary>Gets the officers.</summary>
    public required IReadOnlyList<Officer> Officers { get; init; }

    /// <summary>Gets the beats.</summary>
    public required IReadOnlyList<Beat> Beats { get; init; }

    /// <summary>Gets the houses.</summary>
    public required IReadOnlyList<House> Houses { get; init; }

    /// <summary>Gets the households.</summary>
    public required IReadOnlyList<Household> Households { get; init; }

    /// <summary>Gets the residents.</summary>
    public required IReadOnlyList<Resident> Residents { get; init; }

    /// <summary>Gets the activity files' events (empty when the folder has none), before validation against the register.</summary>
    public ActivityLog Activity { get; init; } = ActivityLog.Empty;

    /// <summary>Gets the rows read, used and rejected per file, and every rejected row.</summary>
    public DatasetLog Log { get; init; } = new();
}
