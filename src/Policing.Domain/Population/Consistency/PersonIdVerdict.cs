namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The person-ID verdict (人号一致) of one resident: the first of these that applies, in declaration order. Every
/// resident gets exactly one.
/// </summary>
[ExhaustiveEnum]
public enum PersonIdVerdict : byte
{
    /// <summary>No number is recorded (黑户, or not yet collected).</summary>
    NoNumber = 0,

    /// <summary>The recorded number fails validation; the reason is kept beside the verdict.</summary>
    InvalidNumber = 1,

    /// <summary>The same number is recorded for two or more residents who are not the same person (一号多人 / 重号).</summary>
    SharedNumber = 2,

    /// <summary>The same person is recorded more than once under the same number (重复登记).</summary>
    DuplicateRecord = 3,

    /// <summary>The same person is suspected of holding two or more different valid numbers (一人多号): to be verified.</summary>
    MultipleNumbers = 4,

    /// <summary>The recorded birth date or gender disagrees with what the number encodes.</summary>
    NumberMismatch = 5,

    /// <summary>One person, one valid number, and the record agrees with it.</summary>
    Consistent = 6,
}
