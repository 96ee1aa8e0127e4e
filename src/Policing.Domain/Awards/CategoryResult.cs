namespace Policing.Domain.Awards;

/// <summary>How an officer's month fared against one category: eligibility, the gate, the criterion tree.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record CategoryResult
{
    internal CategoryResult(StarCategory category, bool eligible, CriterionResult? gate, CriterionResult criterion)
    {
        Category = category;
        Eligible = eligible;
        Gate = gate;
        Criterion = criterion;
    }

    /// <summary>Gets the category.</summary>
    public StarCategory Category { get; }

    /// <summary>Gets a value indicating whether the officer's role competes for the category.</summary>
    public bool Eligible { get; }

    /// <summary>Gets the result of the rule set's eligibility gate, or <see langword="null"/> when there is none.</summary>
    public CriterionResult? Gate { get; }

    /// <summary>Gets the result of the category's criterion.</summary>
    public CriterionResult Criterion { get; }

    /// <summary>Gets a value indicating whether the officer qualified: eligible, through the gate, criterion passed.</summary>
    public bool Qualified => Eligible && (Gate?.Passed ?? true) && Criterion.Passed;
}
