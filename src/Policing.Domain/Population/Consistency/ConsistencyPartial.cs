namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The analysis state of part of a population: compact entries (packed number, hashed person key, beat, house
/// verdict) and the houses lived in. Parts of disjoint residents merge, in any order and any grouping, into the
/// state of the whole; <see cref="ConsistencyAnalyzer.Complete"/> turns it into the report. This is what lets a
/// national run be sharded: each machine accumulates its residents, and the partial states are merged.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class ConsistencyPartial
{
    internal ConsistencyPartial(ConsistencyAnalyzer analyzer, IReadOnlyList<ConsistencyEntry[]> chunks, ulong[] occupiedHouses, IReadOnlyList<ReferenceProblem> problems)
    {
        Analyzer = analyzer;
        Problems = problems;
        Chunks = chunks;
        OccupiedHouses = occupiedHouses;
        Residents = chunks.Sum(c => (long)c.Length);
    }

    /// <summary>Gets the number of residents in this part.</summary>
    public long Residents { get; }

    internal ConsistencyAnalyzer Analyzer { get; }

    internal IReadOnlyList<ConsistencyEntry[]> Chunks { get; }

    internal ulong[] OccupiedHouses { get; }

    internal IReadOnlyList<ReferenceProblem> Problems { get; }

    /// <summary>Merges the state of another, disjoint part of the same population.</summary>
    /// <param name="other">The other part, accumulated by the same analyzer.</param>
    /// <returns>The state of both parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> comes from another analyzer (another register).</exception>
    public ConsistencyPartial Merge(ConsistencyPartial other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.Analyzer, Analyzer))
        {
            throw new ArgumentException("Only parts accumulated by the same analyzer, over the same register, can be merged.", nameof(other));
        }

        var occupied = new ulong[OccupiedHouses.Length];
        for (var i = 0; i < occupied.Length; i++)
        {
            occupied[i] = OccupiedHouses[i] | other.OccupiedHouses[i];
        }

        return new ConsistencyPartial(Analyzer, [.. Chunks, .. other.Chunks], occupied, [.. Problems, .. other.Problems]);
    }
}
