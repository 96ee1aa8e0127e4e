namespace Policing.Domain.Population;

/// <summary>What is wrong with a record given to a <see cref="Register"/>.</summary>
[ExhaustiveEnum]
public enum RegisterProblemKind : byte
{
    /// <summary>The record has no id (a <c>default</c> one). A resident is kept; any other record is left out.</summary>
    MissingId = 0,

    /// <summary>The record's id is an earlier record's. A resident is kept; any other record is left out, the first kept.</summary>
    DuplicateId = 1,

    /// <summary>The house names no beat (a <c>default</c> id): it is left out.</summary>
    MissingBeat = 2,

    /// <summary>The office or officer names a station that is not on the register; the record is kept.</summary>
    UnknownStation = 3,

    /// <summary>The beat names a police office that is not on the register; the beat is kept.</summary>
    UnknownOffice = 4,

    /// <summary>The house lies in a beat that is not on the register; the house is kept.</summary>
    UnknownBeat = 5,

    /// <summary>The household is registered at, or the resident lives in, a house that is not on the register; the record is kept.</summary>
    UnknownHouse = 6,

    /// <summary>The resident is registered in a household that is not on the register; the resident is kept.</summary>
    UnknownHousehold = 7,
}
