namespace Policing.Domain.Identity;

/// <summary>How the six-digit division code of first registration in an identity number is checked.</summary>
public enum DivisionCodeMode : byte
{
    /// <summary>
    /// The default: the code must be a county-level code that existed at any time. A person keeps the code of
    /// first registration for life, so codes retired since are still valid.
    /// </summary>
    Lenient = 0,

    /// <summary>The code must have been in force in the year of birth the number encodes.</summary>
    Strict = 1,
}
