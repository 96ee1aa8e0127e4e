using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>How an officer's month fared against one category: eligibility, the gate, the criterion tree.</summary>
/// <remarks>
/// The verdict and the margin are decided when the month is judged; the explainable trees (<see cref="Gate"/> and
/// <see cref="Criterion"/>) are built from the same arithmetic the first time they are read, so judging a province
/// costs no tree for the officers nobody asks about. This type is immutable and is thread-safe.
/// </remarks>
public sealed class CategoryResult
{
    private readonly OfficerMonth _month;
    private readonly Criterion? _gate;
    private readonly bool _gatePassed;
    private readonly bool _criterionPassed;
    private CriterionResult? _gateResult;
    private CriterionResult? _criterionResult;

    internal CategoryResult(StarCategory category, bool eligible, OfficerMonth month, Criterion? gate, bool gatePassed, bool criterionPassed, decimal margin)
    {
        Category = category;
        Eligible = eligible;
        _month = month;
        _gate = gate;
        _gatePassed = gatePassed;
        _criterionPassed = criterionPassed;
        Margin = margin;
    }

    /// <summary>Gets the category.</summary>
    public StarCategory Category { get; }

    /// <summary>Gets a value indicating whether the officer's role competes for the category.</summary>
    public bool Eligible { get; }

    /// <summary>Gets the result of the rule set's eligibility gate, or <see langword="null"/> when it has none.</summary>
    public CriterionResult? Gate => _gate is null ? null : _gateResult ??= CriterionEvaluator.Evaluate(_gate, _month);

    /// <summary>Gets the result tree of the category's criterion.</summary>
    public CriterionResult Criterion => _criterionResult ??= CriterionEvaluator.Evaluate(Category.Criterion, _month);

    /// <summary>Gets the margin over the thresholds that ranks the qualified officers (0 when not qualified).</summary>
    public decimal Margin { get; }

    /// <summary>Gets a value indicating whether the officer qualifies: eligible, through the gate, and meeting the criterion.</summary>
    public bool Qualified => Eligible && _gatePassed && _criterionPassed;
}
