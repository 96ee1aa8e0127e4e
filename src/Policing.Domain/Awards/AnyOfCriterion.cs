namespace Policing.Domain.Awards;

/// <summary>Passes when at least one of its criteria passes.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record AnyOfCriterion : Criterion
{
    /// <summary>Initializes the criterion.</summary>
    /// <param name="criteria">The criteria; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> is empty.</exception>
    public AnyOfCriterion(params IReadOnlyList<Criterion> criteria)
    {
        Guard.Against.Null(criteria);
        Criteria = criteria.Count > 0 ? [.. criteria] : throw new ArgumentException("'Any of' needs at least one criterion.", nameof(criteria));
    }

    /// <summary>Gets the criteria.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <inheritdoc/>
    public bool Equals(AnyOfCriterion? other) => other is not null && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc/>
    public override int GetHashCode() => Criteria.Aggregate(23, (h, c) => HashCode.Combine(h, c));
}
