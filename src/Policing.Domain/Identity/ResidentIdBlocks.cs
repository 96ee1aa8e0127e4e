using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Policing.Domain.Identity;

/// <summary>
/// A vector path of <see cref="ResidentIdBatch"/>: tests a block of <see cref="LinesPerBlock"/> lines of 18 characters
/// and <c>\n</c> per step, in vectors of its width, in the one loop of <see cref="ResidentIdBlockLoop"/>. An instance
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
    /// Counts blocks through a <see cref="ResidentIdBlockLoop"/> while it has more: tests the lines of each as if each
    /// were 18 bytes and a line end, says in a <see cref="ResidentIdBlockMasks"/> what it found of each, and hands the
    /// masks to <see cref="ResidentIdBlockLoop.Settle"/> with the states of the previous block's first six digits (or
    /// 0), then the last block's states to <see cref="ResidentIdBlockLoop.Flush"/>. The loop is the kernel's own
    /// method, not a call per block, so that its registers stay its own.
    /// </summary>
    /// <param name="loop">The loop: where it stands, and what it has counted.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="scratch">Room for <see cref="ResidentIdBlocks.ScratchValues"/> values, the kernel's to use.</param>
    void CountBlocks(ref ResidentIdBlockLoop loop, in ResidentIdValidationOptions options, Span<uint> scratch);
}

/// <summary>
/// What a kernel found in a block of lines, bit 2l for line l (the other bits are ignored). Only the lines before the first one that is not
/// <see cref="Whole"/> count, and of the other masks the first that holds a line gives its verdict, in the order of the
/// fields, with the states of the first six digits (see <see cref="ResidentIdBlockLoop.Settle"/>) between
/// <see cref="Character"/> and <see cref="BirthDate"/> (in strict mode any state but 0 leaves the line open); a line in
/// none of them is valid.
/// </summary>
internal struct ResidentIdBlockMasks
{
    /// <summary>The 19th byte is the line end.</summary>
    public uint Whole;

    /// <summary>The line needs its exact verdict: a control character among its 18 bytes, or a rule the kernel leaves open.</summary>
    public uint Exact;

    /// <summary>A character is not a digit (or, last, X or x), and none is a control character.</summary>
    public uint Character;

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
/// A kernel gives each line of 18 bytes the verdict its masks show: valid, or the first rule broken among its
/// characters, the first six digits (in lenient mode, whose failures <see cref="ResidentIdPrefixes.States"/> names), the
/// birth date and the check character. A line it leaves open (a control character among its 18 bytes, 29 February, a
/// code that strict mode must check against the birth year, a birth year not before the reference date's) waits in a
/// short list for its exact verdict (<see cref="ResidentIdVector.Verdict18"/> under the default options, else
/// <see cref="ResidentId.ParseCore{T}"/>), and any other line (another length, <c>\r\n</c>) goes to
/// <see cref="ResidentIdBatch.CountLine"/>, so the counts are always those of
/// <see cref="ResidentId.Validate(ReadOnlySpan{byte})"/> line by line.
/// </remarks>
internal static class ResidentIdBlocks
{
    /// <summary>The bytes of a whole line: 18 characters and <c>\n</c>.</summary>
    internal const int LineBytes = ResidentId.Length + 1;

    /// <summary>How many values a kernel's scratch holds.</summary>
    internal const int ScratchValues = 16;

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
        // them: the block's position, shifted, and its open lines' bits. A kernel returns when the list is full.
        Span<ulong> waiting = stackalloc ulong[32];
        Span<uint> scratch = stackalloc uint[ScratchValues];
        var kernel = TKernel.Create(lastYear);
        var loop = new ResidentIdBlockLoop(buffer, position, options.DivisionCodeMode, counts, waiting, TKernel.LinesPerBlock, TKernel.BlockBytes);
        while (buffer.Length - loop.Position >= TKernel.BlockBytes)
        {
            kernel.CountBlocks(ref loop, options, scratch);
            CountWaiting(buffer, waiting[..loop.WaitingCount], options, counts);
            loop.WaitingCount = 0;
        }

        settledLines = loop.Finish();
        return loop.Position;
    }

    /// <summary><see cref="ResidentIdBatch.CountLine"/> kept out of the block loop, whose registers it would take.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int CountOtherLine(ReadOnlySpan<byte> buffer, int position, in ResidentIdValidationOptions options, Span<long> counts) =>
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

/// <summary>
/// The one loop of every vector path of <see cref="ResidentIdBatch"/>, which a kernel runs in its
/// <see cref="IResidentIdBlockKernel{TSelf}.CountBlocks"/>: where the next block starts, whether there is one, and the
/// counting of each block's verdicts from its masks, in the order of the rules and without a branch on the lines.
/// </summary>
/// <remarks>
/// Almost always every line of a block is whole; else the lines up to the first that is not count, that line goes to
/// <see cref="ResidentIdBatch.CountLine"/>, and the next block starts after it. A block is counted one step late, when
/// the states of its first six digits come with the next block's masks: the kernel looks them up in the next step,
/// from codes it stored a step before, so that the look-up's loads start early and its count waits for nothing (a
/// block counted at once waited for its own look-up, whose loads read codes just stored, and held up the blocks
/// after it). A block with lines left open is appended to the waiting list, whose exact verdicts
/// <see cref="ResidentIdBlocks"/> gives each time the kernel returns (the list full, or the blocks at an end).
/// The counts of two verdicts share a 64-bit word (a span of at most 2^31 bytes has fewer than 2^32 lines), so that
/// a block adds to four words.
/// </remarks>
internal ref struct ResidentIdBlockLoop
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly Span<long> _counts;
    private readonly Span<ulong> _waiting;
    private readonly int _blockLines;
    private readonly int _blockBytes;
    private readonly uint _lineBits;
    private readonly uint _prefixOpen;
    private ResidentIdBlockMasks _pending;
    private int _pendingPosition;
    private ulong _validAndSettled;
    private ulong _charactersAndProvinces;
    private ulong _divisionAndNationalityCodes;
    private ulong _birthDatesAndCheckCharacters;

    /// <summary>Starts the loop at <paramref name="position"/>.</summary>
    internal ResidentIdBlockLoop(ReadOnlySpan<byte> buffer, int position, DivisionCodeMode mode, Span<long> counts, Span<ulong> waiting, int blockLines, int blockBytes)
    {
        _buffer = buffer;
        Position = position;
        _counts = counts;
        _waiting = waiting;
        _blockLines = blockLines;
        _blockBytes = blockBytes;
        _lineBits = 0x5555_5555u >> (32 - (2 * blockLines));

        // In strict mode a code the table does not prove may still be valid for an early birth year: left open.
        _prefixOpen = mode == DivisionCodeMode.Strict ? uint.MaxValue : 0;
    }

    /// <summary>Gets the position of the next line to count.</summary>
    internal int Position { get; private set; }

    /// <summary>Gets or sets how many blocks wait for exact verdicts.</summary>
    internal int WaitingCount { get; set; }

    /// <summary>
    /// Gets a value indicating whether a block of the kernel's bytes remains and the waiting list has room for the
    /// pending block and this one.
    /// </summary>
    internal readonly bool More
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _buffer.Length - Position >= _blockBytes && WaitingCount < _waiting.Length - 1;
    }

    /// <summary>Gets the first byte of the next block.</summary>
    internal readonly ref byte Line
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), Position);
    }

    /// <summary>
    /// Counts the verdicts of the pending block (the one before, if any), takes the block at <see cref="Position"/> as
    /// the pending one, and moves past its whole lines.
    /// </summary>
    /// <param name="masks">What the kernel found in the block at <see cref="Position"/>.</param>
    /// <param name="pendingPrefixes">
    /// Bits 2l and 2l + 1: the state of the pending block's line l's first six digits in
    /// <see cref="ResidentIdPrefixes.States"/> (0 where they are valid whatever the birth year); any value when no
    /// block is pending.
    /// </param>
    /// <param name="options">The reference date and the division-code mode.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Settle(in ResidentIdBlockMasks masks, uint pendingPrefixes, in ResidentIdValidationOptions options)
    {
        CountPending(pendingPrefixes);

        var lineBits = _lineBits;
        var ends = ~masks.Whole & lineBits;
        var lines = ends == 0 ? _blockLines : BitOperations.TrailingZeroCount(ends) / 2;
        var position = Position;
        _pending = masks;
        _pending.Whole = (ends - 1) & ~ends & lineBits;
        _pendingPosition = position;
        position += lines * ResidentIdBlocks.LineBytes;
        if (lines < _blockLines)
        {
            position = ResidentIdBlocks.CountOtherLine(_buffer, position, options, _counts);
        }

        Position = position;
    }

    /// <summary>Counts the verdicts of the pending block (if any): a kernel's last call before it returns.</summary>
    /// <param name="pendingPrefixes">The states of its first six digits, as for <see cref="Settle"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Flush(uint pendingPrefixes)
    {
        CountPending(pendingPrefixes);
        _pending.Whole = 0;
    }

    /// <summary>Counts the pending block's verdicts from its masks (its <c>Whole</c> holds the lines that count), without a branch on them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountPending(uint prefixes)
    {
        var lineBits = _lineBits;
        var usable = _pending.Whole;
        var low = prefixes & lineBits;
        var high = (prefixes >> 1) & lineBits;
        var open = (_pending.Exact | ((low | high) & _prefixOpen)) & usable;
        var character = _pending.Character & usable & ~open;
        var rest = usable & ~(open | character);
        _charactersAndProvinces += Pair(character, low & ~high & rest);
        _divisionAndNationalityCodes += Pair(high & ~low & rest, low & high & rest);
        rest &= ~(low | high);
        var birthDate = _pending.BirthDate & rest;
        rest &= ~birthDate;
        var checkCharacter = _pending.CheckCharacter & rest;
        _birthDatesAndCheckCharacters += Pair(birthDate, checkCharacter);
        _validAndSettled += Pair(rest & ~checkCharacter, usable & ~open);

        var waitingCount = WaitingCount;
        Unsafe.Add(ref MemoryMarshal.GetReference(_waiting), waitingCount) = ((ulong)(uint)_pendingPosition << 32) | open;
        WaitingCount = waitingCount + (open != 0 ? 1 : 0);
    }

    /// <summary>Adds what the masks counted to the counts, and gives how many lines they settled.</summary>
    internal readonly long Finish()
    {
        _counts[(int)ResidentIdError.None] += Low(_validAndSettled);
        _counts[(int)ResidentIdError.Character] += Low(_charactersAndProvinces);
        _counts[(int)ResidentIdError.Province] += High(_charactersAndProvinces);
        _counts[(int)ResidentIdError.DivisionCode] += Low(_divisionAndNationalityCodes);
        _counts[(int)ResidentIdError.NationalityCode] += High(_divisionAndNationalityCodes);
        _counts[(int)ResidentIdError.BirthDate] += Low(_birthDatesAndCheckCharacters);
        _counts[(int)ResidentIdError.CheckCharacter] += High(_birthDatesAndCheckCharacters);
        return High(_validAndSettled);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pair(uint low, uint high) => (uint)BitOperations.PopCount(low) | ((ulong)(uint)BitOperations.PopCount(high) << 32);

    private static long Low(ulong pair) => (long)(uint)pair;

    private static long High(ulong pair) => (long)(pair >> 32);
}
