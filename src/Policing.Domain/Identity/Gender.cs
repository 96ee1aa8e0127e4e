namespace Policing.Domain.Identity;

/// <summary>
/// The gender a person is recorded with, or that an identity number encodes in the parity of its 17th digit
/// (odd for male, even for female).
/// </summary>
public enum Gender : byte
{
    /// <summary>Male (男): an odd 17th digit in an identity number.</summary>
    Male = 1,

    /// <summary>Female (女): an even 17th digit in an identity number.</summary>
    Female = 2,
}
