using NodaTime;
using Policing.Domain.Identity;

namespace Policing.Domain.Population;

/// <summary>
/// A person of the actual population (实有人口) of a beat: registered here or not, numbered or not (黑户), as the
/// register records them. Every field but the id and the name may be unknown.
/// </summary>
/// <remarks>This type is immutable and is thread-safe. <see cref="ToString"/> masks the identity number.</remarks>
public sealed record Resident
{
    /// <summary>Initializes a resident.</summary>
    /// <param name="id">The person's id on the register.</param>
    /// <param name="name">The recorded name; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public Resident(PersonId id, string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Id = id;
        Name = name;
    }

    /// <summary>Gets the person's id on the register.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the recorded name.</summary>
    public string Name { get; }

    /// <summary>Gets the identity number as recorded, or <see langword="null"/> when none is (黑户).</summary>
    public RecordedIdNumber? Number { get; init; }

    /// <summary>Gets the birth date as recorded, or <see langword="null"/> when unknown.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets the gender as recorded, or <see langword="null"/> when unknown.</summary>
    public Gender? Gender { get; init; }

    /// <summary>
    /// Gets the household the person is registered in, or <see langword="null"/> when the person is not registered
    /// here (floating population, or registered nowhere).
    /// </summary>
    public HouseholdId? Household { get; init; }

    /// <summary>Gets the house the person actually lives in, or <see langword="null"/> when unknown.</summary>
    public HouseId? LivingHouse { get; init; }

    /// <summary>Gets the groups the person belongs to.</summary>
    public ResidentGroups Groups { get; init; }
}
