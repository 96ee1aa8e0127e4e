using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Policing.Domain.Identity;

/// <summary>
/// A vector path of <see cref="ResidentIdBatch"/>: tests a block of <see cref="LinesPerBlock"/> lines of 18 characters
/// and <c>\n</c> per step, in vectors of its width, for the one loop of <see cref="ResidentIdBlocks"/>. An instance
/// holds what depends on the options (made once per loop by <see cref="Create"/>); everything else is constant.
/// </summary>
/// <typeparam name="TSelf">The kernel itself.</typeparam>
internal interface IResidentIdBlockKernel<TSelf>
    where TSelf : struct, IResidentIdBlockKernel<TSelf>
{
    /// <summary>Gets how many lines one step tests (at most 16).</summary>
    static abstract int LinesPerBlock { get; }

    /// <summary>Gets how many bytes one step reads from its position on (at least its lines).</summary>
    static abstract int BlockBytes { get; }

    /// <summary>Gets how many bytes before its position a step reads (the position must be at least this).</summary>
    static abstract int Lookbehind { get; }

    /// <summary>Makes the kernel for lines born up to <paramref name="lastYear"/> (only those can be proved valid).</summary>
    static abstract TSelf Create(int lastYear);

    /// <summary>Gets the table of first six digits the kernel reads in a mode: <see cref="ResidentIdPrefixes.Bits"/> or <see cref="ResidentIdPrefixes.States"/>.</summary>
    static abstract ReadOnlySpan<ulong> Prefixes(DivisionCodeMode mode);

    /// <summary>
    /// Tests the lines from <paramref name="line"/> as if each were 18 bytes and a line end, and says in
    /// <paramref name="masks"/> what it found of each (bit 2l for line l), looking the first six digits up in
    /// <paramref name="prefixes"/> (its <see cref="Prefixes"/>); <paramref name="scratch"/> holds 16 values.
    /// </summary>
    void Block(ref byte line, ref ulong prefixes, ref uint scratch, out ResidentIdBlockMasks masks);
}

/// <summary>
/// What a kernel found in a block of lines, bit 2l for line l. Only the lines before the first one that is not
/// <see cref="Whole"/> count, and of the other masks the first that holds a line gives its verdict, in the order of the
/// fields (in strict mode any state of the first six digits but 0 leaves the line open); a line in none of them is valid.
/// </summary>
internal struct ResidentIdBlockMasks
{
    /// <summary>The 19th byte is the line end.</summary>
    public uint Whole;

    /// <summary>The line needs its exact verdict: a control character among its 18 bytes, or a rule the kernel leaves open.</summary>
    public uint Exact;

    /// <summary>A character is not a digit (or, last, X or x), and none is a control character.</summary>
    public uint Character;

    /// <summary>
    /// Bits 2l and 2l + 1: the state of line l's first six digits in <see cref="ResidentIdPrefixes.States"/> (0 where
    /// they are valid whatever the birth year).
    /// </summary>
    public uint Prefix;

    /// <summary>The birth date is not a date from 1900 on.</summary>
    public uint BirthDate;

    /// <summary>The check character is not the one the 17 digits call for.</summary>
    public uint CheckCharacter;
}

/// <summary>
/// What the vector paths of <see cref="ResidentIdBatch"/> share: the loop around a kernel's blocks, the exact verdict of
/// the lines a kernel leaves open, and the bookkeeping of its blocks.
/// </summary>
/// <remarks>
/// A kernel gives each line of 18 bytes the verdict its masks show: valid, or the first rule broken among its characters, the first six
/// digits (in lenient mode, whose failures <see cref="ResidentIdPrefixes.States"/> names), the birth date
/// and the check character. A line it leaves open (a character that is not a digit, 29 February, a code that strict
/// mode must check against the birth year, a birth year not before the reference date's) waits in a short list for its
/// exact verdict (<see cref="ResidentIdVector.Verdict18"/> under the default options, else
/// <see cref="ResidentId.ParseCore{T}"/>), and any other line (another length, <c>\r\n</c>, control characters) goes
/// to <see cref="ResidentIdBatch.CountLine"/>, so the counts are always those of
/// <see cref="ResidentId.Validate(ReadOnlySpan{byte})"/> line by line.
/// </remarks>
internal static class ResidentIdBlocks
{
    /// <summary>The bytes of a whole line: 18 characters and <c>\n</c>.</summary>
    internal const int LineBytes = ResidentId.Length + 1;

    /// <summary>
    /// Counts the verdicts of the lines of <paramref name="buffer"/> from the start with a kernel while at least its
    /// block of bytes remains.
    /// </summary>
    /// <param name="buffer">The lines.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="counts">The counts per verdict, added to.</param>
    /// <param name="settledLines">How many lines had their verdict from the kernel's masks (the others had the exact verdict).</param>
    /// <returns>The position of the first line not counted.</returns>
    internal static int Count<TKernel>(ReadOnlySpan<byte> buffer, in ResidentIdValidationOptions options, Span<long> counts, out long settledLines)
        where TKernel : struct, IResidentIdBlockKernel<TKernel>
    {
        settledLines = 0;

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

        // The blocks with lines left open wait here for their exact verdict, so that the loop does not branch on
        // them: the block's position, shifted, and its open lines' bits.
        Span<ulong> waiting = stackalloc ulong[32];
        Span<uint> scratch = stackalloc uint[16];
        var waitingCount = 0;
        var kernel = TKernel.Create(lastYear);
        long valid = 0, settled = 0;
        while (buffer.Length - position >= TKernel.BlockBytes)
        {
            position = CountBlocks(kernel, buffer, position, options, scratch, counts, waiting, ref waitingCount, ref valid, ref settled);
            if (waitingCount == waiting.Length)
            {
                CountWaiting(buffer, waiting, options, counts);
                waitingCount = 0;
            }
        }

        counts[(int)ResidentIdError.None] += valid;
        settledLines = settled;
        CountWaiting(buffer, waiting[..waitingCount], options, counts);
        return position;
    }

    /// <summary>
    /// The one loop of every vector path: tests blocks from <paramref name="position"/> until fewer than the kernel's
    /// bytes remain or the waiting list is full; a line that is not one whole line of 18 bytes is counted by
    /// <see cref="ResidentIdBatch.CountLine"/>, and the blocks go on after it. The valid lines are added to
    /// <paramref name="valid"/>, the other verdicts the masks give to <paramref name="counts"/>, and all of these lines
    /// to <paramref name="settled"/>; a block with lines left open is appended to <paramref name="waiting"/>.
    /// </summary>
    /// <returns>The position of the first line not counted.</returns>
    /// <remarks>
    /// Not inlined, so that the kernel's constants stay in registers; compiled by the tiers (not at once, fully
    /// optimized), so that the kernels' static vectors are folded in as constants.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountBlocks<TKernel>(
        TKernel kernel,
        ReadOnlySpan<byte> buffer,
        int position,
        in ResidentIdValidationOptions options,
        Span<uint> scratchSpan,
        Span<long> counts,
        Span<ulong> waiting,
        ref int waitingCount,
        ref long valid,
        ref long settled)
        where TKernel : struct, IResidentIdBlockKernel<TKernel>
    {
        ref var start = ref MemoryMarshal.GetReference(buffer);
        ref var prefixes = ref MemoryMarshal.GetReference(TKernel.Prefixes(options.DivisionCodeMode));
        ref var scratch = ref MemoryMarshal.GetReference(scratchSpan);
        ref var waitingBlocks = ref MemoryMarshal.GetReference(waiting);
        var count = waitingCount;
        var validCount = valid;
        var settledCount = settled;
        long characters = 0, provinces = 0, divisionCodes = 0, nationalityCodes = 0, birthDates = 0, checkCharacters = 0;
        var lineBits = 0x5555_5555u >> (32 - (2 * TKernel.LinesPerBlock));

        // In strict mode a code the table does not prove may still be valid for an early birth year: left open.
        var prefixOpen = options.DivisionCodeMode == DivisionCodeMode.Strict ? uint.MaxValue : 0;
        while (buffer.Length - position >= TKernel.BlockBytes && count < waiting.Length)
        {
            kernel.Block(ref Unsafe.Add(ref start, position), ref prefixes, ref scratch, out var masks);

            // Almost always every line of the block is whole; else the lines up to the first that is not. The verdicts
            // are counted by the masks, in the order of the rules, without a branch on the lines.
            var ends = ~masks.Whole & lineBits;
            var lines = ends == 0 ? TKernel.LinesPerBlock : BitOperations.TrailingZeroCount(ends) / 2;
            var usable = (ends - 1) & ~ends & lineBits;
            var low = masks.Prefix & lineBits;
            var high = (masks.Prefix >> 1) & lineBits;
            var open = (masks.Exact | ((low | high) & prefixOpen)) & usable;
            var character = masks.Character & usable & ~open;
            characters += BitOperations.PopCount(character);
            var rest = usable & ~(open | character);
            settledCount += BitOperations.PopCount(usable & ~open);
            provinces += BitOperations.PopCount(low & ~high & rest);
            divisionCodes += BitOperations.PopCount(high & ~low & rest);
            nationalityCodes += BitOperations.PopCount(low & high & rest);
            rest &= ~(low | high);
            var birthDate = masks.BirthDate & rest;
            birthDates += BitOperations.PopCount(birthDate);
            rest &= ~birthDate;
            var checkCharacter = masks.CheckCharacter & rest;
            checkCharacters += BitOperations.PopCount(checkCharacter);
            validCount += BitOperations.PopCount(rest & ~checkCharacter);

            Unsafe.Add(ref waitingBlocks, count) = ((ulong)(uint)position << 32) | open;
            count += open != 0 ? 1 : 0;
            position += lines * LineBytes;
            if (lines < TKernel.LinesPerBlock)
            {
                position = CountOtherLine(buffer, position, options, counts);
            }
        }

        waitingCount = count;
        valid = validCount;
        settled = settledCount;
        counts[(int)ResidentIdError.Character] += characters;
        counts[(int)ResidentIdError.Province] += provinces;
        counts[(int)ResidentIdError.DivisionCode] += divisionCodes;
        counts[(int)ResidentIdError.NationalityCode] += nationalityCodes;
        counts[(int)ResidentIdError.BirthDate] += birthDates;
        counts[(int)ResidentIdError.CheckCharacter] += checkCharacters;
        return position;
    }

    /// <summary><see cref="ResidentIdBatch.CountLine"/> kept out of the block loop, whose registers it would take.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountOtherLine(ReadOnlySpan<byte> buffer, int position, in ResidentIdValidationOptions options, Span<long> counts) =>
        ResidentIdBatch.CountLine(buffer, position, options, counts);

    /// <summary>1 when the first six digits (any value; only its low 20 bits are read) are valid in a mode's bitmap whatever the birth year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Known(ref ulong prefixes, uint code)
    {
        code &= ResidentIdPrefixes.IndexMask;
        return (uint)(Unsafe.Add(ref prefixes, (nuint)(code >> 6)) >> (int)code) & 1;
    }

    /// <summary>
    /// Counts the exact verdicts of the unproved lines of the waiting blocks: lines of 18 bytes and <c>\n</c>, but for a
    /// line end or <c>\r</c> among the 18 (only a Character verdict can hide one), which makes them more or shorter lines,
    /// counted one by one.
    /// </summary>
    private static void CountWaiting(ReadOnlySpan<byte> buffer, ReadOnlySpan<ulong> blocks, in ResidentIdValidationOptions options, Span<long> counts)
    {
        var isDefault = ResidentIdVector.IsDefault(options) && ResidentIdVector.IsSupported;
        ref var start = ref MemoryMarshal.GetReference(buffer);
        foreach (var block in blocks)
        {
            var position = (int)(block >> 32);
            for (var lines = (uint)block; lines != 0; lines &= lines - 1)
            {
                var line = position + (BitOperations.TrailingZeroCount(lines) / 2 * LineBytes);
                var verdict = isDefault
                    ? ResidentIdVector.Verdict18(ref Unsafe.Add(ref start, line))
                    : ResidentId.ParseCore(buffer.Slice(line, ResidentId.Length), options, out _, out _);
                if (verdict == ResidentIdError.Character && buffer.Slice(line, ResidentId.Length).IndexOfAny((byte)'\n', (byte)'\r') >= 0)
                {
                    for (var next = line; next < line + LineBytes;)
                    {
                        next = ResidentIdBatch.CountLine(buffer, next, options, counts);
                    }

                    continue;
                }

                counts[(int)verdict]++;
            }
        }
    }
}
