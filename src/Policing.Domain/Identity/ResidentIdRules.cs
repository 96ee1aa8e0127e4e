namespace Policing.Domain.Identity;

/// <summary>The fixed rules of GB 11643-1999 and GA 2102-2023 over the 17 digits of a number.</summary>
internal static class ResidentIdRules
{
    /// <summary>The ISO 7064 MOD 11-2 weights of positions 1 to 17.</summary>
    internal static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    internal const int MinimumBirthYear = 1900;

    /// <summary>The last year eight digits can write.</summary>
    internal const int MaximumBirthYear = 9999;

    /// <summary>The check value (0 to 10, 10 written X) for a weighted sum: "10X98765432"[sum mod 11].</summary>
    internal static uint CheckValueOf(uint weightedSum) => (12 - (weightedSum % 11)) % 11;

    internal static char CheckCharacterFor(uint checkValue) => checkValue == 10 ? 'X' : (char)('0' + checkValue);

    /// <summary>Checks the province, division, nationality and birth-date fields of 17 packed digits.</summary>
    internal static ResidentIdError CheckFields(ulong digits, in ResidentIdValidationOptions options)
    {
        var date = (int)(digits / 1_000 % 100_000_000);
        return CheckFields((int)(digits / 100_000_000_000), date / 10_000, date / 100 % 100, date % 100, options);
    }

    /// <summary>
    /// Checks the fields of a number given as its first six digits and its birth date: the one place where the
    /// province, division, nationality and date rules live, shared by the scalar and the vector parsers.
    /// </summary>
    internal static ResidentIdError CheckFields(int first6, int year, int month, int day, in ResidentIdValidationOptions options)
    {
        // The common case first: first six digits valid whatever the birth year, a plain date, no reference date.
        if (ResidentIdPrefixes.IsValid(first6, options.DivisionCodeMode) && options.NotAfter is null &&
            year >= MinimumBirthYear && (uint)(month - 1) < 12 && day >= 1 && day <= DaysInMonth(year, month))
        {
            return ResidentIdError.None;
        }

        var error = CheckPrefix(first6, year, options.DivisionCodeMode);
        if (error != ResidentIdError.None)
        {
            return error;
        }

        if (year < MinimumBirthYear || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return ResidentIdError.BirthDate;
        }

        if (options.NotAfter is { } notAfter &&
            (year > notAfter.Year || (year == notAfter.Year && (month > notAfter.Month || (month == notAfter.Month && day > notAfter.Day)))))
        {
            return ResidentIdError.BirthDateAfterReference;
        }

        return ResidentIdError.None;
    }

    /// <summary>
    /// Checks the first six digits of a number born in a year: the province, and the division code (lenient: in some
    /// revision since 1980; strict: also not retired before the year) or, for a foreigner's number, the province and
    /// the nationality code.
    /// </summary>
    internal static ResidentIdError CheckPrefix(int first6, int year, DivisionCodeMode mode)
    {
        var first2 = first6 / 10_000;
        if (first2 >= 90)
        {
            // GA 2102-2023: 9, a mainland province, a nationality code.
            var province = first6 / 1_000 % 100;
            if (province >= 71 || !Provinces.IsProvince(province))
            {
                return ResidentIdError.Province;
            }

            return DivisionTable.IsNationality(first6 % 1_000) ? ResidentIdError.None : ResidentIdError.NationalityCode;
        }

        if (!Provinces.IsProvince(first2))
        {
            return ResidentIdError.Province;
        }

        if (first2 is >= 81 and <= 83)
        {
            // Residence permits of Hong Kong, Macao and Taiwan residents carry exactly 810000, 820000 or 830000.
            return first6 == first2 * 10_000 ? ResidentIdError.None : ResidentIdError.DivisionCode;
        }

        if (!DivisionTable.IsKnown(first6))
        {
            return ResidentIdError.DivisionCode;
        }

        return mode == DivisionCodeMode.Strict && DivisionTable.IsRetiredBefore(first6, year)
            ? ResidentIdError.DivisionCodeNotInForce
            : ResidentIdError.None;
    }

    private static ReadOnlySpan<byte> MonthLengths => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>The number of days in a month (1 to 12) of a year of the Gregorian calendar.</summary>
    internal static int DaysInMonth(int year, int month) =>
        month == 2 && (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : MonthLengths[month - 1];
}
