using System.Collections.Immutable;

namespace Policing.Domain.Population.Consistency;

/// <summary>A count of residents for every value of a verdict enum; the counts add up to <see cref="Total"/>.</summary>
/// <typeparam name="TVerdict">The verdict enum.</typeparam>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class VerdictCounts<TVerdict> : IEquatable<VerdictCounts<TVerdict>>
    where TVerdict : struct, Enum
{
    private readonly ImmutableArray<long> _counts;

    internal VerdictCounts(ReadOnlySpan<long> counts)
    {
        _counts = [.. counts];
        foreach (var count in counts)
        {
            Total += count;
        }
    }

    /// <summary>Gets the number of residents counted.</summary>
    public long Total { get; }

    /// <summary>Gets the count of a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>How many residents got it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined verdict.</exception>
    public long this[TVerdict verdict]
    {
        get
        {
            var index = Convert.ToInt32(verdict, System.Globalization.CultureInfo.InvariantCulture);
            return (uint)index < (uint)_counts.Length && Enum.IsDefined(verdict)
                ? _counts[index]
                : throw new ArgumentOutOfRangeException(nameof(verdict), verdict, $"Not a defined {typeof(TVerdict).Name}.");
        }
    }

    /// <summary>Gets every verdict with its count, in declaration order.</summary>
    public IEnumerable<KeyValuePair<TVerdict, long>> All =>
        Enum.GetValues<TVerdict>().Select(v => KeyValuePair.Create(v, this[v]));

    /// <inheritdoc/>
    public bool Equals(VerdictCounts<TVerdict>? other) => other is not null && _counts.SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VerdictCounts<TVerdict>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var count in _counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Writes every non-zero count.</summary>
    /// <returns>For example <c>Consistent 95, NoNumber 5</c>.</returns>
    public override string ToString() => string.Join(", ", All.Where(a => a.Value != 0).Select(a => $"{a.Key} {a.Value}"));
}
