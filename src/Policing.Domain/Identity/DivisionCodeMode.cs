namespace Policing.Domain.Identity;

/// <summary>How the six-digit division code of first registration in an identity number is checked.</summary>
/// <remarks>
/// A person keeps the code of the place of first registration for life, and was often registered long after birth:
/// numbers were first issued in 1984–85 to people born decades earlier, under the codes of that time, and a late
/// registration carries a code created after the birth. So no mode asks that the code was already in force in the
/// year of birth; the strict mode only rejects a code that was retired before it.
/// </remarks>
public enum DivisionCodeMode : byte
{
    /// <summary>
    /// The default: the code must be one that is in some revision of GB/T 2260 since 1980 (the embedded table), whether
    /// or not it is still in force.
    /// </summary>
    Lenient = 0,

    /// <summary>
    /// As <see cref="Lenient"/>, and the code must not have been retired before the year of birth: for a code missing
    /// from the newest revision, the year of birth must not be after the year of the first revision dated after the
    /// last one holding it (<see cref="DivisionCode.RetiredBy"/>), since nobody can be first registered under a code that
    /// no longer existed.
    /// </summary>
    Strict = 1,
}
