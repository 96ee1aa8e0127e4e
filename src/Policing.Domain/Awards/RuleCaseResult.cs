namespace Policing.Domain.Awards;

/// <summary>The result of running one <see cref="RuleCase"/> against a rule set.</summary>
/// <param name="Case">The case.</param>
/// <param name="Differences">
/// What differed from the expectation, one sentence each (such as "expected star mediation for C1, not given");
/// empty when the case passed.
/// </param>
public sealed record RuleCaseResult(RuleCase Case, IReadOnlyList<string> Differences)
{
    /// <summary>Gets a value indicating whether the outcome was as expected.</summary>
    public bool Passed => Differences.Count == 0;
}
