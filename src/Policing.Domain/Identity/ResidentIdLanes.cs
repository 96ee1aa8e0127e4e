using System.Runtime.Intrinsics;

namespace Policing.Domain.Identity;

/// <summary>
/// The constants of a line held in a 128-bit lane, which the AVX-512 path of <see cref="ResidentIdBatch"/> repeats in
/// its four lanes, and the MOD 11-2 test that every vector path shares.
/// </summary>
internal static class ResidentIdLanes
{
    /// <summary>The largest valid weighted sum plus check value minus 1, times the inverse of 11 modulo 2^16.</summary>
    internal const ushort CheckLimit = ushort.MaxValue / 11;

    /// <summary>The inverse of 11 modulo 2^16: a sum is 1 modulo 11 when (sum - 1) times it is at most <see cref="CheckLimit"/>.</summary>
    internal const ushort InverseOf11 = 0x8BA3;

    /// <summary>Gets the weights that make a 16-bit word of two digits their number.</summary>
    internal static Vector128<byte> PairWeights { get; } = Vector128.Create((byte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1);

    /// <summary>Gets the check of the weighted sum in word 0, none in the others.</summary>
    internal static Vector128<ushort> CheckLimits { get; } = Vector128.Create(CheckLimit, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue);

    /// <summary>Gets 1900 in the year's double word, which is subtracted before the year's range is tested.</summary>
    internal static Vector128<uint> YearFloor { get; } = Vector128.Create(0u, 0u, ResidentIdRules.MinimumBirthYear, 0u);

    /// <summary>Gets the range of the year after 1900 is subtracted: up to <paramref name="lastYear"/>, the other double words untested.</summary>
    internal static Vector128<uint> YearRange(int lastYear) =>
        Vector128.Create(uint.MaxValue, uint.MaxValue, (uint)(lastYear - ResidentIdRules.MinimumBirthYear), uint.MaxValue);
}
