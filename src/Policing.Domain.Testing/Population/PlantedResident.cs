using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Testing.Population;

/// <summary>A generated resident with the verdicts the consistency analysis must give it: the ground truth.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record PlantedResident
{
    internal PlantedResident(Resident resident, PersonIdVerdict personId, PersonHouseVerdict personHouse)
    {
        Resident = resident;
        PersonId = personId;
        PersonHouse = personHouse;
    }

    /// <summary>Gets the resident as the register records them.</summary>
    public Resident Resident { get; }

    /// <summary>Gets the person-ID verdict that was planted.</summary>
    public PersonIdVerdict PersonId { get; }

    /// <summary>Gets the person-house verdict that was planted.</summary>
    public PersonHouseVerdict PersonHouse { get; }
}
