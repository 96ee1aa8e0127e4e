using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The vector fast path for the common case, a well-formed 18-character number: 16 digits are checked, paired
/// and weighted in a few SSE instructions. Any input it does not accept goes to the scalar parser, which gives
/// the exact reason, so both paths always agree.
/// </summary>
internal static class ResidentIdVector
{
    internal static bool IsSupported => Ssse3.IsSupported;

    /// <summary>Parses 18 UTF-8 bytes; returns false when the input is not a valid number (or not for this path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParse18(ref byte first, in ResidentIdValidationOptions options, out ulong digits)
    {
        var bytes = Vector128.LoadUnsafe(ref first);
        return TryParse18(bytes, Unsafe.Add(ref first, 16), Unsafe.Add(ref first, 17), options, out digits);
    }

    /// <summary>Parses 18 UTF-16 characters; returns false when the input is not a valid number (or not for this path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParse18(ref char first, in ResidentIdValidationOptions options, out ulong digits)
    {
        ref var shorts = ref Unsafe.As<char, short>(ref first);
        var low = Vector128.LoadUnsafe(ref shorts);
        var high = Vector128.LoadUnsafe(ref shorts, 8);

        // Saturating narrowing: any character above 255 becomes 255 and fails the digit test below.
        var bytes = Sse2.PackUnsignedSaturate(low, high);
        uint c16 = Unsafe.Add(ref first, 16);
        uint c17 = Unsafe.Add(ref first, 17);
        if ((c16 | c17) > 0xFF)
        {
            digits = 0;
            return false;
        }

        return TryParse18(bytes, (byte)c16, (byte)c17, options, out digits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParse18(Vector128<byte> bytes, byte b16, byte b17, in ResidentIdValidationOptions options, out ulong digits)
    {
        digits = 0;
        var d = bytes - Vector128.Create((byte)'0');
        var d16 = (uint)(b16 - '0');
        if (Vector128.GreaterThanAny(d, Vector128.Create((byte)9)) || d16 > 9)
        {
            return false;
        }

        // Pairs of digits as 16-bit numbers: p0 = d0d1, ..., p7 = d14d15.
        var pairs = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));

        // The ISO 7064 MOD 11-2 weighted sum of the first 16 digits, plus the 17th (weight 2).
        var weighted = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4));
        var sum = (uint)Vector128.Sum(Sse2.MultiplyAddAdjacent(weighted, Vector128<short>.One)) + (d16 * 2);

        uint check = b17 - (uint)'0';
        if (check > 9)
        {
            if ((b17 | 0x20) != 'x')
            {
                return false;
            }

            check = 10;
        }

        if (ResidentIdRules.CheckValueOf(sum) != check)
        {
            return false;
        }

        var p = pairs.AsUInt16();
        var first6 = (p.GetElement(0) * 10_000) + (p.GetElement(1) * 100) + p.GetElement(2);
        if (ResidentIdRules.CheckFields(first6, (p.GetElement(3) * 100) + p.GetElement(4), p.GetElement(5), p.GetElement(6), options) != ResidentIdError.None)
        {
            return false;
        }

        // Four-digit groups q0..q3 of the first 16 digits, then the 17th.
        var quads = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)100, 1, 100, 1, 100, 1, 100, 1));
        digits = ((((((ulong)(uint)quads.GetElement(0) * 10_000) + (uint)quads.GetElement(1)) * 10_000) + (uint)quads.GetElement(2)) * 10_000 * 10)
            + ((ulong)(uint)quads.GetElement(3) * 10) + d16;
        return true;
    }
}
