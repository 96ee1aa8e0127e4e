using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Testing.Population;

/// <summary>
/// A generated city: its stations, offices, officers, beats, houses and households, and its residents streamed
/// lazily with the verdicts planted in them. Enumerating the residents twice gives the same residents.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class SyntheticCity
{
    private readonly Func<IEnumerable<PlantedResident>> _residents;

    internal SyntheticCity(
        CityOptions options,
        IReadOnlyList<Station> stations,
        IReadOnlyList<PoliceOffice> offices,
        IReadOnlyList<Officer> officers,
        IReadOnlyList<Beat> beats,
        IReadOnlyList<House> houses,
        IReadOnlyList<Household> households,
        Func<IEnumerable<PlantedResident>> residents)
    {
        Options = options;
        Stations = stations;
        Offices = offices;
        Officers = officers;
        Beats = beats;
        Houses = houses;
        Households = households;
        _residents = residents;
    }

    /// <summary>Gets the options the city was generated with.</summary>
    public CityOptions Options { get; }

    /// <summary>Gets the police stations.</summary>
    public IReadOnlyList<Station> Stations { get; }

    /// <summary>Gets the police offices.</summary>
    public IReadOnlyList<PoliceOffice> Offices { get; }

    /// <summary>Gets the officers: one community officer per beat, and auxiliaries at every office.</summary>
    public IReadOnlyList<Officer> Officers { get; }

    /// <summary>Gets the beats, each with its responsible community officer.</summary>
    public IReadOnlyList<Beat> Beats { get; }

    /// <summary>Gets the houses: owner houses, rental houses and vacant houses.</summary>
    public IReadOnlyList<House> Houses { get; }

    /// <summary>Gets the households, each registered at its owner house.</summary>
    public IReadOnlyList<Household> Households { get; }

    /// <summary>Gets the residents with the verdicts planted in them, generated as they are read.</summary>
    public IEnumerable<PlantedResident> PlantedResidents => _residents();

    /// <summary>Gets the residents, generated as they are read.</summary>
    public IEnumerable<Resident> Residents => _residents().Select(p => p.Resident);
}
