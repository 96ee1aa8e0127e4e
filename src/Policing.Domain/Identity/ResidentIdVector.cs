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

        // Digits 15 and 16 first, so that the pairs of digits fall on 16-bit words as: d14d15, d0d1, d2d3, d4d5,
        // century, year in the century, month, day.
        var d = Ssse3.Shuffle(bytes, Vector128.Create((byte)14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)) - Vector128.Create((byte)'0');
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

        var pairs = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));
        var fields = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)0, 10_000, 100, 1, 100, 1, 0, 0)).AsUInt32();
        var prefixParts = fields.AsUInt64().ToScalar();
        var first6 = (int)((uint)prefixParts + (uint)(prefixParts >> 32));
        var year = (int)fields.GetElement(2);
        var monthDay = pairs.AsUInt32().GetElement(3);
        var month = (int)(monthDay & 0xFFFF);
        var day = (int)(monthDay >> 16);
        var error = ResidentIdRules.CheckFields(first6, year, month, day, options);
        if (error != ResidentIdError.None)
        {
            return error;
        }

        // The ISO 7064 MOD 11-2 weighted sum: weighted pairs of the first 16 digits (each below 256, so that one SAD
        // adds eight of them), then the 17th with weight 2. With the check value it is 1 modulo 11 exactly when
        // (sum - 1) times the inverse of 11 modulo 2^32 is at most (2^32 - 1) / 11.
        var weighted = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)8, 4, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5));
        var halves = Sse2.SumAbsoluteDifferences(weighted.AsByte(), Vector128<byte>.Zero).AsUInt64();
        var sum = (uint)(halves.ToScalar() + halves.GetElement(1)) + (d16 * 2);
        if ((sum + check - 1) * 0xBA2E_8BA3u > uint.MaxValue / 11)
        {
            expectedCheck = ResidentIdRules.CheckValueOf(sum);
            return ResidentIdError.CheckCharacter;
        }

        var date = (uint)((year * 10_000) + (month * 100) + day);
        digits = ((ulong)(uint)first6 * 100_000_000_000) + ((ulong)date * 1_000) + ((ulong)pairs.AsUInt16().ToScalar() * 10) + d16;
        return ResidentIdError.None;
    }
}
