using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The 128-bit parser of an 18-character number: 16 characters are tested, paired and weighted in a few SSE
/// instructions, and the verdict is exactly the one of <see cref="ResidentId.ParseScalar{T}"/>, which machines
/// without SSSE3 run instead.
/// </summary>
/// <remarks>
/// Under the default options (lenient division codes, no reference date) the verdict is computed without a branch
/// on the input: each rule sets the bit of its own verdict in a mask, and the lowest bit set is the first rule broken,
/// as <see cref="ResidentIdError"/> orders them. Other options take the path through
/// <see cref="ResidentIdRules.CheckFields(int, int, int, int, in ResidentIdValidationOptions)"/>.
/// </remarks>
internal static class ResidentIdVector
{
    // Month * 100 + day (up to 9 999 from digits) takes 14 bits, and the class of a year 2 more, for an index into the
    // table of days.
    private const int MonthDayBits = 14;
    private const uint MonthDayMask = (1u << MonthDayBits) - 1;
    private const uint YearMask = (1u << 14) - 1;

    // The table of dates, one array so that one base address serves both parts: first the days, bit
    // (class of the year << 14) | (month * 100 + day) set when the day exists in a year of that class; then, from word
    // DayWords, one 16-bit entry per year up to 16 383 (so that any four bytes index it) holding its class << 14: 0
    // before 1900, 1 a common year, 2 a leap year.
    private const int DayWords = (3 << MonthDayBits) / 64;
    private static readonly ulong[] Dates = BuildDates();

    internal static bool IsSupported => Ssse3.IsSupported;

    /// <summary>Tells whether 18 UTF-8 bytes are a valid number under the default options, and gives its digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsValid18(ref byte first, out ulong digits) =>
        IsValid(Vector128.LoadUnsafe(ref first), Vector128.LoadUnsafe(ref first, 2), out digits);

    /// <summary>Tells whether 18 UTF-16 characters are a valid number under the default options, and gives its digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsValid18(ref char first, out ulong digits) =>
        IsValid(Narrow(ref first), Narrow(ref Unsafe.Add(ref first, 2)), out digits);

    /// <summary>
    /// Gives the verdict for 18 UTF-8 bytes and, when it is valid, the 17 digits packed; the weighted sum of the
    /// 17 digits, from which a wrong check character's expected one follows, when they are digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ResidentIdError Validate18(ref byte first, in ResidentIdValidationOptions options, out ulong digits, out uint weightedSum)
    {
        var bytes = Vector128.LoadUnsafe(ref first);
        return IsDefault(options)
            ? Classify(bytes, Vector128.LoadUnsafe(ref first, 2), out digits, out weightedSum)
            : Validate18(bytes, Unsafe.Add(ref first, 16), Unsafe.Add(ref first, 17), options, out digits, out weightedSum);
    }

    /// <summary>
    /// Gives the verdict for 18 UTF-16 characters and, when it is valid, the 17 digits packed; the weighted sum of
    /// the 17 digits when they are digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ResidentIdError Validate18(ref char first, in ResidentIdValidationOptions options, out ulong digits, out uint weightedSum)
    {
        var bytes = Narrow(ref first);
        return IsDefault(options)
            ? Classify(bytes, Narrow(ref Unsafe.Add(ref first, 2)), out digits, out weightedSum)
            : Validate18(bytes, (byte)Narrow(Unsafe.Add(ref first, 16)), (byte)Narrow(Unsafe.Add(ref first, 17)), options, out digits, out weightedSum);
    }

    /// <summary>The verdict for 18 UTF-8 bytes under the default options.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ResidentIdError Verdict18(ref byte first) =>
        Classify(Vector128.LoadUnsafe(ref first), Vector128.LoadUnsafe(ref first, 2), out _, out _);

    /// <summary>Tells whether the options are the default ones, under which the verdict needs no branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDefault(in ResidentIdValidationOptions options) =>
        options.NotAfter is null && options.DivisionCodeMode == DivisionCodeMode.Lenient;

    /// <summary>The first 16 characters as bytes; any character above 255 becomes 255, which is not a digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(ref char first)
    {
        ref var shorts = ref Unsafe.As<char, short>(ref first);
        return Sse2.PackUnsignedSaturate(Vector128.LoadUnsafe(ref shorts), Vector128.LoadUnsafe(ref shorts, 8));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Narrow(char c) => Math.Min(c, (uint)byte.MaxValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsValid(Vector128<byte> bytes, Vector128<byte> tail, out ulong digits)
    {
        Check(bytes, tail, out var characters, out var first6, out var dayExists, out var checkHolds, out var packed, out _);

        // Valid when every check holds (1) and no character is wrong (0): a check that fails (0), or any wrong
        // character (1 or more), makes the comparison false. The digits are masked, not chosen by a branch.
        var valid = (dayExists & Known(first6) & checkHolds) > characters;
        digits = packed & (0UL - Unsafe.BitCast<bool, byte>(valid));
        return valid;
    }

    /// <summary>The verdict under the default options, without a branch on the bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ResidentIdError Classify(Vector128<byte> bytes, Vector128<byte> tail, out ulong digits, out uint weightedSum)
    {
        Check(bytes, tail, out var characters, out var first6, out var dayExists, out var checkHolds, out var packed, out weightedSum);
        var failures = ((characters != 0 ? 1u : 0u) << (int)ResidentIdError.Character)
            | ((dayExists ^ 1) << (int)ResidentIdError.BirthDate)
            | ((checkHolds ^ 1) << (int)ResidentIdError.CheckCharacter);

        // When the first six digits are not valid, the lenient table says why by their first three digits.
        var prefixFailure = Unsafe.Add(ref MemoryMarshal.GetReference(ResidentIdPrefixes.LenientFailures), (nuint)(first6 / 1_000));
        failures |= (1u << prefixFailure) & (Known(first6) - 1);

        // The lowest bit set is the verdict; none set (bit 16 alone) is None.
        var verdict = (ResidentIdError)(BitOperations.TrailingZeroCount(failures | 0x1_0000) & 0xF);
        digits = verdict == ResidentIdError.None ? packed : 0;
        return verdict;
    }

    /// <summary>1 when the first six digits (at most 2^20 - 1) are valid in lenient mode whatever the birth year, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Known(uint first6)
    {
        ref var prefixes = ref MemoryMarshal.GetReference(ResidentIdPrefixes.Bits(DivisionCodeMode.Lenient));
        return (uint)(Unsafe.Add(ref prefixes, (nuint)(first6 >> 6)) >> (int)first6) & 1;
    }

    /// <summary>
    /// The rules other than the first six digits: <paramref name="characters"/> not 0 when a character is wrong,
    /// <paramref name="dayExists"/> 1 when the birth date is a date from 1900 on, <paramref name="checkHolds"/> 1 when
    /// the check character is right (each meaningful when the rules before it hold); the first six digits as a number
    /// below 2^20, the digits packed and the weighted sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(
        Vector128<byte> bytes,
        Vector128<byte> tail,
        out uint characters,
        out uint first6,
        out uint dayExists,
        out uint checkHolds,
        out ulong digits,
        out uint weightedSum)
    {
        // Digits 15 and 16 first, so that the pairs of digits fall on 16-bit words as: d14d15, d0d1, d2d3, d4d5,
        // century, year in the century, month, day.
        var d = Ssse3.Shuffle(bytes, Vector128.Create((byte)14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)) - Vector128.Create((byte)'0');

        // The tail: bytes 2 to 17, of which lane 14 is the 17th digit and lane 15 the check character, a digit or X. The
        // minimum with 10 gives a digit its value and X or x (40 or 72 after the subtraction) the check value 10.
        // The other lanes are tested as digits already: their limit is 255, and their case never matches.
        var t = tail - Vector128.Create((byte)'0');
        var tailLimit = Vector128.Create((byte)255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 9, 9);
        var tailCase = Vector128.Create((byte)255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0x20);
        var isX = Vector128.Equals(tail | tailCase, Vector128.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'x'));
        var tailValues = Vector128.Min(t, Vector128.Create((byte)10));
        characters = (Vector128.GreaterThan(d, Vector128.Create((byte)9)) | Vector128.AndNot(Vector128.GreaterThan(t, tailLimit), isX)).ExtractMostSignificantBits();

        // Fields: d0d1 * 10^4, d2d3 * 100 + d4d5, the year, month * 100 + day. Bytes that are not digits give other
        // values, which are masked before any table is read (their verdict is Character whatever the tables say).
        var pairs = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));
        var fields = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)0, 10_000, 100, 1, 100, 1, 100, 1)).AsUInt64();
        var prefixParts = fields.ToScalar();
        var dateParts = fields.GetElement(1);
        first6 = ((uint)prefixParts + (uint)(prefixParts >> 32)) & ResidentIdPrefixes.IndexMask;
        var year = (uint)dateParts & YearMask;
        var monthDay = (uint)(dateParts >> 32) & MonthDayMask;

        // The birth date: one bit of the table of days of the year's class.
        ref var dates = ref MemoryMarshal.GetArrayDataReference(Dates);
        var day = Unsafe.Add(ref Unsafe.As<ulong, ushort>(ref Unsafe.Add(ref dates, DayWords)), (nuint)year) | monthDay;
        dayExists = (uint)(Unsafe.Add(ref dates, (nuint)(day >> 6)) >> (int)day) & 1;

        // The ISO 7064 MOD 11-2 sum: weighted pairs of the first 16 digits, plus in the last word the 17th digit with
        // weight 2 and the check value with weight 1 (each word below 256, so that one SAD adds eight of them). The total
        // is 1 modulo 11 exactly when (total - 1) times the inverse of 11 modulo 2^32 is at most (2^32 - 1) / 11.
        var weighted = Ssse3.MultiplyAddAdjacent(d, Vector128.Create((sbyte)8, 4, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5))
            + Ssse3.MultiplyAddAdjacent(tailValues, Vector128.Create((sbyte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1));
        var halves = Sse2.SumAbsoluteDifferences(weighted.AsByte(), Vector128<byte>.Zero).AsUInt32();
        var total = (halves + Sse2.Shuffle(halves, 0b10)).ToScalar();
        var d16 = (uint)tailValues.GetElement(14);
        weightedSum = total - tailValues.GetElement(15);

        // Product minus (limit + 1) in 64 bits is negative, its top bit set, exactly when the product is at most the limit.
        checkHolds = (uint)((((ulong)((total - 1) * 0xBA2E_8BA3u)) - ((uint.MaxValue / 11) + 1UL)) >> 63);
        digits = ((ulong)first6 * 100_000_000_000) + ((((ulong)year * 10_000) + monthDay) * 1_000) + ((ulong)pairs.AsUInt16().ToScalar() * 10) + d16;
    }

    private static ulong[] BuildDates()
    {
        var dates = new ulong[DayWords + ((YearMask + 1) / 4)];
        var years = MemoryMarshal.Cast<ulong, ushort>(dates.AsSpan(DayWords));
        for (var year = ResidentIdRules.MinimumBirthYear; year <= ResidentIdRules.MaximumBirthYear; year++)
        {
            years[year] = (ushort)((ResidentIdRules.DaysInMonth(year, 2) == 29 ? 2 : 1) << MonthDayBits);
        }

        foreach (var (yearClass, year) in new[] { (1, 2001), (2, 2000) })
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 1; day <= ResidentIdRules.DaysInMonth(year, month); day++)
                {
                    var index = (yearClass << MonthDayBits) | ((month * 100) + day);
                    dates[index >> 6] |= 1UL << index;
                }
            }
        }

        return dates;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ResidentIdError Validate18(Vector128<byte> bytes, byte b16, byte b17, in ResidentIdValidationOptions options, out ulong digits, out uint weightedSum)
    {
        digits = 0;
        weightedSum = 0;

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
        var month = (int)(monthDay & 0x70FF);
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
        weightedSum = sum;
        if ((sum + check - 1) * 0xBA2E_8BA3u > uint.MaxValue / 11)
        {
            return ResidentIdError.CheckCharacter;
        }

        var date = (uint)((year * 10_000) + (month * 100) + day);
        digits = ((ulong)(uint)first6 * 100_000_000_000) + ((ulong)date * 1_000) + ((ulong)pairs.AsUInt16().ToScalar() * 10) + d16;
        return ResidentIdError.None;
    }
}
