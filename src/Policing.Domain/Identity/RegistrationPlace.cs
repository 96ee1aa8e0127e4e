using System.Globalization;

namespace Policing.Domain.Identity;

/// <summary>
/// The place an identity number names (<see cref="ResidentId.Place"/>): the division of first registration with its
/// names as they were when the holder was first registered and as they are now (or were last), and whether its code
/// is retired. A residence permit names 香港, 澳门 or 台湾; a foreigner's permanent-residence number names its province
/// and carries its nationality code.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record RegistrationPlace
{
    internal RegistrationPlace(ResidentIdKind kind, DivisionCode division, int? nationalityCode, DivisionNames atRegistration, DivisionNames latest, int? retiredBy)
    {
        Kind = kind;
        Division = division;
        NationalityCode = nationalityCode;
        AtRegistration = atRegistration;
        Latest = latest;
        RetiredBy = retiredBy;
    }

    /// <summary>Gets the kind of number that names the place.</summary>
    public ResidentIdKind Kind { get; }

    /// <summary>
    /// Gets the division code: digits 1 to 6 of the number (810000, 820000 or 830000 for a permit), or for a
    /// foreigner's number the code of its province (digits 2 and 3, then 0000).
    /// </summary>
    public DivisionCode Division { get; }

    /// <summary>Gets the three-digit nationality code of a foreigner's number (digits 4 to 6), or <see langword="null"/> for every other kind.</summary>
    public int? NationalityCode { get; }

    /// <summary>
    /// Gets the names at first registration: those of the earliest revision dated in or after the year of birth that
    /// holds the code (a person born before the code was created was registered under it later), or of the code's first
    /// revision when the person was born after every revision holding it.
    /// </summary>
    public DivisionNames AtRegistration { get; }

    /// <summary>Gets the names in the newest revision that holds the code: the names of today, or the last ones of a retired code.</summary>
    public DivisionNames Latest { get; }

    /// <summary>Gets a value indicating whether the code is missing from the newest revision (2023): the division was abolished or renumbered.</summary>
    public bool IsRetired => RetiredBy is not null;

    /// <summary>
    /// Gets, for a retired code, the year of the first revision dated after the last one holding it (the code was retired
    /// by then), else <see langword="null"/>.
    /// </summary>
    public int? RetiredBy { get; }

    /// <summary>Returns the code and the names at first registration, with the retirement and the latest names when they differ.</summary>
    /// <returns>Such as <c>110221 北京市 昌平县 (retired by 1999)</c>.</returns>
    public override string ToString()
    {
        var text = Kind == ResidentIdKind.ForeignPermanentResident
            ? string.Create(CultureInfo.InvariantCulture, $"{Division} {AtRegistration} nationality {NationalityCode:D3}")
            : $"{Division} {AtRegistration}";
        if (RetiredBy is { } year)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" (retired by {year})");
        }

        var latest = Latest.ToString();
        return latest == AtRegistration.ToString() ? text : $"{text} (latest: {latest})";
    }
}
