namespace Policing.Domain.Identity;

/// <summary>
/// The exception thrown when a string that must be an identity number is not one. Its message names the part
/// of the number that is wrong and never contains the number itself.
/// </summary>
public sealed class InvalidResidentIdException : FormatException
{
    /// <summary>Initializes a new exception for the given reason.</summary>
    /// <param name="error">Why the input is not a valid number; never <see cref="ResidentIdError.None"/>.</param>
    /// <param name="expectedCheckCharacter">For <see cref="ResidentIdError.CheckCharacter"/>, the character that was expected.</param>
    public InvalidResidentIdException(ResidentIdError error, char? expectedCheckCharacter = null)
        : base(ResidentIdErrors.Describe(error, expectedCheckCharacter))
    {
        Error = error;
        ExpectedCheckCharacter = expectedCheckCharacter;
    }

    /// <summary>Gets why the input is not a valid number.</summary>
    public ResidentIdError Error { get; }

    /// <summary>Gets, for a wrong check character, the character that the first 17 digits call for.</summary>
    public char? ExpectedCheckCharacter { get; }
}
