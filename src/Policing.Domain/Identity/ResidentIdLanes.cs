using System.Runtime.Intrinsics;

namespace Policing.Domain.Identity;

/// <summary>
/// The layout of one line in a 128-bit lane, shared by the 128-bit and 256-bit paths of <see cref="ResidentIdBatch"/>
/// (the 256-bit path holds two lines, one per lane, with the same constants in both).
/// </summary>
/// <remarks>
/// <para>
/// A line is read as two 16-byte lanes. The head holds bytes -2 to 13 (the two bytes before the line, then digits 1 to
/// 14), so that the digit pairs fall on 16-bit words as: nothing, d1d2, d3d4, d5d6, century, year, month, day. The tail
/// holds bytes 3 to 18: digits 15 to 17 in lanes 11 to 13, the check character in lane 14 and the line end in lane 15.
/// No shuffle is needed, so that NEON and SSE run the same code.
/// </para>
/// <para>
/// Each rule leaves a nonzero byte (or word, or double word) where it is broken: a byte or word above its limit is
/// found as the saturated difference <c>value - limit</c>, a double word as <c>max(value, limit) ^ limit</c>, and a
/// limit of all ones switches a test off in a lane.
/// </para>
/// </remarks>
internal static class ResidentIdLanes
{
    /// <summary>The head is read from this many bytes before the line.</summary>
    internal const int HeadOffset = -2;

    /// <summary>The tail is read from this many bytes into the line.</summary>
    internal const int TailOffset = 3;

    /// <summary>The byte of the month (and, after a shift by 16 bits, of the day) among the digit pairs.</summary>
    internal const int MonthByte = 12;

    /// <summary>The largest valid weighted sum plus check value minus 1, times the inverse of 11 modulo 2^16, in word 0.</summary>
    internal const ushort CheckLimit = ushort.MaxValue / 11;

    /// <summary>The inverse of 11 modulo 2^16: a sum is 1 modulo 11 when (sum - 1) times it is at most <see cref="CheckLimit"/>.</summary>
    internal const ushort InverseOf11 = 0x8BA3;

    /// <summary>Gets the head's limits after subtracting '0': digits in lanes 2 to 15, nothing tested in lanes 0 and 1.</summary>
    internal static Vector128<byte> HeadLimit { get; } = Vector128.Create((byte)255, 255, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9);

    /// <summary>Gets what is subtracted from the tail: '0' from the characters, '\n' from the line end.</summary>
    internal static Vector128<byte> TailLow { get; } = Vector128.Create((byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'\n');

    /// <summary>Gets the tail's limits: digits in lanes 0 to 14 (X is let through apart), exactly '\n' in lane 15.</summary>
    internal static Vector128<byte> TailLimit { get; } = Vector128.Create((byte)9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0);

    /// <summary>Gets the case bit set in the check character's lane (X and x alike), all bits elsewhere (never 'x').</summary>
    internal static Vector128<byte> TailCase { get; } = Vector128.Create((byte)255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0x20, 255);

    /// <summary>Gets 'x' in the check character's lane.</summary>
    internal static Vector128<byte> TailX { get; } = Vector128.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'x', 0);

    /// <summary>Gets the limits that test the line end alone (after subtracting '\n' in lane 15).</summary>
    internal static Vector128<byte> TailLineEnd { get; } = Vector128.Create((byte)255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0);

    /// <summary>Gets the ISO 7064 MOD 11-2 weights of digits 1 to 14 in the head's lanes.</summary>
    internal static Vector128<byte> HeadWeights { get; } = Vector128.Create((byte)0, 0, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5);

    /// <summary>Gets the weights of digits 15 to 17 in the tail's lanes, and weight 1 for the check value.</summary>
    internal static Vector128<byte> TailWeights { get; } = Vector128.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 4, 2, 1, 0);

    /// <summary>Gets the weights that make a 16-bit word of two digits their number.</summary>
    internal static Vector128<byte> PairWeights { get; } = Vector128.Create((byte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1);

    /// <summary>
    /// Gets the weights that make double words of the pairs: d1d2 * 10^4, d3d4 * 100 + d5d6 (their sum is the first
    /// six digits), the year, month * 100 + day.
    /// </summary>
    internal static Vector128<ushort> FieldWeights { get; } = Vector128.Create((ushort)0, 10_000, 100, 1, 100, 1, 100, 1);

    /// <summary>Gets the check of the weighted sum in word 0, none in the others.</summary>
    internal static Vector128<ushort> CheckLimits { get; } = Vector128.Create(CheckLimit, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue);

    /// <summary>Gets 1900 in the year's double word, which is subtracted before the year's range is tested.</summary>
    internal static Vector128<uint> YearFloor { get; } = Vector128.Create(0u, 0u, ResidentIdRules.MinimumBirthYear, 0u);

    /// <summary>
    /// Gets the last day minus 1 of each month (index 1 to 12) in every year: 29 February is left to the exact path.
    /// </summary>
    internal static Vector128<byte> MonthLastDays { get; } = Vector128.Create((byte)0, 30, 27, 30, 29, 30, 29, 30, 30, 29, 30, 29, 30, 0, 0, 0);

    /// <summary>Gets 11 (the last month minus 1) in the month's byte, all ones elsewhere.</summary>
    internal static Vector128<byte> MonthLimit { get; } = Vector128.Create((byte)255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 11, 255, 255, 255);

    /// <summary>Gets all ones in the month's byte, where the day test is meaningful.</summary>
    internal static Vector128<byte> DayLane { get; } = Vector128.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0);

    /// <summary>Gets the range of the year after 1900 is subtracted: up to <paramref name="lastYear"/>, the other double words untested.</summary>
    internal static Vector128<uint> YearRange(int lastYear) =>
        Vector128.Create(uint.MaxValue, uint.MaxValue, (uint)(lastYear - ResidentIdRules.MinimumBirthYear), uint.MaxValue);
}
