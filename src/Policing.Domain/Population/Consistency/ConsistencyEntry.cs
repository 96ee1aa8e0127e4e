namespace Policing.Domain.Population.Consistency;

/// <summary>What the analysis keeps of one resident: 32 bytes, whatever the record held.</summary>
internal readonly record struct ConsistencyEntry(
    PersonId Person,
    ulong Number,
    ulong PersonKey,
    int Beat,
    NumberStatus Status,
    Identity.ResidentIdError Error,
    bool Mismatch,
    PersonHouseVerdict House);

/// <summary>What the record's number is, before the cross-resident checks.</summary>
internal enum NumberStatus : byte
{
    None = 0,
    Invalid = 1,
    Valid = 2,
}
