namespace Policing.Domain.Identity;

/// <summary>
/// Why a string is not a valid identity number; <see cref="None"/> when it is. Values are checked in the order
/// they are declared, so the first part of the number that is wrong is the one reported.
/// </summary>
[ExhaustiveEnum]
public enum ResidentIdError : byte
{
    /// <summary>The number is valid.</summary>
    None = 0,

    /// <summary>The input is not exactly 18 characters long (15-digit numbers are accepted only by the legacy API).</summary>
    Length = 1,

    /// <summary>One of the first 17 characters is not an ASCII digit, or the 18th is neither a digit nor <c>X</c>.</summary>
    Character = 2,

    /// <summary>The first two digits do not name a province-level division (nor, after a leading 9, a province).</summary>
    Province = 3,

    /// <summary>
    /// The six-digit division code of first registration is in no revision of GB/T 2260 since 1980 (nor, for a permit,
    /// exactly 810000, 820000 or 830000).
    /// </summary>
    DivisionCode = 4,

    /// <summary>
    /// The division code exists, but (strict mode) was retired before the year of birth: nobody born that year can have
    /// been first registered under it (see <see cref="DivisionCodeMode.Strict"/>).
    /// </summary>
    DivisionCodeNotInForce = 5,

    /// <summary>The nationality code of a foreigner's permanent-residence number (digits 4 to 6) is not a known code.</summary>
    NationalityCode = 6,

    /// <summary>Digits 7 to 14 are not a real calendar date on or after 1900-01-01.</summary>
    BirthDate = 7,

    /// <summary>The birth date is after the reference date the caller gave.</summary>
    BirthDateAfterReference = 8,

    /// <summary>The 18th character is not the ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    CheckCharacter = 9,
}
