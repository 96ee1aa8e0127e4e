using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The 128-bit parser of an 18-character number: 16 characters are tested, paired and weighted in a few SSE
/// instructions, and the verdict is exactly the one of <see cref="ResidentId.ParseScalar{T}"/>, which machines
/// without SSSE3 run instead.
/// </summary>
internal static class ResidentIdVector
{
    internal static bool IsSupported => Ssse3.IsSupported;

    /// <summary>Gives the verdict for 18 UTF-8 bytes and, when it is valid, the 17 digits packed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ResidentIdError Validate18(ref byte first, in ResidentIdValidationOptions options, out ulong digits, out uint expectedCheck)
    {
        var bytes = Vector128.LoadUnsafe(ref first);
        return Validate18(bytes, Unsafe.Add(ref first, 16), Unsafe.Add(ref first, 17), options, out digits, out expectedCheck);
    }

    /// <summary>Gives the verdict for 18 UTF-16 characters and, when it is valid, the 17 digits packed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ResidentIdError Validate18(ref char first, in ResidentIdValidationOptions options, out ulong digits, out uint expectedCheck)
    {
        ref var shorts = ref Unsafe.As<char, short>(ref first);
        var low = Vector128.LoadUnsafe(ref shorts);
        var high = Vector128.LoadUnsafe(ref shorts, 8);

        // Saturating narrowing: any character above 255 becomes 255 and fails the digit test.
        var bytes = Sse2.PackUnsignedSaturate(low, high);
        uint c16 = Unsafe.Add(ref first, 16);
        uint c17 = Unsafe.Add(ref first, 17);
        if ((c16 | c17) > 0xFF)
        {
            digits = 0;
            expectedCheck = 0;
            return ResidentIdError.Character;
        }

        return Validate18(bytes, (byte)c16, (byte)c17, options, out digits, out expectedCheck);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ResidentIdError Validate18(Vector128<byte> bytes, byte b16, byte b17, in ResidentIdValidationOptions options, out ulong digits, out uint expectedCheck)
    {
        digits = 0;
        expectedCheck = 0;
        var d = bytes - Vector128.Create((byte)'0');
        var d16 = (uint)(b16 - '0');
        uint check = b17 - (uint)'0';
        if (check > 9)
        {
            check = (b17 | 0x20) == 'x' ? 10 : uint.MaxValue;
        }

        if (Vector128.GreaterThanAny(d, Vector128.Create((byte)9)) || d16 > 9 || check > 10)
        {
            return ResidentIdError.Character;
        }

        // Pairs of digits as 16-bit numbers: p0 = d0d1, ..., p7 = d14d15.
        var pairs = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));
        var p = pairs.AsUInt16();
        var first6 = (p.GetElement(0) * 10_000) + (p.GetElement(1) * 100) + p.GetElement(2);
        var error = ResidentIdRules.CheckFields(first6, (p.GetElement(3) * 100) + p.GetElement(4), p.GetElement(5), p.GetElement(6), options);
        if (error != ResidentIdError.None)
        {
            return error;
        }

        // The ISO 7064 MOD 11-2 weighted sum of the first 16 digits, plus the 17th (weight 2).
        var weighted = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4));
        var sum = (uint)Vector128.Sum(Sse2.MultiplyAddAdjacent(weighted, Vector128<short>.One)) + (d16 * 2);
        expectedCheck = ResidentIdRules.CheckValueOf(sum);
        if (expectedCheck != check)
        {
            return ResidentIdError.CheckCharacter;
        }

        // Four-digit groups q0..q3 of the first 16 digits, then the 17th.
        var quads = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)100, 1, 100, 1, 100, 1, 100, 1));
        digits = ((((((ulong)(uint)quads.GetElement(0) * 10_000) + (uint)quads.GetElement(1)) * 10_000) + (uint)quads.GetElement(2)) * 10_000 * 10)
            + ((ulong)(uint)quads.GetElement(3) * 10) + d16;
        return ResidentIdError.None;
    }
}
