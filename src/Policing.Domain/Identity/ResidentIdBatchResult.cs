using System.Collections.Immutable;

namespace Policing.Domain.Identity;

/// <summary>
/// The counts per verdict of a batch of identity numbers: how many lines were valid and how many failed for each
/// <see cref="ResidentIdError"/>. The counts add up to <see cref="Lines"/>; results of disjoint batches add up
/// with <see cref="Plus"/>.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class ResidentIdBatchResult : IEquatable<ResidentIdBatchResult>
{
    private static readonly int VerdictCount = Enum.GetValues<ResidentIdError>().Length;
    private readonly ImmutableArray<long> _counts;

    internal ResidentIdBatchResult(ReadOnlySpan<long> counts)
    {
        _counts = [.. counts];
        var lines = 0L;
        foreach (var count in counts)
        {
            lines += count;
        }

        Lines = lines;
    }

    /// <summary>Gets the result of an empty batch.</summary>
    public static ResidentIdBatchResult Empty { get; } = new(new long[VerdictCount]);

    /// <summary>Gets the number of lines read.</summary>
    public long Lines { get; }

    /// <summary>Gets the number of valid numbers.</summary>
    public long Valid => _counts[(int)ResidentIdError.None];

    /// <summary>Gets the number of lines that are not valid numbers.</summary>
    public long Invalid => Lines - Valid;

    /// <summary>Gets the count of each verdict, <see cref="ResidentIdError.None"/> for the valid ones, in enum order.</summary>
    public IEnumerable<KeyValuePair<ResidentIdError, long>> Counts =>
        Enum.GetValues<ResidentIdError>().Select(e => KeyValuePair.Create(e, _counts[(int)e]));

    /// <summary>Gets how many lines had a verdict.</summary>
    /// <param name="verdict">The verdict; <see cref="ResidentIdError.None"/> for valid numbers.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined verdict.</exception>
    public long CountOf(ResidentIdError verdict)
    {
        if (!Enum.IsDefined(verdict))
        {
            throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a defined identity-number verdict.");
        }

        return _counts[(int)verdict];
    }

    /// <summary>Adds the counts of another batch, as for two disjoint parts of one export.</summary>
    /// <param name="other">The other batch's result.</param>
    /// <returns>The result of both batches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public ResidentIdBatchResult Plus(ResidentIdBatchResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Span<long> sum = stackalloc long[VerdictCount];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = _counts[i] + other._counts[i];
        }

        return new ResidentIdBatchResult(sum);
    }

    /// <inheritdoc/>
    public bool Equals(ResidentIdBatchResult? other) => other is not null && _counts.SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResidentIdBatchResult);

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

    /// <summary>Writes the line count and the count of every verdict that occurred.</summary>
    /// <returns>For example <c>lines 10, None 9, CheckCharacter 1</c>.</returns>
    public override string ToString() =>
        $"lines {Lines}, " + string.Join(", ", Counts.Where(c => c.Value != 0).Select(c => $"{c.Key} {c.Value}"));
}
