namespace Policing.Domain.Awards;

/// <summary>Passes when every one of its criteria passes.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record AllOfCriterion : Criterion
{
    /// <summary>Initializes the criterion.</summary>
    /// <param name="criteria">The criteria; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> is empty.</exception>
    public AllOfCriterion(params IReadOnlyList<Criterion> criteria)
    {
        Guard.Against.Null(criteria);
        Criteria = criteria.Count > 0 ? [.. criteria] : throw new ArgumentException("'All of' needs at least one criterion.", nameof(criteria));
    }

    /// <summary>Gets the criteria.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <inheritdoc/>
    public bool Equals(AllOfCriterion? other) => other is not null && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc/>
    public override int GetHashCode() => Criteria.Aggregate(17, (h, c) => HashCode.Combine(h, c));
}
