using NodaTime;

namespace Policing.Domain.Identity;

/// <summary>
/// Options for validating an identity number beyond its fixed rules: a reference date that the birth date may not
/// be after (the library reads no clock, so only the caller can give "today"), and how strictly the division
/// code of first registration is checked.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct ResidentIdValidationOptions
{
    /// <summary>Gets the default options: no reference date, lenient division codes.</summary>
    public static ResidentIdValidationOptions Default => default;

    /// <summary>Gets the date that a valid birth date may not be after, or <see langword="null"/> for no such check.</summary>
    public LocalDate? NotAfter { get; init; }

    /// <summary>Gets how the six-digit division code of first registration is checked.</summary>
    public DivisionCodeMode DivisionCodeMode { get; init; }
}
