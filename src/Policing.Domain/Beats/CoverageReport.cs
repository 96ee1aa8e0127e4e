namespace Policing.Domain.Beats;

/// <summary>
/// Whether every beat has exactly one responsible community officer (一区一警): the beats checked, the findings,
/// and the beats each community officer answers for.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record CoverageReport
{
    internal CoverageReport(int beats, IReadOnlyList<AssignmentFinding> findings, IReadOnlyDictionary<OfficerId, IReadOnlyList<BeatId>> beatsByOfficer)
    {
        Beats = beats;
        Findings = findings;
        BeatsByOfficer = beatsByOfficer;
    }

    /// <summary>Gets the number of beats checked.</summary>
    public int Beats { get; }

    /// <summary>Gets every beat whose assignment is wrong, in beat-id order.</summary>
    public IReadOnlyList<AssignmentFinding> Findings { get; }

    /// <summary>Gets the beats each community officer answers for (an officer may answer for several), in id order.</summary>
    public IReadOnlyDictionary<OfficerId, IReadOnlyList<BeatId>> BeatsByOfficer { get; }

    /// <summary>Gets a value indicating whether every beat has exactly one responsible community officer.</summary>
    public bool IsComplete => Findings.Count == 0;
}
