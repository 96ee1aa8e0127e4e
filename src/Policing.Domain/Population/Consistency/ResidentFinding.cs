using Policing.Domain.Beats;
using Policing.Domain.Identity;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The verdicts of one resident who is not consistent on at least one count, with the reason of an invalid
/// number and the beat the resident is counted in.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ResidentFinding
{
    internal ResidentFinding(PersonId resident, BeatId? beat, PersonIdVerdict personId, PersonHouseVerdict personHouse, ResidentIdError numberError)
    {
        Resident = resident;
        Beat = beat;
        PersonId = personId;
        PersonHouse = personHouse;
        NumberError = numberError;
    }

    /// <summary>Gets the resident.</summary>
    public PersonId Resident { get; }

    /// <summary>Gets the beat the resident is counted in, or <see langword="null"/> when unassigned.</summary>
    public BeatId? Beat { get; }

    /// <summary>Gets the person-ID verdict.</summary>
    public PersonIdVerdict PersonId { get; }

    /// <summary>Gets the person-house verdict.</summary>
    public PersonHouseVerdict PersonHouse { get; }

    /// <summary>Gets why the number is invalid, for <see cref="PersonIdVerdict.InvalidNumber"/>; otherwise <see cref="ResidentIdError.None"/>.</summary>
    public ResidentIdError NumberError { get; }
}
