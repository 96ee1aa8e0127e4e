namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The person-house verdict (人房一致) of one resident: the first of these that applies, in declaration order.
/// Every resident gets exactly one.
/// </summary>
[ExhaustiveEnum]
public enum PersonHouseVerdict : byte
{
    /// <summary>No house the resident lives in is recorded, or the recorded house is not on the register.</summary>
    Unknown = 0,

    /// <summary>Lives at a known house but has no registered household here (registered elsewhere or nowhere).</summary>
    NotRegisteredHere = 1,

    /// <summary>Registered in a household whose house is not the one the resident lives in.</summary>
    LivesElsewhere = 2,

    /// <summary>Registered at the house the resident lives in.</summary>
    Consistent = 3,
}
