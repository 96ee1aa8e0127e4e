using Policing.Domain.Population;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Population;

/// <summary>Registers for the tests: a synthetic city's, or one of houses and households alone.</summary>
internal static class Registers
{
    /// <summary>The register of a synthetic city, with its residents or without (when they are streamed to the analysis).</summary>
    public static Register Of(SyntheticCity city, bool withResidents = true) =>
        new(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, withResidents ? city.Residents : []);

    /// <summary>A register of houses and households alone, for the consistency analysis.</summary>
    public static Register Of(IEnumerable<House> houses, IEnumerable<Household> households) => new([], [], [], [], houses, households, []);
}
