using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// How one criterion fared on an officer's month: the value found, the value required, whether it passed and by how
/// much it fell short; for all-of and any-of, the results of their criteria.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record CriterionResult
{
    internal CriterionResult(Criterion criterion, bool passed, decimal? found, Threshold? required, decimal? shortfall, decimal margin, IReadOnlyList<CriterionResult> children)
    {
        Criterion = criterion;
        Passed = passed;
        Found = found;
        Required = required;
        Shortfall = shortfall;
        Margin = margin;
        Children = children;
    }

    /// <summary>Gets the criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>Gets a value indicating whether it passed.</summary>
    public bool Passed { get; }

    /// <summary>Gets the value found: a count, a rate in percent, or a weighted score; <see langword="null"/> for a rate with no data or a combination.</summary>
    public decimal? Found { get; }

    /// <summary>Gets the threshold of a metric criterion; <see langword="null"/> for other criteria.</summary>
    public Threshold? Required { get; }

    /// <summary>Gets how far the value falls short of the threshold (a count, percentage points or score points), when it failed and a gap can be measured.</summary>
    public decimal? Shortfall { get; }

    /// <summary>Gets the margin over the thresholds used to rank officers: relative to each threshold, summed over all-of, the best of any-of.</summary>
    public decimal Margin { get; }

    /// <summary>Gets the results of the criteria of an all-of or any-of; none otherwise.</summary>
    public IReadOnlyList<CriterionResult> Children { get; }

    /// <summary>Gets the metric of a metric criterion, or <see langword="null"/>.</summary>
    public TallyMetric? Metric => (Criterion as MetricCriterion)?.Metric;

    /// <summary>Gets every failed metric or score criterion below this one, in order.</summary>
    /// <returns>The failed leaves.</returns>
    public IEnumerable<CriterionResult> FailedLeaves() =>
        Children.Count == 0 ? (Passed ? [] : [this]) : Children.SelectMany(c => c.FailedLeaves());
}
