using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Policing.Domain.Identity;

/// <summary>
/// Validates whole exports of identity numbers: a UTF-8 buffer with one number per line (the shape of a
/// ten-million-line export), counting the verdicts without allocating per line.
/// </summary>
/// <remarks>
/// <para>
/// Lines end with <c>\n</c> or <c>\r\n</c>; the last line may have no end. Every line counts, an empty one as a
/// <see cref="ResidentIdError.Length"/> failure, except the empty remainder after a final line end. The counts are
/// always those of <see cref="ResidentId.Validate(ReadOnlySpan{byte})"/> (under the options) line by line.
/// </para>
/// <para>
/// Where the processor has AVX-512 with VBMI, lines of 18 characters and <c>\n</c> are proved valid four at a time
/// in 512-bit vectors, every check included; the lines that are not proved, and every line elsewhere, get their
/// verdict one at a time in 128-bit vectors (or one character at a time without SSSE3).
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ResidentIdBatch
{
    private static readonly int VerdictCount = Enum.GetValues<ResidentIdError>().Length;

    /// <summary>Validates every line of a UTF-8 buffer on the calling thread.</summary>
    /// <param name="utf8Lines">The numbers, one per line.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <returns>The count of each verdict.</returns>
    [MustUseOutcome]
    public static ResidentIdBatchResult Validate(ReadOnlySpan<byte> utf8Lines, ResidentIdValidationOptions options = default) =>
        ValidateWith(utf8Lines, options, ResidentIdVector512.IsSupported);

    /// <summary>Validates every line, on the AVX-512 path when <paramref name="vector512"/> is set (tests run both).</summary>
    internal static ResidentIdBatchResult ValidateWith(ReadOnlySpan<byte> utf8Lines, in ResidentIdValidationOptions options, bool vector512)
    {
        Span<long> counts = stackalloc long[VerdictCount];
        var position = vector512 ? ResidentIdVector512.Count(utf8Lines, options, counts, out _) : 0;
        while (position < utf8Lines.Length)
        {
            position = CountLine(utf8Lines, position, options, counts);
        }

        return new ResidentIdBatchResult(counts);
    }

    /// <summary>
    /// Validates every line of a UTF-8 buffer on all cores: the buffer is cut at line ends into one part per core,
    /// and the parts' counts are added.
    /// </summary>
    /// <param name="utf8Lines">The numbers, one per line.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="maxDegreeOfParallelism">How many parts at most; <see langword="null"/> for one per core.</param>
    /// <returns>The count of each verdict, the same as <see cref="Validate"/> would give.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    [MustUseOutcome]
    public static ResidentIdBatchResult ValidateParallel(
        ReadOnlyMemory<byte> utf8Lines,
        ResidentIdValidationOptions options = default,
        int? maxDegreeOfParallelism = null)
    {
        var degree = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        var parts = new List<ReadOnlyMemory<byte>>(degree);
        var rest = utf8Lines;
        for (var i = degree; i > 1 && rest.Length > 0; i--)
        {
            var cut = rest.Length / i;
            var newline = rest.Span[cut..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            parts.Add(rest[..(cut + newline + 1)]);
            rest = rest[(cut + newline + 1)..];
        }

        parts.Add(rest);
        var results = new ResidentIdBatchResult[parts.Count];
        Parallel.For(0, parts.Count, i => results[i] = Validate(parts[i].Span, options));
        return results.Aggregate(ResidentIdBatchResult.Empty, (sum, part) => sum.Plus(part));
    }

    /// <summary>Counts the verdict of the line that starts at <paramref name="position"/>.</summary>
    /// <returns>The position of the next line.</returns>
    internal static int CountLine(ReadOnlySpan<byte> buffer, int position, in ResidentIdValidationOptions options, Span<long> counts)
    {
        // The common case: 18 characters and a line end. A verdict other than Character proves that the 18 bytes are
        // digits (and X), so that the line really ends there.
        if (buffer.Length - position > ResidentId.Length && buffer[position + ResidentId.Length] == (byte)'\n')
        {
            var verdict = ResidentId.ParseCore(buffer.Slice(position, ResidentId.Length), options, out _, out _);
            if (verdict != ResidentIdError.Character)
            {
                counts[(int)verdict]++;
                return position + ResidentId.Length + 1;
            }
        }

        var rest = buffer[position..];
        var end = LineEnd(rest);
        var line = end < 0 ? rest : rest[..end];
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        counts[(int)ResidentId.ParseCore(line, options, out _, out _)]++;
        return position + (end < 0 ? rest.Length : end + 1);
    }

    /// <summary>The index of the first <c>\n</c>, or -1; a line a little off the usual length is found in one compare.</summary>
    private static int LineEnd(ReadOnlySpan<byte> rest)
    {
        if (Vector256.IsHardwareAccelerated && rest.Length >= Vector256<byte>.Count)
        {
            var ends = Vector256.Equals(Vector256.Create(rest), Vector256.Create((byte)'\n')).ExtractMostSignificantBits();
            if (ends != 0)
            {
                return BitOperations.TrailingZeroCount(ends);
            }
        }

        return rest.IndexOf((byte)'\n');
    }
}
