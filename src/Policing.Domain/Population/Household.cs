namespace Policing.Domain.Population;

/// <summary>A household (户) on the household register (户籍), registered at a house.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Household
{
    /// <summary>Initializes a household.</summary>
    /// <param name="id">The household's id.</param>
    /// <param name="registeredHouse">The house the household is registered at.</param>
    public Household(HouseholdId id, HouseId registeredHouse)
    {
        Id = id;
        RegisteredHouse = registeredHouse;
    }

    /// <summary>Gets the household's id.</summary>
    public HouseholdId Id { get; }

    /// <summary>Gets the house the household is registered at.</summary>
    public HouseId RegisteredHouse { get; }
}
