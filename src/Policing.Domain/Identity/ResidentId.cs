using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace Policing.Domain.Identity;

/// <summary>
/// An 18-character identity number (公民身份号码, GB 11643-1999), valid by construction: a citizen's number, a
/// residence permit of a resident of Hong Kong, Macao or Taiwan, or a foreigner's permanent-residence number
/// (GA 2102-2023). The 17 digits are packed in 8 bytes; the check character is derived.
/// </summary>
/// <remarks>
/// <para>
/// A number is personal data: <see cref="ToString()"/> and the default format are masked (birth date and
/// sequence hidden, e.g. <c>110101***********X</c>). The full number is written only through the explicit
/// <c>"F"</c> format or <see cref="RevealFull"/>.
/// </para>
/// <para>
/// <c>default(ResidentId)</c> holds no number: <see cref="IsEmpty"/> is <see langword="true"/>, it sorts first,
/// and every property that reads the number throws <see cref="InvalidOperationException"/>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct ResidentId :
    IEquatable<ResidentId>,
    IComparable<ResidentId>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<ResidentId>
{
    /// <summary>The number of characters in an identity number.</summary>
    public const int Length = 18;

    /// <summary>The number of digits in a number of the kind issued before 1999, which <see cref="UpgradeLegacy"/> takes.</summary>
    public const int LegacyLength = 15;

    /// <summary>The number of characters in the masked form written by <see cref="ToString()"/>.</summary>
    public const int MaskedLength = 18;

    internal const char MaskCharacter = '*';

    // The first 17 digits as a number below 10^17.
    private readonly ulong _digits;

    private ResidentId(ulong digits) => _digits = digits;

    /// <summary>Gets a value indicating whether this is <c>default(ResidentId)</c>, which holds no number.</summary>
    public bool IsEmpty => _digits == 0;

    /// <summary>Gets the kind of holder the number belongs to.</summary>
    public ResidentIdKind Kind => KindOf(Digits);

    /// <summary>Gets the birth date the number encodes (digits 7 to 14).</summary>
    public LocalDate BirthDate
    {
        get
        {
            var date = (int)(Digits / 1_000 % 100_000_000);
            return new LocalDate(date / 10_000, date / 100 % 100, date % 100);
        }
    }

    /// <summary>Gets the gender the number encodes: odd 17th digit for male, even for female.</summary>
    public Gender Gender => (Digits & 1) == 1 ? Gender.Male : Gender.Female;

    /// <summary>
    /// Gets the two-digit province code: the first two digits, or for a foreigner's permanent-residence number the
    /// two digits after the leading 9.
    /// </summary>
    public int ProvinceCode
    {
        get
        {
            var digits = Digits;
            return KindOf(digits) == ResidentIdKind.ForeignPermanentResident
                ? (int)(digits / 100_000_000_000_000 % 100)
                : (int)(digits / 1_000_000_000_000_000);
        }
    }

    /// <summary>
    /// Gets the division code of first registration (digits 1 to 6), or <see langword="null"/> for a foreigner's
    /// permanent-residence number, whose digits 1 to 6 are a province and a nationality instead.
    /// </summary>
    public DivisionCode? Division
    {
        get
        {
            var digits = Digits;
            return KindOf(digits) == ResidentIdKind.ForeignPermanentResident
                ? null
                : new DivisionCode((int)(digits / 100_000_000_000));
        }
    }

    /// <summary>
    /// Gets the three-digit nationality code (digits 4 to 6) of a foreigner's permanent-residence number, or
    /// <see langword="null"/> for every other kind.
    /// </summary>
    public int? NationalityCode
    {
        get
        {
            var digits = Digits;
            return KindOf(digits) == ResidentIdKind.ForeignPermanentResident
                ? (int)(digits / 100_000_000_000 % 1_000)
                : null;
        }
    }

    /// <summary>
    /// Gets the place the number names: the division of first registration with its names at first registration (as
    /// the earliest revision in or after the year of birth that holds the code gives them) and now or last, and whether
    /// the code is retired; 香港, 澳门 or 台湾 for a residence permit; the province and nationality code of a foreigner's
    /// number. Looks the names up in the embedded table and allocates the result.
    /// </summary>
    public RegistrationPlace Place
    {
        get
        {
            var digits = Digits;
            var first6 = (int)(digits / 100_000_000_000);
            var kind = KindOf(digits);
            switch (kind)
            {
                case ResidentIdKind.ForeignPermanentResident:
                    var province = new DivisionCode(first6 / 1_000 % 100 * 10_000);
                    var names = DivisionTable.LatestNames(province.Value)!;
                    return new RegistrationPlace(kind, province, first6 % 1_000, names, names, null);
                case ResidentIdKind.HongKongResident or ResidentIdKind.MacaoResident or ResidentIdKind.TaiwanResident:
                    var region = new DivisionNames(kind switch { ResidentIdKind.HongKongResident => "香港", ResidentIdKind.MacaoResident => "澳门", _ => "台湾" }, null, null, null);
                    return new RegistrationPlace(kind, new DivisionCode(first6), null, region, region, null);
                default:
                    var birthYear = (int)(digits / 10_000_000 % 10_000);
                    return new RegistrationPlace(
                        kind, new DivisionCode(first6), null, DivisionTable.NamesAt(first6, birthYear)!, DivisionTable.LatestNames(first6)!, DivisionTable.RetiredBy(first6));
            }
        }
    }

    /// <summary>Gets the three-digit sequence number (digits 15 to 17).</summary>
    public int Sequence => (int)(Digits % 1_000);

    /// <summary>Gets the check character (the 18th): a digit or <c>X</c>.</summary>
    public char CheckCharacter => CheckCharacterOf(Digits);

    private ulong Digits => _digits != 0
        ? _digits
        : throw new InvalidOperationException("default(ResidentId) holds no identity number.");

    /// <summary>Gets the age in completed years on a given date.</summary>
    /// <param name="date">The date on which to measure the age; not before the birth date.</param>
    /// <returns>The number of whole years from the birth date to <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the birth date.</exception>
    public int AgeOn(LocalDate date)
    {
        var birth = BirthDate;
        if (date < birth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is before the birth date encoded in the identity number.");
        }

        return Period.Between(birth, date, PeriodUnits.Years).Years;
    }

    /// <summary>Parses an identity number, throwing when it is not valid.</summary>
    /// <param name="s">Exactly 18 characters: 17 digits, then a digit or <c>X</c> (<c>x</c> is accepted).</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidResidentIdException"><paramref name="s"/> is not a valid number; the message says why.</exception>
    public static ResidentId Parse(string s)
    {
        Guard.Against.Null(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses an identity number, throwing when it is not valid.</summary>
    /// <param name="s">Exactly 18 characters: 17 digits, then a digit or <c>X</c> (<c>x</c> is accepted).</param>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidResidentIdException"><paramref name="s"/> is not a valid number; the message says why.</exception>
    public static ResidentId Parse(ReadOnlySpan<char> s)
    {
        var error = ParseCore(s, ResidentIdValidationOptions.Default, out var id, out var expected);
        return error == ResidentIdError.None ? id : throw new InvalidResidentIdException(error, ExpectedOrNull(error, expected));
    }

    /// <summary>Tries to parse an identity number. Never throws.</summary>
    /// <param name="s">The text; <see langword="null"/> is not a number.</param>
    /// <param name="id">The number, or <c>default</c> when the text is not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ResidentId id)
    {
        if (s is null)
        {
            id = default;
            return false;
        }

        return TryParse(s.AsSpan(), out id);
    }

    /// <summary>Tries to parse an identity number from characters. Never throws and never allocates.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="id">The number, or <c>default</c> when the text is not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ResidentId id) => TryParseCore(s, out id);

    /// <summary>Tries to parse an identity number from UTF-8 bytes. Never throws and never allocates.</summary>
    /// <param name="utf8">The UTF-8 bytes.</param>
    /// <param name="id">The number, or <c>default</c> when the bytes are not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ResidentId id) => TryParseCore(utf8, out id);

    /// <summary>Tries to parse an identity number under the given options. Never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="id">The number, or <c>default</c> when the text is not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid number under <paramref name="options"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, ResidentIdValidationOptions options, out ResidentId id) =>
        ParseCore(s, options, out id, out _) == ResidentIdError.None;

    /// <summary>Tells why characters are not a valid identity number.</summary>
    /// <param name="s">The characters.</param>
    /// <returns><see cref="ResidentIdError.None"/> for a valid number, else the first part that is wrong.</returns>
    public static ResidentIdError Validate(ReadOnlySpan<char> s) =>
        ParseCore(s, ResidentIdValidationOptions.Default, out _, out _);

    /// <summary>Tells why characters are not a valid identity number, and which check character was expected.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="expectedCheckCharacter">
    /// When the result is <see cref="ResidentIdError.CheckCharacter"/>, the check character that the first 17 digits
    /// call for; otherwise <c>'\0'</c>.
    /// </param>
    /// <returns><see cref="ResidentIdError.None"/> for a valid number, else the first part that is wrong.</returns>
    public static ResidentIdError Validate(ReadOnlySpan<char> s, out char expectedCheckCharacter) =>
        ParseCore(s, ResidentIdValidationOptions.Default, out _, out expectedCheckCharacter);

    /// <summary>Tells why characters are not a valid identity number under the given options.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="expectedCheckCharacter">For a wrong check character, the expected one; otherwise <c>'\0'</c>.</param>
    /// <returns><see cref="ResidentIdError.None"/> for a valid number, else the first part that is wrong.</returns>
    public static ResidentIdError Validate(ReadOnlySpan<char> s, ResidentIdValidationOptions options, out char expectedCheckCharacter) =>
        ParseCore(s, options, out _, out expectedCheckCharacter);

    /// <summary>Tells why UTF-8 bytes are not a valid identity number.</summary>
    /// <param name="utf8">The UTF-8 bytes.</param>
    /// <returns><see cref="ResidentIdError.None"/> for a valid number, else the first part that is wrong.</returns>
    public static ResidentIdError Validate(ReadOnlySpan<byte> utf8) =>
        ParseCore(utf8, ResidentIdValidationOptions.Default, out _, out _);

    /// <summary>
    /// Tells why a 15-digit number of the kind issued before 1999 (6-digit division, YYMMDD birth date in the
    /// 1900s, 3-digit sequence, no check character) is not valid.
    /// </summary>
    /// <param name="legacy">The 15 characters.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <returns><see cref="ResidentIdError.None"/> when it is valid, else the first part that is wrong.</returns>
    public static ResidentIdError ValidateLegacy(ReadOnlySpan<char> legacy, ResidentIdValidationOptions options = default) =>
        UpgradeCore(legacy, options, out _);

    /// <summary>
    /// Tries to upgrade a valid 15-digit number to its 18-character form: <c>19</c> is inserted before the
    /// two-digit year and the check character is appended. <see cref="TryParse(string?, out ResidentId)"/> never
    /// accepts 15 digits; this is the only way in for them.
    /// </summary>
    /// <param name="legacy">The 15 characters.</param>
    /// <param name="id">The upgraded number, or <c>default</c> when the input is not a valid 15-digit number.</param>
    /// <returns><see langword="true"/> when the input was valid and was upgraded.</returns>
    public static bool TryUpgradeLegacy(ReadOnlySpan<char> legacy, out ResidentId id) =>
        UpgradeCore(legacy, ResidentIdValidationOptions.Default, out id) == ResidentIdError.None;

    /// <summary>Upgrades a valid 15-digit number to its 18-character form, throwing when it is not valid.</summary>
    /// <param name="legacy">The 15 characters.</param>
    /// <returns>The upgraded number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="legacy"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidResidentIdException">The input is not a valid 15-digit number; the message says why.</exception>
    public static ResidentId UpgradeLegacy(string legacy)
    {
        Guard.Against.Null(legacy);
        var error = UpgradeCore(legacy, ResidentIdValidationOptions.Default, out var id);
        return error == ResidentIdError.None ? id : throw new InvalidResidentIdException(error);
    }

    /// <summary>Computes the ISO 7064 MOD 11-2 check character of 17 digits.</summary>
    /// <param name="first17">Exactly 17 ASCII digits.</param>
    /// <returns>The check character: a digit or <c>X</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        Guard.Against.NotSeventeenDigits(first17);
        ulong digits = 0;
        foreach (var c in first17)
        {
            digits = (digits * 10) + (uint)(c - '0');
        }

        return CheckCharacterOf(digits);
    }

    /// <summary>Writes the full, unmasked number. Personal data: never log or display it without need.</summary>
    /// <returns>The 18 characters of the number.</returns>
    public string RevealFull() => string.Create(Length, this, static (span, id) => id.WriteFull(span));

    /// <summary>Writes the masked number (birth date and sequence hidden), safe for logs and displays.</summary>
    /// <returns>The masked number, or <c>(empty)</c> for <c>default(ResidentId)</c>.</returns>
    public override string ToString() =>
        IsEmpty ? "(empty)" : string.Create(MaskedLength, this, static (span, id) => id.WriteMasked(span));

    /// <summary>Formats the number: <c>"M"</c> (or no format) masked, <c>"F"</c> full.</summary>
    /// <param name="format"><see langword="null"/>, empty or <c>"M"</c> for masked; <c>"F"</c> for the full number.</param>
    /// <param name="formatProvider">Ignored: the number has no culture-specific form.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        IsFull(format) ? RevealFull() : ToString();

    /// <summary>Formats the number into characters: <c>"M"</c> (or no format) masked, <c>"F"</c> full.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"M"</c> for masked; <c>"F"</c> for the full number.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var full = IsFull(format);
        if (destination.Length < Length || IsEmpty)
        {
            charsWritten = 0;
            return IsEmpty;
        }

        if (full)
        {
            WriteFull(destination);
        }
        else
        {
            WriteMasked(destination);
        }

        charsWritten = Length;
        return true;
    }

    /// <summary>Formats the number into UTF-8 bytes: <c>"M"</c> (or no format) masked, <c>"F"</c> full.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty or <c>"M"</c> for masked; <c>"F"</c> for the full number.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8Destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> chars = stackalloc char[Length];
        if (!TryFormat(chars, out var written, format, provider))
        {
            bytesWritten = 0;
            return false;
        }

        if (utf8Destination.Length < written)
        {
            bytesWritten = 0;
            return false;
        }

        for (var i = 0; i < written; i++)
        {
            utf8Destination[i] = (byte)chars[i];
        }

        bytesWritten = written;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ResidentId other) => _digits == other._digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResidentId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _digits.GetHashCode();

    /// <summary>Compares two numbers in the order of their digits.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Negative, zero or positive as this number sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ResidentId other) => _digits.CompareTo(other._digits);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ResidentId other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ResidentId)}.", nameof(obj)),
    };

    /// <summary>Determines whether two numbers are equal.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the numbers are equal.</returns>
    public static bool operator ==(ResidentId left, ResidentId right) => left.Equals(right);

    /// <summary>Determines whether two numbers differ.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the numbers differ.</returns>
    public static bool operator !=(ResidentId left, ResidentId right) => !left.Equals(right);

    /// <summary>Determines whether one number sorts before another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ResidentId left, ResidentId right) => left._digits < right._digits;

    /// <summary>Determines whether one number sorts after another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ResidentId left, ResidentId right) => left._digits > right._digits;

    /// <summary>Determines whether one number sorts before or with another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(ResidentId left, ResidentId right) => left._digits <= right._digits;

    /// <summary>Determines whether one number sorts after or with another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(ResidentId left, ResidentId right) => left._digits >= right._digits;

    /// <inheritdoc/>
    static ResidentId IParsable<ResidentId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<ResidentId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ResidentId result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static ResidentId ISpanParsable<ResidentId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<ResidentId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ResidentId result) =>
        TryParse(s, out result);

    /// <summary>Creates a number from its first 17 digits packed as an integer, already known to be valid.</summary>
    internal static ResidentId FromValidDigits(ulong digits) => new(digits);

    /// <summary>Gets the first 17 digits packed as an integer (0 for <c>default</c>).</summary>
    internal ulong PackedDigits => _digits;

    /// <summary>
    /// The shared parser under the default options, for characters and UTF-8 bytes: a yes or no, which the 128-bit path
    /// gives without a branch on the input (its digits are 0 for an invalid number).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParseCore<T>(ReadOnlySpan<T> s, out ResidentId id)
        where T : unmanaged, IBinaryInteger<T>
    {
        // A wrong length is answered here, not by a call: a call in a caller's loop would make it keep its vector
        // constants in memory, whatever the JIT learns of how often the call is made.
        if (s.Length != Length)
        {
            id = default;
            return false;
        }

        if (!ResidentIdVector.IsSupported)
        {
            return ParseScalar(s, ResidentIdValidationOptions.Default, out id, out _) == ResidentIdError.None;
        }

        ref var first = ref MemoryMarshal.GetReference(s);
        var valid = typeof(T) == typeof(byte)
            ? ResidentIdVector.IsValid18(ref Unsafe.As<T, byte>(ref first), out var digits)
            : ResidentIdVector.IsValid18(ref Unsafe.As<T, char>(ref first), out digits);
        id = new ResidentId(digits);
        return valid;
    }

    /// <summary>The shared parser for characters and UTF-8 bytes: the 128-bit path where the machine has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ResidentIdError ParseCore<T>(ReadOnlySpan<T> s, in ResidentIdValidationOptions options, out ResidentId id, out char expectedCheckCharacter)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (s.Length != Length || !ResidentIdVector.IsSupported)
        {
            return ParseScalar(s, options, out id, out expectedCheckCharacter);
        }

        ref var first = ref MemoryMarshal.GetReference(s);
        var error = typeof(T) == typeof(byte)
            ? ResidentIdVector.Validate18(ref Unsafe.As<T, byte>(ref first), options, out var digits, out var sum)
            : ResidentIdVector.Validate18(ref Unsafe.As<T, char>(ref first), options, out digits, out sum);
        id = new ResidentId(digits);
        expectedCheckCharacter = error == ResidentIdError.CheckCharacter ? ResidentIdRules.CheckCharacterFor(ResidentIdRules.CheckValueOf(sum)) : '\0';
        return error;
    }

    /// <summary>The parser one character at a time, for machines without SSSE3 (and tests, to compare).</summary>
    internal static ResidentIdError ParseScalar<T>(ReadOnlySpan<T> s, in ResidentIdValidationOptions options, out ResidentId id, out char expectedCheckCharacter)
        where T : unmanaged, IBinaryInteger<T>
    {
        id = default;
        expectedCheckCharacter = '\0';
        if (s.Length != Length)
        {
            return ResidentIdError.Length;
        }

        ulong digits = 0;
        uint sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var d = uint.CreateTruncating(s[i]) - '0';
            if (d > 9)
            {
                return ResidentIdError.Character;
            }

            digits = (digits * 10) + d;
            sum += d * ResidentIdRules.Weights[i];
        }

        var last = uint.CreateTruncating(s[17]);
        uint check;
        if (last - '0' <= 9)
        {
            check = last - '0';
        }
        else if ((last | 0x20) == 'x')
        {
            check = 10;
        }
        else
        {
            return ResidentIdError.Character;
        }

        var error = ResidentIdRules.CheckFields(digits, options);
        if (error != ResidentIdError.None)
        {
            return error;
        }

        var expected = ResidentIdRules.CheckValueOf(sum);
        if (expected != check)
        {
            expectedCheckCharacter = ResidentIdRules.CheckCharacterFor(expected);
            return ResidentIdError.CheckCharacter;
        }

        id = new ResidentId(digits);
        return ResidentIdError.None;
    }

    private static ResidentIdError UpgradeCore(ReadOnlySpan<char> legacy, in ResidentIdValidationOptions options, out ResidentId id)
    {
        id = default;
        if (legacy.Length != LegacyLength)
        {
            return ResidentIdError.Length;
        }

        ulong digits = 0;
        for (var i = 0; i < LegacyLength; i++)
        {
            var d = (uint)(legacy[i] - '0');
            if (d > 9)
            {
                return ResidentIdError.Character;
            }

            // Insert the century 19 before the two-digit year (positions 7 and 8).
            digits = i == 6 ? (((digits * 10) + 1) * 10) + 9 : digits;
            digits = (digits * 10) + d;
        }

        if (digits / 1_000_000_000_000_000 >= 90)
        {
            // A leading 9 is a 2023 permanent-residence number, which never had a 15-digit form.
            return ResidentIdError.Province;
        }

        var error = ResidentIdRules.CheckFields(digits, options);
        if (error == ResidentIdError.None)
        {
            id = new ResidentId(digits);
        }

        return error;
    }

    private static char? ExpectedOrNull(ResidentIdError error, char expected) =>
        error == ResidentIdError.CheckCharacter ? expected : null;

    private static ResidentIdKind KindOf(ulong digits)
    {
        var province = (int)(digits / 1_000_000_000_000_000);
        return province switch
        {
            >= 90 => ResidentIdKind.ForeignPermanentResident,
            81 => ResidentIdKind.HongKongResident,
            82 => ResidentIdKind.MacaoResident,
            83 => ResidentIdKind.TaiwanResident,
            _ => ResidentIdKind.Citizen,
        };
    }

    private static char CheckCharacterOf(ulong digits)
    {
        uint sum = 0;
        for (var i = 16; i >= 0; i--)
        {
            sum += (uint)(digits % 10) * ResidentIdRules.Weights[i];
            digits /= 10;
        }

        return ResidentIdRules.CheckCharacterFor(ResidentIdRules.CheckValueOf(sum));
    }

    private static bool IsFull(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "M" or "m")
        {
            return false;
        }

        if (format is "F" or "f")
        {
            return true;
        }

        throw new FormatException($"The format '{format}' is not supported for an identity number: use \"M\" (masked, the default) or \"F\" (full).");
    }

    private void WriteFull(Span<char> destination)
    {
        var digits = Digits;
        destination[17] = CheckCharacterOf(digits);
        for (var i = 16; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(digits % 10));
            digits /= 10;
        }
    }

    private void WriteMasked(Span<char> destination)
    {
        WriteFull(destination);
        destination[6..17].Fill(MaskCharacter);
    }
}
