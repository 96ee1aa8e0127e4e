namespace Policing.Domain.Beats;

/// <summary>A beat whose assignment breaks "one beat, one officer", and why.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record AssignmentFinding
{
    internal AssignmentFinding(BeatId beat, OfficerId? officer, AssignmentProblem problem)
    {
        Beat = beat;
        Officer = officer;
        Problem = problem;
    }

    /// <summary>Gets the beat.</summary>
    public BeatId Beat { get; }

    /// <summary>Gets the officer named as responsible, or <see langword="null"/> for an uncovered beat.</summary>
    public OfficerId? Officer { get; }

    /// <summary>Gets what is wrong.</summary>
    public AssignmentProblem Problem { get; }
}
