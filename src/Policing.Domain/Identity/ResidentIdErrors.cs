namespace Policing.Domain.Identity;

/// <summary>Describes each <see cref="ResidentIdError"/> in a sentence that names the rule it broke.</summary>
public static class ResidentIdErrors
{
    /// <summary>Describes why a number is not valid, in English, without quoting the number.</summary>
    /// <param name="error">The reason.</param>
    /// <param name="expectedCheckCharacter">For a wrong check character, the expected one, when known.</param>
    /// <returns>A sentence naming the part of the number that is wrong and the rule it broke.</returns>
    public static string Describe(ResidentIdError error, char? expectedCheckCharacter = null) => error switch
    {
        ResidentIdError.None => "The identity number is valid.",
        ResidentIdError.Length => "The identity number must be exactly 18 characters (GB 11643-1999); 15-digit numbers need the legacy upgrade.",
        ResidentIdError.Character => "The identity number must be 17 ASCII digits followed by a digit or 'X'.",
        ResidentIdError.Province => "The first two digits of the identity number do not name a province-level division (GB/T 2260).",
        ResidentIdError.DivisionCode => "Digits 1 to 6 of the identity number are not a division code of any revision of GB/T 2260 since 1980.",
        ResidentIdError.DivisionCodeNotInForce => "Digits 1 to 6 of the identity number are a division code retired before the year of birth, under which nobody born then can have been registered (strict mode).",
        ResidentIdError.NationalityCode => "Digits 4 to 6 of the permanent-residence number are not a known nationality code (GA 2102-2023).",
        ResidentIdError.BirthDate => "Digits 7 to 14 of the identity number are not a real calendar date on or after 1900-01-01.",
        ResidentIdError.BirthDateAfterReference => "The birth date in the identity number is after the reference date given.",
        ResidentIdError.CheckCharacter => expectedCheckCharacter is { } c
            ? $"The 18th character of the identity number is not the ISO 7064 MOD 11-2 check character: '{c}' was expected."
            : "The 18th character of the identity number is not the ISO 7064 MOD 11-2 check character.",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown identity-number error."),
    };
}
