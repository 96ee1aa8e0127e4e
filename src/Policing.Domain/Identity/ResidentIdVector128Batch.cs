using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>Which instructions the 128-bit path of <see cref="ResidentIdBatch"/> may use beyond the cross-platform ones.</summary>
internal interface IResidentIdIsa
{
    /// <summary>Gets a value indicating whether the SSSE3 multiply-adds and sums of absolute differences replace their portable forms.</summary>
    static abstract bool Ssse3 { get; }
}

/// <summary>The instructions of this machine: SSSE3 where it has them, else the portable forms (as on ARM64).</summary>
internal readonly struct NativeIsa : IResidentIdIsa
{
    /// <inheritdoc/>
    public static bool Ssse3 => System.Runtime.Intrinsics.X86.Ssse3.IsSupported;
}

/// <summary>The cross-platform forms only: the code ARM64 (NEON) runs, which tests force on any machine.</summary>
internal readonly struct PortableIsa : IResidentIdIsa
{
    /// <inheritdoc/>
    public static bool Ssse3 => false;
}

/// <summary>
/// The 128-bit path of <see cref="ResidentIdBatch"/>: four lines of exactly 18 characters and <c>\n</c> per step, each
/// line in its own pair of 128-bit vectors laid out as <see cref="ResidentIdLanes"/> says, every check of the default
/// options done in the vectors but the first six digits, which are looked up in the <see cref="ResidentIdPrefixes"/>
/// bitmap of the mode. Written on the cross-platform <see cref="Vector128"/> API, so that SSE and NEON run one source;
/// where <typeparamref name="TIsa"/> allows, three SSSE3 instructions replace their portable forms.
/// </summary>
/// <typeparam name="TIsa">The instructions allowed beyond the cross-platform ones.</typeparam>
internal readonly struct ResidentIdVector128Batch<TIsa> : IResidentIdBlockKernel<ResidentIdVector128Batch<TIsa>>
    where TIsa : struct, IResidentIdIsa
{
    private readonly Vector128<uint> _yearRange;

    private ResidentIdVector128Batch(int lastYear) => _yearRange = ResidentIdLanes.YearRange(lastYear);

    /// <inheritdoc/>
    public static int LinesPerBlock => 4;

    /// <inheritdoc/>
    public static int BlockBytes => LinesPerBlock * ResidentIdBlocks.LineBytes;

    /// <inheritdoc/>
    public static int Lookbehind => -ResidentIdLanes.HeadOffset;

    /// <inheritdoc/>
    public static ResidentIdVector128Batch<TIsa> Create(int lastYear) => new(lastYear);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Block(ref byte line, ref ulong prefixes, out uint clean, out uint wholeLanes, out uint known)
    {
        // One line at a time: four lines side by side would need more registers than SSE has, and the processor
        // overlaps the independent lines anyway.
        clean = 0;
        wholeLanes = 0;
        known = 0;
        for (var l = 0; l < LinesPerBlock; l++)
        {
            var bad = Evaluate(ref Unsafe.Add(ref line, l * ResidentIdBlocks.LineBytes), _yearRange, out var broken, out var first6);
            clean |= Clear(bad) << (2 * l);
            wholeLanes |= Clear(broken) << (2 * l);
            known |= ResidentIdBlocks.Known(ref prefixes, first6) << (2 * l);
        }
    }

    /// <summary>
    /// Tests the line at <paramref name="line"/> (19 bytes readable from it, and 2 before it): nonzero bytes in the
    /// result where a rule other than the first six digits is broken (or may be: 29 February, a year after
    /// <paramref name="yearRange"/>), in <paramref name="broken"/> where its 19th byte is not the line end, and the
    /// first six digits (meaningful when the bytes are digits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> Evaluate(ref byte line, Vector128<uint> yearRange, out Vector128<byte> broken, out uint first6)
    {
        var head = Vector128.LoadUnsafe(ref Unsafe.Subtract(ref line, -ResidentIdLanes.HeadOffset));
        var tail = Vector128.LoadUnsafe(ref Unsafe.Add(ref line, ResidentIdLanes.TailOffset));
        var digits = head - Vector128.Create((byte)'0');
        var tailValues = tail - ResidentIdLanes.TailLow;
        var isX = Vector128.Equals(tail | ResidentIdLanes.TailCase, ResidentIdLanes.TailX);
        var bad = Vector128.SubtractSaturate(digits, ResidentIdLanes.HeadLimit)
            | Vector128.AndNot(Vector128.SubtractSaturate(tailValues, ResidentIdLanes.TailLimit), isX);

        // One whole line when the 19th byte is \n; one that holds another line end too is found by its waiting verdict.
        broken = Vector128.SubtractSaturate(tailValues, ResidentIdLanes.TailLineEnd);

        var pairs = Pairs(digits);
        var fields = Fields(pairs);
        var total = WeightedSum(digits, Vector128.Min(tailValues, Vector128.Create((byte)10)));
        bad |= Vector128.SubtractSaturate((total - Vector128<ushort>.One) * ResidentIdLanes.InverseOf11, ResidentIdLanes.CheckLimits).AsByte();
        bad |= OverLimit(fields - ResidentIdLanes.YearFloor, yearRange).AsByte();
        bad |= DateBroken(pairs.AsByte());
        var prefixParts = fields.AsUInt64().ToScalar();
        first6 = (uint)prefixParts + (uint)(prefixParts >> 32);
        return bad;
    }

    /// <summary>Bits 0 and 1 set when the vector's low and high halves are zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Clear(Vector128<byte> flags) => Vector128.Equals(flags.AsUInt64(), Vector128<ulong>.Zero).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> OverLimit(Vector128<uint> value, Vector128<uint> limit) => Vector128.Max(value, limit) ^ limit;

    /// <summary>The digit pairs as 16-bit numbers: the first digit of a word times 10 plus the second.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Pairs(Vector128<byte> digits)
    {
        if (TIsa.Ssse3)
        {
            return Ssse3.MultiplyAddAdjacent(digits, ResidentIdLanes.PairWeights.AsSByte()).AsUInt16();
        }

        var words = digits.AsUInt16();
        return ((words & Vector128.Create((ushort)0xFF)) * 10) + (words >> 8);
    }

    /// <summary>The double words of <see cref="ResidentIdLanes.FieldWeights"/> from the pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Fields(Vector128<ushort> pairs)
    {
        if (TIsa.Ssse3)
        {
            return Sse2.MultiplyAddAdjacent(pairs.AsInt16(), ResidentIdLanes.FieldWeights.AsInt16()).AsUInt32();
        }

        var words = pairs.AsUInt32();
        var weights = ResidentIdLanes.FieldWeights.AsUInt32();
        return ((words & Vector128.Create(0xFFFFu)) * (weights & Vector128.Create(0xFFFFu))) + ((words >> 16) * (weights >> 16));
    }

    /// <summary>The ISO 7064 MOD 11-2 sum of the 17 digits plus the check value, in word 0 (each term below 256 for digits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> WeightedSum(Vector128<byte> digits, Vector128<byte> tailValues)
    {
        Vector128<ushort> sums;
        if (TIsa.Ssse3)
        {
            var weighted = Ssse3.MultiplyAddAdjacent(digits, ResidentIdLanes.HeadWeights.AsSByte())
                + Ssse3.MultiplyAddAdjacent(tailValues, ResidentIdLanes.TailWeights.AsSByte());
            sums = Sse2.SumAbsoluteDifferences(weighted.AsByte(), Vector128<byte>.Zero);
        }
        else
        {
            sums = MultiplyAddAdjacent(digits, ResidentIdLanes.HeadWeights) + MultiplyAddAdjacent(tailValues, ResidentIdLanes.TailWeights);
            sums += (sums.AsUInt64() >> 32).AsUInt16();
            sums += (sums.AsUInt64() >> 16).AsUInt16();
        }

        return sums + Vector128.Shuffle(sums.AsUInt64(), Vector128.Create(1ul, 0ul)).AsUInt16();
    }

    /// <summary>Each 16-bit word: its two bytes times their two weights, added (the portable form of PMADDUBSW for small values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> MultiplyAddAdjacent(Vector128<byte> values, Vector128<byte> weights)
    {
        var low = Vector128.Create((ushort)0xFF);
        var v = values.AsUInt16();
        var w = weights.AsUInt16();
        return ((v & low) * (w & low)) + ((v >> 8) * (w >> 8));
    }

    /// <summary>Nonzero in the month's byte when the month is not 1 to 12 or the day not one of its days in every year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> DateBroken(Vector128<byte> pairs)
    {
        // Month and day minus 1 (0 wraps to 255), the day moved to the month's byte.
        var less = pairs - Vector128<byte>.One;
        var day = (less.AsUInt64() >> 16).AsByte();
        var lastDay = Vector128.ShuffleNative(ResidentIdLanes.MonthLastDays, pairs);
        return Vector128.SubtractSaturate(less, ResidentIdLanes.MonthLimit) | (Vector128.SubtractSaturate(day, lastDay) & ResidentIdLanes.DayLane);
    }
}
