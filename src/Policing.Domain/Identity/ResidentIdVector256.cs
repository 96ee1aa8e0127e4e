using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The 256-bit path of <see cref="ResidentIdBatch"/> (AVX2): four lines of exactly 18 characters and <c>\n</c> per
/// step, two lines to a pair of 256-bit vectors, one line to each 128-bit lane laid out as <see cref="ResidentIdLanes"/>
/// says: the checks of <see cref="ResidentIdVector128Batch{TIsa}"/>, each instruction on two lines. Its multiply-adds,
/// sums of absolute differences and table shuffle are the AVX2 ones, which work within each 128-bit lane; machines
/// without AVX2 (and ARM64, which has no 256-bit vectors) run the 128-bit path.
/// </summary>
internal readonly struct ResidentIdVector256 : IResidentIdBlockKernel<ResidentIdVector256>
{
    private readonly Vector256<uint> _yearRange;

    private ResidentIdVector256(int lastYear) => _yearRange = Lanes(ResidentIdLanes.YearRange(lastYear));

    /// <inheritdoc/>
    public static int LinesPerBlock => 4;

    /// <inheritdoc/>
    public static int BlockBytes => LinesPerBlock * ResidentIdBlocks.LineBytes;

    /// <inheritdoc/>
    public static int Lookbehind => -ResidentIdLanes.HeadOffset;

    /// <summary>Gets a value indicating whether this machine runs the path.</summary>
    internal static bool IsSupported => Vector256.IsHardwareAccelerated && Avx2.IsSupported;

    /// <inheritdoc/>
    public static ResidentIdVector256 Create(int lastYear) => new(lastYear);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Block(ref byte line, ref ulong prefixes, out uint clean, out uint wholeLanes, out uint known)
    {
        // Four lines, not more: the constants of two pairs of lines and their values fill the 16 registers of AVX2.
        var bad01 = Evaluate(ref line, out var broken01, out var fields01);
        var bad23 = Evaluate(ref Unsafe.Add(ref line, 2 * ResidentIdBlocks.LineBytes), out var broken23, out var fields23);
        clean = Clear(bad01) | (Clear(bad23) << 4);
        wholeLanes = Clear(broken01) | (Clear(broken23) << 4);

        // Double word 0 of each lane is the first six digits: lines 0 and 2 in the low half, 1 and 3 in the high half.
        var codes = Avx2.UnpackLow(fields01, fields23).AsUInt64();
        var codes02 = codes.GetLower().ToScalar();
        var codes13 = codes.GetUpper().ToScalar();
        known = ResidentIdBlocks.Known(ref prefixes, (uint)codes02)
            | (ResidentIdBlocks.Known(ref prefixes, (uint)codes13) << 2)
            | (ResidentIdBlocks.Known(ref prefixes, (uint)(codes02 >> 32)) << 4)
            | (ResidentIdBlocks.Known(ref prefixes, (uint)(codes13 >> 32)) << 6);
    }

    /// <summary>
    /// Tests the two lines at <paramref name="line"/> as <see cref="ResidentIdVector128Batch{TIsa}.Evaluate"/> tests one,
    /// a line to a lane; <paramref name="fields"/> holds each line's first six digits in its lane's double word 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256<byte> Evaluate(ref byte line, out Vector256<byte> broken, out Vector256<uint> fields)
    {
        ref var head = ref Unsafe.Subtract(ref line, -ResidentIdLanes.HeadOffset);
        ref var tail = ref Unsafe.Add(ref line, ResidentIdLanes.TailOffset);
        var heads = Vector256.Create(Vector128.LoadUnsafe(ref head), Vector128.LoadUnsafe(ref head, ResidentIdBlocks.LineBytes));
        var tails = Vector256.Create(Vector128.LoadUnsafe(ref tail), Vector128.LoadUnsafe(ref tail, ResidentIdBlocks.LineBytes));
        var digits = heads - Vector256.Create((byte)'0');
        var tailValues = tails - Lanes(ResidentIdLanes.TailLow);
        var isX = Vector256.Equals(tails | Lanes(ResidentIdLanes.TailCase), Lanes(ResidentIdLanes.TailX));
        var bad = Vector256.SubtractSaturate(digits, Lanes(ResidentIdLanes.HeadLimit)) | Vector256.AndNot(Vector256.SubtractSaturate(tailValues, Lanes(ResidentIdLanes.TailLimit)), isX);
        broken = Vector256.SubtractSaturate(tailValues, Lanes(ResidentIdLanes.TailLineEnd));

        var pairs = Avx2.MultiplyAddAdjacent(digits, Lanes(ResidentIdLanes.PairWeights).AsSByte());
        fields = Avx2.MultiplyAddAdjacent(pairs, Lanes(ResidentIdLanes.FieldWeights).AsInt16()).AsUInt32();
        var weighted = Avx2.MultiplyAddAdjacent(digits, Lanes(ResidentIdLanes.HeadWeights).AsSByte())
            + Avx2.MultiplyAddAdjacent(Vector256.Min(tailValues, Vector256.Create((byte)10)), Lanes(ResidentIdLanes.TailWeights).AsSByte());
        var sums = Avx2.SumAbsoluteDifferences(weighted.AsByte(), Vector256<byte>.Zero);
        var total = sums + Avx2.ShiftRightLogical128BitLane(sums, 8);
        bad |= Vector256.SubtractSaturate((total - Vector256<ushort>.One) * ResidentIdLanes.InverseOf11, Lanes(ResidentIdLanes.CheckLimits)).AsByte();
        var year = fields - Lanes(ResidentIdLanes.YearFloor);
        bad |= (Vector256.Max(year, _yearRange) ^ _yearRange).AsByte();

        // The date: the month (byte 12 of the pairs) 1 to 12, the day (byte 14) 1 to the month's last day in every year.
        var pairBytes = pairs.AsByte();
        var less = pairBytes - Vector256<byte>.One;
        var day = (less.AsUInt64() >> 16).AsByte();
        var lastDay = Avx2.Shuffle(Lanes(ResidentIdLanes.MonthLastDays), pairBytes);
        bad |= Vector256.SubtractSaturate(less, Lanes(ResidentIdLanes.MonthLimit)) | (Vector256.SubtractSaturate(day, lastDay) & Lanes(ResidentIdLanes.DayLane));

        fields += (fields.AsUInt64() >> 32).AsUInt32();
        return bad;
    }

    /// <summary>Bits 2l and 2l + 1 set when the low and high halves of lane l are zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Clear(Vector256<byte> flags) => Vector256.Equals(flags.AsUInt64(), Vector256<ulong>.Zero).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Lanes<T>(Vector128<T> lane) => Vector256.Create(lane, lane);
}
