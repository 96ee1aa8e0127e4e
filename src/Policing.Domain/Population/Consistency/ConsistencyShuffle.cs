namespace Policing.Domain.Population.Consistency;

/// <summary>The two groupings across residents of the consistency analysis (<c>docs/scale.md</c>, passes 2 and 3).</summary>
public enum ConsistencyShuffle : byte
{
    /// <summary>The valid records grouped by packed number: a group of several is a duplicate record, of several persons a shared number.</summary>
    ByNumber = 1,

    /// <summary>The valid records grouped by person key: a person with several numbers holds multiple numbers.</summary>
    ByPersonKey = 2,
}
