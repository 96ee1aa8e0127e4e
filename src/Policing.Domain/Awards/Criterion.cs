namespace Policing.Domain.Awards;

/// <summary>
/// A condition on an officer's month: one metric against a threshold (<see cref="MetricCriterion"/>), all of several
/// (<see cref="AllOfCriterion"/>), any of several (<see cref="AnyOfCriterion"/>) to any depth, or a weighted score
/// (<see cref="WeightedScoreCriterion"/>). Criteria are data: they hold no code.
/// </summary>
/// <remarks>Every criterion is immutable and thread-safe.</remarks>
public abstract record Criterion
{
    private protected Criterion()
    {
    }
}
