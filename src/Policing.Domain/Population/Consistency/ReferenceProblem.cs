namespace Policing.Domain.Population.Consistency;

/// <summary>
/// A resident whose record names a household or a house that is not on the register. The resident is still
/// counted and still gets both verdicts; the problem is reported so that the register can be mended.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ReferenceProblem
{
    internal ReferenceProblem(PersonId resident, HouseholdId? unknownHousehold, HouseId? unknownHouse)
    {
        Resident = resident;
        UnknownHousehold = unknownHousehold;
        UnknownHouse = unknownHouse;
    }

    /// <summary>Gets the resident.</summary>
    public PersonId Resident { get; }

    /// <summary>Gets the registered household that is not on the register, if that is the problem.</summary>
    public HouseholdId? UnknownHousehold { get; }

    /// <summary>Gets the living house (or the registered household's house) that is not on the register, if that is the problem.</summary>
    public HouseId? UnknownHouse { get; }
}
