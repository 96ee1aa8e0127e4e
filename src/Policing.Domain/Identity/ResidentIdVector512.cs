using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The AVX-512 path of <see cref="ResidentIdBatch"/>: four lines of exactly 18 characters and <c>\n</c> per step.
/// Two 64-byte loads hold the four lines; two byte permutes (VPERMI2B) put each line in a 128-bit lane, digits in
/// one vector and the last three bytes in another; the digit test, the MOD 11-2 sum, the first six digits and the
/// birth date are then computed for the four lanes at once, and the first six digits are looked up in the
/// <see cref="ResidentIdPrefixes"/> bitmap of the mode.
/// </summary>
/// <remarks>
/// The path only proves lines valid; <see cref="ResidentIdBlocks"/> gives every other line its exact verdict. It keeps
/// the layout of a line to a lane, which the 512-bit permutes make cheap; the narrower paths transpose instead
/// (<see cref="ResidentIdColumns{TWords, TVector}"/>).
/// </remarks>
internal readonly struct ResidentIdVector512 : IResidentIdBlockKernel<ResidentIdVector512>
{
    private const int LineBytes = ResidentIdBlocks.LineBytes;

    // Lane l of the digit vector: bytes 14 and 15 of line l, then bytes 0 to 13, so that the digit pairs fall on
    // 16-bit words as: sequence, d0d1, d2d3, d4d5, century, year, month, day.
    private static readonly Vector512<byte> DigitIndices = Indices([14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);

    // Lane l of the tail vector: byte 16 (the 17th digit), 17 (the check character) and 18 (the line end) of line l.
    private static readonly Vector512<byte> TailIndices = Indices([16, 17, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18]);

    // Bit d of entry m is set when day d of month m is valid in every year (29 February is left to the exact path).
    private static readonly Vector512<uint> ValidDays = Vector512.Create(
        0u, DaysUpTo(31), DaysUpTo(28), DaysUpTo(31), DaysUpTo(30), DaysUpTo(31), DaysUpTo(30), DaysUpTo(31),
        DaysUpTo(31), DaysUpTo(30), DaysUpTo(31), DaysUpTo(30), DaysUpTo(31), 0u, 0u, 0u);

    // The tail lanes: the 17th digit and the check character are digits (or X, x), the 18th byte is \n.
    private static readonly Vector512<byte> TailLow = Lanes(Vector128.Create((byte)'0', (byte)'0', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n'));
    private static readonly Vector512<byte> TailRange = Lanes(Vector128.Create((byte)9, 9, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255));
    private static readonly Vector512<byte> TailCase = Lanes(Vector128.Create((byte)255, 0x20, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255));
    private static readonly Vector512<byte> TailX = Lanes(Vector128.Create((byte)0, (byte)'x', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    // A lane is one line of 18 bytes when no byte before the 19th is a control character (below 14: \n and \r among
    // them; the test is stricter than needed, never looser) and the 19th is \n.
    private static readonly Vector512<byte> TailLineBytes = Lanes(Vector128.Create((byte)0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255));
    private static readonly Vector512<byte> TailLineEnd = Lanes(Vector128.Create((byte)255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    // ISO 7064 MOD 11-2 weights in lane order; pair and field weights.
    private static readonly Vector512<sbyte> DigitWeights = Lanes(Vector128.Create((sbyte)8, 4, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5));
    private static readonly Vector512<sbyte> TailWeights = Lanes(Vector128.Create((sbyte)2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    private static readonly Vector512<sbyte> PairWeights = Lanes(ResidentIdLanes.PairWeights.AsSByte());
    private static readonly Vector512<short> FieldWeights = Lanes(Vector128.Create((short)0, 10_000, 100, 1, 100, 1, 0, 0));

    // The weighted sum plus the check value is 1 mod 11 exactly when (sum - 1) times the inverse of 11 modulo
    // 2^16 is at most (2^16 - 1) / 11; only the first word of each lane holds a sum.
    private static readonly Vector512<ushort> CheckLimit = Lanes(ResidentIdLanes.CheckLimits);

    // Dword 2 of each lane is the year, dword 3 the month and day as two words.
    private static readonly Vector512<uint> YearLow = Lanes(ResidentIdLanes.YearFloor);
    private static readonly Vector512<uint> DayNeutral = Lanes(Vector128.Create(1u, 1u, 1u, 0u));
    private static readonly Vector512<uint> MonthHigh = Lanes(Vector128.Create(0u, 0u, 0u, 0xFFF0u));
    private static readonly Vector512<uint> PrefixIndices = Vector512.Create(0u, 4, 8, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private readonly Vector512<uint> _yearRange;

    private ResidentIdVector512(int lastYear) => _yearRange = Lanes(ResidentIdLanes.YearRange(lastYear));

    /// <inheritdoc/>
    public static int LinesPerBlock => 4;

    /// <summary>Gets the bytes read per step: two vectors.</summary>
    public static int BlockBytes => 128;

    /// <inheritdoc/>
    public static int Lookbehind => 0;

    /// <summary>Gets a value indicating whether this machine runs the path.</summary>
    internal static bool IsSupported => Vector512.IsHardwareAccelerated && Avx512Vbmi.IsSupported;

    /// <inheritdoc/>
    public static ResidentIdVector512 Create(int lastYear) => new(lastYear);

    /// <inheritdoc/>
    public static ReadOnlySpan<ulong> Prefixes(DivisionCodeMode mode) => ResidentIdPrefixes.Bits(mode);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CountBlocks(ref ResidentIdBlockLoop loop, in ResidentIdValidationOptions options, Span<uint> scratch)
    {
        ref var prefixes = ref MemoryMarshal.GetReference(Prefixes(options.DivisionCodeMode));
        while (loop.More)
        {
            Block(ref loop.Line, ref prefixes, out var masks);
            loop.Settle(masks, 0, options);
        }

        loop.Flush(0);
    }

    /// <summary>Tests the four lines from <paramref name="line"/> and says in <paramref name="masks"/> what it found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Block(ref byte line, ref ulong prefixes, out ResidentIdBlockMasks masks)
    {
        var low = Vector512.LoadUnsafe(ref line);
        var high = Vector512.LoadUnsafe(ref line, 64);
        var lines = Avx512Vbmi.PermuteVar64x8x2(low, DigitIndices, high);
        var digits = lines - Vector512.Create((byte)'0');
        var tail = Avx512Vbmi.PermuteVar64x8x2(low, TailIndices, high);
        var tailValues = tail - TailLow;

        var control = Vector512.Create((byte)14);
        var broken = Vector512.LessThan(lines, control)
            | Vector512.LessThan(tail | TailLineBytes, control)
            | Vector512.GreaterThan(tailValues, TailLineEnd);
        var bad = Vector512.GreaterThan(digits, Vector512.Create((byte)9))
            | Vector512.AndNot(Vector512.GreaterThan(tailValues, TailRange), Vector512.Equals(tail | TailCase, TailX));

        var sums = Avx512BW.MultiplyAddAdjacent(digits, DigitWeights)
            + Avx512BW.MultiplyAddAdjacent(Vector512.Min(tailValues, Vector512.Create((byte)10)), TailWeights);
        var quads = Avx512BW.SumAbsoluteDifferences(sums.AsByte(), Vector512<byte>.Zero);
        var total = quads + Avx512BW.ShiftRightLogical128BitLane(quads.AsByte(), 8).AsUInt16();
        bad |= Vector512.GreaterThan((total - Vector512<ushort>.One) * ResidentIdLanes.InverseOf11, CheckLimit).AsByte();

        var pairs = Avx512BW.MultiplyAddAdjacent(digits, PairWeights);
        var fields = Avx512BW.MultiplyAddAdjacent(pairs, FieldWeights).AsUInt32();
        fields += Vector512.ShiftRightLogical(fields.AsUInt64(), 32).AsUInt32();
        bad |= Vector512.GreaterThan(fields - YearLow, _yearRange).AsByte();

        var monthDay = pairs.AsUInt32();
        var days = Avx512F.ShiftRightLogicalVariable(Avx512F.PermuteVar16x32(ValidDays, monthDay), Vector512.ShiftRightLogical(monthDay, 16));
        bad |= Vector512.Equals((days | DayNeutral) & Vector512<uint>.One, Vector512<uint>.Zero).AsByte();
        bad |= Vector512.GreaterThan(monthDay & MonthHigh, Vector512<uint>.Zero).AsByte();

        // Bits 0, 2, 4 and 6: the lanes with nothing bad (or broken) in either of their two 64-bit halves.
        var clean = (uint)Vector512.Equals(bad.AsUInt64(), Vector512<ulong>.Zero).ExtractMostSignificantBits();
        var wholeLanes = (uint)Vector512.Equals(broken.AsUInt64(), Vector512<ulong>.Zero).ExtractMostSignificantBits();
        var prefixCodes = Avx512F.PermuteVar16x32(fields, PrefixIndices).GetLower().GetLower().AsUInt64();
        var codes01 = prefixCodes.ToScalar();
        var codes23 = prefixCodes.GetElement(1);
        var known = ResidentIdBlocks.Known(ref prefixes, (uint)codes01)
            | (ResidentIdBlocks.Known(ref prefixes, (uint)(codes01 >> 32)) << 2)
            | (ResidentIdBlocks.Known(ref prefixes, (uint)codes23) << 4)
            | (ResidentIdBlocks.Known(ref prefixes, (uint)(codes23 >> 32)) << 6);

        // This path only proves lines valid: every other line of 18 bytes is left to its exact verdict.
        masks = default;
        masks.Whole = wholeLanes & (wholeLanes >> 1);
        masks.Exact = ~(clean & (clean >> 1) & known);
    }

    private static uint DaysUpTo(int last) => (uint)((1UL << (last + 1)) - 2);

    private static Vector512<T> Lanes<T>(Vector128<T> lane) => Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane));

    private static Vector512<byte> Indices(ReadOnlySpan<byte> lane)
    {
        Span<byte> indices = stackalloc byte[64];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = (byte)((i / 16 * LineBytes) + lane[i % 16]);
        }

        return Vector512.Create((ReadOnlySpan<byte>)indices);
    }
}
