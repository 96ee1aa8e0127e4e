using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Population;

/// <summary>The synthetic city's clean beats (<see cref="CityOptions.CleanBeats"/>): 100% person-ID consistency there, defects elsewhere as before.</summary>
public sealed class CleanBeatsTests
{
    private static readonly CityOptions Defective = new()
    {
        Residents = 12_000, ResidentsPerBeat = 2_000, NoNumberRate = 0.03, InvalidNumberRate = 0.03, SharedNumberRate = 0.03,
        DuplicateRecordRate = 0.03, MultipleNumbersRate = 0.03, NumberMismatchRate = 0.03,
    };

    [Property]
    public Property CleanBeats_ArePersonIdConsistent_AndTheOthersKeepTheirDefects()
    {
        return Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (seed, clean) =>
        {
            var city = CityGenerator.Generate(Defective with { Seed = seed, CleanBeats = clean });
            var report = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false)).Analyze(city.Residents);
            var beats = report.Beats.Where(b => b.Beat is not null).ToDictionary(b => b.Beat!.Value);
            var cleanIds = city.Beats.Take(clean).Select(b => b.Id).ToHashSet();
            return city.Beats.All(b => beats[b.Id].Residents > 0
                    && (beats[b.Id].PersonIdConsistency.Numerator == beats[b.Id].Residents) == cleanIds.Contains(b.Id))
                && report.Residents == Defective.Residents;
        });
    }

    [Fact]
    public void CleanBeats_PlantFewerDefects_AndTheRestAsBefore()
    {
        var plain = CityGenerator.Generate(Defective).PlantedResidents.ToList();
        var clean = CityGenerator.Generate(Defective with { CleanBeats = 2 }).PlantedResidents.ToList();

        Assert.Equal(Defective.Residents, clean.Count);
        Assert.All(Enum.GetValues<PersonIdVerdict>().Where(v => v != PersonIdVerdict.Consistent), v => Assert.Contains(clean, p => p.PersonId == v));
        Assert.True(clean.Count(p => p.PersonId != PersonIdVerdict.Consistent) < plain.Count(p => p.PersonId != PersonIdVerdict.Consistent));
        Assert.Throws<ArgumentOutOfRangeException>(() => CityGenerator.Generate(Defective with { CleanBeats = -1 }));
    }
}
