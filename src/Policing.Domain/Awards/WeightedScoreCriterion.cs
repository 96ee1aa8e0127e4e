namespace Policing.Domain.Awards;

/// <summary>
/// Passes when the weighted score Σ weight × value reaches a minimum, where a rate's value is its percentage
/// (0 to 100, no data counting as 0) and a count's value is the count. Assessments led by residents'
/// satisfaction (Dongping) are written this way.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record WeightedScoreCriterion : Criterion
{
    /// <summary>Initializes the criterion.</summary>
    /// <param name="terms">The terms; at least one, each with a positive weight.</param>
    /// <param name="minimum">The least score; not negative.</param>
    /// <exception cref="ArgumentException">There are no terms, or a weight is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative.</exception>
    public WeightedScoreCriterion(IReadOnlyList<WeightedTerm> terms, decimal minimum)
    {
        Guard.Against.Null(terms);
        Guard.Against.OutOfRange(minimum, nameof(minimum), 0m, decimal.MaxValue, $"A weighted score's minimum may not be negative, not {minimum}.");
        if (terms.Count == 0 || terms.Any(t => t.Weight <= 0))
        {
            throw new ArgumentException("A weighted score needs at least one term, each with a positive weight.", nameof(terms));
        }

        foreach (var term in terms)
        {
            Metrics.TallyMetrics.KindOf(term.Metric);
        }

        Terms = [.. terms];
        Minimum = minimum;
    }

    /// <summary>Gets the terms.</summary>
    public IReadOnlyList<WeightedTerm> Terms { get; }

    /// <summary>Gets the least score.</summary>
    public decimal Minimum { get; }

    /// <inheritdoc/>
    public bool Equals(WeightedScoreCriterion? other) => other is not null && Minimum == other.Minimum && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => Terms.Aggregate(Minimum.GetHashCode(), (h, t) => HashCode.Combine(h, t));
}
