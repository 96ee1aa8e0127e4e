using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Identity;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Identity;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Identity;

/// <summary>The synthetic numbers come from the whole division history, retired codes included, and are valid in both modes.</summary>
public sealed class GeneratorHistoryTests
{
    private static readonly ResidentIdValidationOptions Strict = new() { DivisionCodeMode = DivisionCodeMode.Strict };

    private static readonly Arbitrary<(int Seed, ResidentIdKind Kind)> Draws =
        Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(Enum.GetValues<ResidentIdKind>())).ToArbitrary();

    [Property]
    public Property GeneratedValidNumbers_AreValidInBothModes()
    {
        return Prop.ForAll(Draws, d =>
        {
            var text = new ResidentIdGenerator(d.Seed).NextValidText(d.Kind);
            return ResidentId.Validate(text) == ResidentIdError.None
                && ResidentId.Validate(text, Strict, out _) == ResidentIdError.None
                && ResidentId.Parse(text).Kind == d.Kind;
        });
    }

    [Property]
    public Property GeneratedCitizens_UnderARetiredCode_AreBornNoLaterThanTheYearItWasRetiredBy()
    {
        return Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var id = new ResidentIdGenerator(seed).NextValid();
            var division = id.Division!.Value;
            return division.Exists && (division.RetiredBy is not { } year || id.BirthDate.Year <= year);
        });
    }

    [Fact]
    public void GeneratedCitizens_DrawRetiredCodes_AboutAsOftenAsTheTableHoldsThem()
    {
        var generator = new ResidentIdGenerator(20);
        var numbers = Enumerable.Range(0, 4_000).Select(_ => generator.NextValid()).ToList();
        var retired = numbers.Count(n => n.Place.IsRetired);
        var tableShare = DivisionCode.Known.Count(c => c.IsRetired && !c.IsProvinceLevel) / (double)DivisionCode.Known.Count(c => !c.IsProvinceLevel);

        Assert.InRange(retired / (double)numbers.Count, tableShare - 0.1, tableShare + 0.1);
        Assert.Contains(numbers, n => n.Division!.Value.RetiredBy < 2000);
    }

    [Fact]
    public void SyntheticCity_HoldsNumbersUnderTheRetiredDezhouCodes_ValidInBothModes()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 5_000, Seed = 3 });
        var numbers = city.PlantedResidents
            .Where(p => p.PersonId == PersonIdVerdict.Consistent)
            .Select(p => p.Resident.Number!.Value.RevealRecorded())
            .ToList();

        Assert.All(numbers, n => Assert.Equal(ResidentIdError.None, ResidentId.Validate(n.AsSpan(), Strict, out _)));
        var places = numbers.Select(n => ResidentId.Parse(n).Place).ToList();
        Assert.Contains(places, p => p.IsRetired && p.AtRegistration.Prefecture == "德州地区");
        Assert.Contains(places, p => !p.IsRetired && p.Latest.Prefecture == "德州市");
        Assert.All(numbers.Zip(places).Where(t => t.Second.IsRetired), t => Assert.True(ResidentId.Parse(t.First).BirthDate.Year <= t.Second.RetiredBy));
    }
}
