using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Policing.Domain.Identity;

/// <summary>
/// A vector path of <see cref="ResidentIdBatch"/>: proves lines of 18 characters and <c>\n</c> valid four at a time
/// from a position while at least <see cref="BlockBytes"/> bytes remain.
/// </summary>
internal interface IResidentIdBlockKernel
{
    /// <summary>Gets how many bytes one step reads from its position on (at least four lines).</summary>
    static abstract int BlockBytes { get; }

    /// <summary>Gets how many bytes before its position a step reads (the position must be at least this).</summary>
    static abstract int Lookbehind { get; }

    /// <summary>
    /// Proves lines four at a time from <paramref name="position"/> until fewer than <see cref="BlockBytes"/> bytes
    /// remain, the waiting list is full, or a line is not one whole line of 18 bytes (<paramref name="whole"/> is then
    /// <see langword="false"/> and the returned position is that line's). A line of 18 bytes that is not proved is
    /// appended to <paramref name="waiting"/> for its exact verdict; the proved ones are added to <paramref name="valid"/>.
    /// </summary>
    static abstract int CountBlocks(
        ReadOnlySpan<byte> buffer,
        int position,
        int lastYear,
        DivisionCodeMode mode,
        Span<int> waiting,
        ref int waitingCount,
        ref long valid,
        out bool whole);
}

/// <summary>A vector path whose step is one call per block of four lines, around which <see cref="ResidentIdBlocks.CountBlocks{TLines}"/> loops.</summary>
internal interface IResidentIdLineKernel : IResidentIdBlockKernel
{
    /// <summary>
    /// Tests the four lines from <paramref name="line"/>: bits 2l and 2l + 1 of <paramref name="clean"/> set when line
    /// l broke no rule but maybe its first six digits (its two 64-bit halves clear), of <paramref name="wholeLanes"/>
    /// when it is one whole line of 18 bytes, bit 2l of <paramref name="known"/> when its first six digits are valid
    /// whatever the birth year.
    /// </summary>
    static abstract void Block(ref byte line, int lastYear, ref ulong prefixes, out uint clean, out uint wholeLanes, out uint known);
}

/// <summary>
/// What the vector paths of <see cref="ResidentIdBatch"/> share: the loop around a kernel's blocks, the exact verdict of
/// the lines a kernel does not prove, and the bookkeeping of one block of four lines.
/// </summary>
/// <remarks>
/// A kernel only proves lines valid. A line of 18 bytes it cannot prove (any invalid one, 29 February, a code that
/// strict mode must check against the birth year, a birth year not before the reference date's) waits in a short
/// list for its verdict (<see cref="ResidentIdVector.Verdict18"/> under the default options, else
/// <see cref="ResidentId.ParseCore{T}"/>), and any other line (another length, <c>\r\n</c>, control characters) goes
/// to <see cref="ResidentIdBatch.CountLine"/>: both give the exact verdict, so the counts are always those of
/// <see cref="ResidentId.Validate(ReadOnlySpan{byte})"/> line by line.
/// </remarks>
internal static class ResidentIdBlocks
{
    /// <summary>The bytes of a whole line: 18 characters and <c>\n</c>.</summary>
    internal const int LineBytes = ResidentId.Length + 1;

    /// <summary>The lines of one block.</summary>
    internal const int LinesPerBlock = 4;

    /// <summary>
    /// Counts the verdicts of the lines of <paramref name="buffer"/> from the start with a kernel while at least its
    /// block of bytes remains.
    /// </summary>
    /// <param name="buffer">The lines.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="counts">The counts per verdict, added to.</param>
    /// <param name="provedLines">How many lines were proved valid in vectors (the others had the exact verdict).</param>
    /// <returns>The position of the first line not counted.</returns>
    internal static int Count<TKernel>(ReadOnlySpan<byte> buffer, in ResidentIdValidationOptions options, Span<long> counts, out long provedLines)
        where TKernel : IResidentIdBlockKernel
    {
        provedLines = 0;

        // A line is proved only when its birth year is before the reference date's; a later year (or none at all,
        // for a reference date before 1900) goes to the exact path.
        var lastYear = options.NotAfter is { } notAfter ? notAfter.Year - 1 : ResidentIdRules.MaximumBirthYear;
        if (lastYear < ResidentIdRules.MinimumBirthYear)
        {
            return 0;
        }

        var position = 0;
        while (position < TKernel.Lookbehind && buffer.Length - position >= TKernel.BlockBytes)
        {
            position = ResidentIdBatch.CountLine(buffer, position, options, counts);
        }

        // Lines of 18 bytes that are not proved wait here for their exact verdict, so that the loop does not branch on them.
        Span<int> waiting = stackalloc int[64];
        var waitingCount = 0;
        long valid = 0;
        while (buffer.Length - position >= TKernel.BlockBytes)
        {
            position = TKernel.CountBlocks(buffer, position, lastYear, options.DivisionCodeMode, waiting, ref waitingCount, ref valid, out var whole);
            if (!whole)
            {
                position = ResidentIdBatch.CountLine(buffer, position, options, counts);
            }

            if (waitingCount > waiting.Length - LinesPerBlock)
            {
                CountWaiting(buffer, waiting[..waitingCount], options, counts);
                waitingCount = 0;
            }
        }

        CountWaiting(buffer, waiting[..waitingCount], options, counts);
        counts[(int)ResidentIdError.None] += valid;
        provedLines = valid;
        return position;
    }

    /// <summary>The <see cref="IResidentIdBlockKernel.CountBlocks"/> of a kernel that tests one block per call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    internal static int CountBlocks<TLines>(
        ReadOnlySpan<byte> buffer,
        int position,
        int lastYear,
        DivisionCodeMode mode,
        Span<int> waiting,
        ref int waitingCount,
        ref long valid,
        out bool whole)
        where TLines : IResidentIdLineKernel
    {
        ref var start = ref MemoryMarshal.GetReference(buffer);
        ref var prefixes = ref MemoryMarshal.GetReference(ResidentIdPrefixes.Bits(mode));
        ref var waitingLines = ref MemoryMarshal.GetReference(waiting);
        var count = waitingCount;
        var validCount = valid;
        whole = true;
        while (buffer.Length - position >= TLines.BlockBytes && HasRoom(waiting, count))
        {
            TLines.Block(ref Unsafe.Add(ref start, position), lastYear, ref prefixes, out var clean, out var wholeLanes, out var known);
            var lines = Settle(clean, wholeLanes, known, position, ref waitingLines, ref count, ref validCount);
            position += lines * LineBytes;
            if (lines < LinesPerBlock)
            {
                whole = false;
                break;
            }
        }

        waitingCount = count;
        valid = validCount;
        return position;
    }

    /// <summary>Gets a value indicating whether the waiting list has room for another block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool HasRoom(Span<int> waiting, int waitingCount) => waitingCount <= waiting.Length - LinesPerBlock;

    /// <summary>
    /// Settles one block of four lines from what the kernel found, without a branch on the lines: bits 2l and 2l + 1
    /// of <paramref name="clean"/> are set when line l broke no rule in its two 64-bit halves, those of
    /// <paramref name="wholeLanes"/> when it is one whole line of 18 bytes, and bit 2l of <paramref name="known"/> when
    /// its first six digits are valid whatever the birth year.
    /// </summary>
    /// <returns>How many lines, up to the first that is not whole, were settled (proved, or appended to the waiting list).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Settle(uint clean, uint wholeLanes, uint known, int position, ref int waitingLines, ref int count, ref long validCount)
    {
        // The lanes up to the first that is not one whole line: the proved ones are counted, the others wait.
        var lines = (uint)BitOperations.TrailingZeroCount((~(wholeLanes & (wholeLanes >> 1)) & 0b0101_0101) | 0x100) / 2;
        var usable = ((1u << (int)(2 * lines)) - 1) & 0b0101_0101;
        var proved = clean & (clean >> 1) & known & usable;
        var unproved = usable & ~proved;
        validCount += BitOperations.PopCount(proved);
        Unsafe.Add(ref waitingLines, count) = position;
        count += (int)(unproved & 1);
        Unsafe.Add(ref waitingLines, count) = position + LineBytes;
        count += (int)((unproved >> 2) & 1);
        Unsafe.Add(ref waitingLines, count) = position + (2 * LineBytes);
        count += (int)((unproved >> 4) & 1);
        Unsafe.Add(ref waitingLines, count) = position + (3 * LineBytes);
        count += (int)((unproved >> 6) & 1);
        return (int)lines;
    }

    /// <summary>1 when the first six digits (any value; only its low 20 bits are read) are valid in a mode's bitmap whatever the birth year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Known(ref ulong prefixes, uint code)
    {
        code &= ResidentIdPrefixes.IndexMask;
        return (uint)(Unsafe.Add(ref prefixes, (nuint)(code >> 6)) >> (int)code) & 1;
    }

    private static void CountWaiting(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> lines, in ResidentIdValidationOptions options, Span<long> counts)
    {
        if (ResidentIdVector.IsDefault(options) && ResidentIdVector.IsSupported)
        {
            // Every waiting line is 18 bytes inside the buffer.
            ref var start = ref MemoryMarshal.GetReference(buffer);
            foreach (var line in lines)
            {
                counts[(int)ResidentIdVector.Verdict18(ref Unsafe.Add(ref start, line))]++;
            }

            return;
        }

        foreach (var start in lines)
        {
            counts[(int)ResidentId.ParseCore(buffer.Slice(start, ResidentId.Length), options, out _, out _)]++;
        }
    }
}
