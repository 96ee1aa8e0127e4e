using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

using Policing.Domain.Internals;

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
/// Lines of 18 characters and <c>\n</c> get their verdicts in blocks, in the widest vectors the processor accelerates,
/// every rule included: 16 lines a block with AVX2 and 8 with SSE or ARM64's NEON (one source, the lines transposed so
/// that a vector holds one pair of positions of every line), 4 with AVX-512 VBMI. A line the vectors leave open (a
/// control character, 29 February, a code strict mode checks against the birth year, a birth year not before the
/// reference date's) and a line of another shape get their verdict one at a time, and where no vector is accelerated
/// every line does. All follow the same rules, and the counts are the same on every path.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ResidentIdBatch
{
    /// <summary>
    /// The smallest part <see cref="ValidateParallel(ReadOnlyMemory{byte}, ResidentIdValidationOptions, int?)"/> hands to a core: about 14 thousand lines, some 50 µs of work on
    /// one core, well above the cost of starting a part on another.
    /// </summary>
    internal const int MinimumPartBytes = 256 * 1024;

    private static readonly int VerdictCount = Enum.GetValues<ResidentIdError>().Length;

    /// <summary>Gets the path this machine runs: the widest one its processor accelerates.</summary>
    internal static ResidentIdBatchPath FastestPath { get; } =
        ResidentIdVector512.IsSupported ? ResidentIdBatchPath.Vector512
        : Vector256.IsHardwareAccelerated && Avx2.IsSupported ? ResidentIdBatchPath.Vector256
        : Vector128.IsHardwareAccelerated ? ResidentIdBatchPath.Vector128
        : ResidentIdBatchPath.LineByLine;

    /// <summary>Validates every line of a UTF-8 buffer on the calling thread.</summary>
    /// <param name="utf8Lines">The numbers, one per line.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <returns>The count of each verdict.</returns>
    [MustUseOutcome]
    public static ResidentIdBatchResult Validate(ReadOnlySpan<byte> utf8Lines, ResidentIdValidationOptions options = default) =>
        ValidateWith(utf8Lines, options, FastestPath);

    /// <summary>
    /// Gets the instructions the batch validates with on this machine: the widest vectors its processor accelerates,
    /// for example <c>256-bit vectors (AVX2)</c>, or <c>one line at a time (no vectors)</c>.
    /// </summary>
    public static string Instructions => FastestPath switch
    {
        ResidentIdBatchPath.Vector512 => "512-bit vectors (AVX-512 VBMI)",
        ResidentIdBatchPath.Vector256 => "256-bit vectors (AVX2)",
        ResidentIdBatchPath.Vector128 when Ssse3.IsSupported => "128-bit vectors (SSSE3)",
        ResidentIdBatchPath.Vector128 when AdvSimd.IsSupported => "128-bit vectors (NEON)",
        ResidentIdBatchPath.Vector128 => "128-bit vectors",
        _ => "one line at a time (no vectors)",
    };

    /// <summary>Tells whether this machine can run a path (the 128-bit ones run anywhere, unaccelerated where need be).</summary>
    internal static bool CanRun(ResidentIdBatchPath path) => path switch
    {
        ResidentIdBatchPath.Vector512 => ResidentIdVector512.IsSupported,
        ResidentIdBatchPath.Vector256 => Avx2.IsSupported,
        _ => true,
    };

    /// <summary>Validates every line on a given path (tests and benchmarks run each one).</summary>
    /// <exception cref="PlatformNotSupportedException">This machine cannot run <paramref name="path"/>.</exception>
    internal static ResidentIdBatchResult ValidateWith(ReadOnlySpan<byte> utf8Lines, in ResidentIdValidationOptions options, ResidentIdBatchPath path)
    {
        if (!CanRun(path))
        {
            throw new PlatformNotSupportedException($"The {path} path of the identity batch needs instructions this processor does not have.");
        }

        Span<long> counts = stackalloc long[VerdictCount];
        var position = path switch
        {
            ResidentIdBatchPath.Vector512 => ResidentIdBlocks.Count<ResidentIdVector512>(utf8Lines, options, counts, out _),
            ResidentIdBatchPath.Vector256 => ResidentIdBlocks.Count<ResidentIdColumns<ResidentIdWords256, Vector256<byte>>>(utf8Lines, options, counts, out _),
            ResidentIdBatchPath.Vector128 => ResidentIdBlocks.Count<ResidentIdColumns<ResidentIdWords128<NativeIsa>, Vector128<byte>>>(utf8Lines, options, counts, out _),
            ResidentIdBatchPath.Vector128Portable => ResidentIdBlocks.Count<ResidentIdColumns<ResidentIdWords128<PortableIsa>, Vector128<byte>>>(utf8Lines, options, counts, out _),
            _ => 0,
        };
        while (position < utf8Lines.Length)
        {
            position = CountLine(utf8Lines, position, options, counts);
        }

        return new ResidentIdBatchResult(counts);
    }

    /// <summary>
    /// Validates every line of a UTF-8 buffer on several cores: the buffer is cut at line ends into pieces of at least a
    /// quarter of a megabyte, which the cores take one after another as they finish (through the library's one
    /// scheduler, so that a core slowed by other work holds nothing up), and the pieces' counts are added. A buffer too
    /// small to gain from a second core, or a degree of parallelism of 1, is validated on the calling thread alone, so
    /// that this is never slower than <see cref="Validate"/>.
    /// </summary>
    /// <param name="utf8Lines">The numbers, one per line.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <returns>The count of each verdict, the same as <see cref="Validate"/> would give.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    [MustUseOutcome]
    public static ResidentIdBatchResult ValidateParallel(
        ReadOnlyMemory<byte> utf8Lines,
        ResidentIdValidationOptions options = default,
        int? maxDegreeOfParallelism = null) =>
        ValidateParallel(utf8Lines, options, maxDegreeOfParallelism, MinimumPartBytes);

    /// <summary>Validates every line on several cores in pieces of at least <paramref name="minimumPartBytes"/> (tests cut small buffers).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    internal static ResidentIdBatchResult ValidateParallel(
        ReadOnlyMemory<byte> utf8Lines,
        in ResidentIdValidationOptions options,
        int? maxDegreeOfParallelism,
        int minimumPartBytes)
    {
        var parts = Scheduler.Parts(maxDegreeOfParallelism);
        var pieces = Pieces(utf8Lines.Span, parts, minimumPartBytes);
        if (parts == 1 || pieces.Count < 2)
        {
            return Validate(utf8Lines.Span, options);
        }

        var results = new ResidentIdBatchResult[pieces.Count];
        var pieceOptions = options;
        Scheduler.ForPieces(pieces.Count, pieces.Count, Scheduler.Options(parts), (piece, _, _) =>
        {
            var (start, length) = pieces[piece];
            results[piece] = Validate(utf8Lines.Span.Slice(start, length), pieceOptions);
        });
        return results.Aggregate(ResidentIdBatchResult.Empty, (sum, part) => sum.Plus(part));
    }

    /// <summary>
    /// Cuts a buffer at line ends into pieces for <paramref name="parts"/> cores: four a core (so that the cores that
    /// finish first take over the rest), none under <paramref name="minimumPartBytes"/> (but the last), one for a
    /// buffer too small for two.
    /// </summary>
    internal static List<(int Start, int Length)> Pieces(ReadOnlySpan<byte> buffer, int parts, int minimumPartBytes)
    {
        var size = Math.Max(minimumPartBytes, buffer.Length / (parts * 4));
        var pieces = new List<(int Start, int Length)>();
        var start = 0;
        while (buffer.Length - start >= 2 * size)
        {
            var newline = buffer[(start + size)..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            var end = start + size + newline + 1;
            pieces.Add((start, end - start));
            start = end;
        }

        pieces.Add((start, buffer.Length - start));
        return pieces;
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
