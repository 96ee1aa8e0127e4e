using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Identity;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Population;

public sealed class ConsistencyAnalyzerTests
{
    private static readonly CityOptions Defective = new()
    {
        Residents = 20_000,
        Seed = 3,
        ResidentsPerBeat = 2_500,
        NoNumberRate = 0.03,
        InvalidNumberRate = 0.03,
        SharedNumberRate = 0.03,
        DuplicateRecordRate = 0.03,
        MultipleNumbersRate = 0.03,
        NumberMismatchRate = 0.03,
        UnknownHouseRate = 0.03,
        LivesElsewhereRate = 0.05,
    };

    [Fact]
    public void Analyze_GeneratedCity_FindsExactlyThePlantedDefects()
    {
        var city = CityGenerator.Generate(Defective);
        var truth = city.PlantedResidents.ToDictionary(p => p.Resident.Id);

        var report = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false)).Analyze(city.Residents);

        Assert.Equal(Defective.Residents, report.Residents);
        foreach (var verdict in Enum.GetValues<PersonIdVerdict>())
        {
            Assert.True(truth.Values.Count(t => t.PersonId == verdict) > 0, $"The generator planted no {verdict}.");
            Assert.Equal(truth.Values.Count(t => t.PersonId == verdict), report.Overall.PersonId[verdict]);
        }

        foreach (var verdict in Enum.GetValues<PersonHouseVerdict>())
        {
            Assert.True(truth.Values.Count(t => t.PersonHouse == verdict) > 0, $"The generator planted no {verdict}.");
            Assert.Equal(truth.Values.Count(t => t.PersonHouse == verdict), report.Overall.PersonHouse[verdict]);
        }

        // Precision and recall per resident: every finding is planted, and every planted defect is a finding.
        var found = report.Findings.ToDictionary(f => f.Resident);
        foreach (var (id, planted) in truth)
        {
            var defective = planted.PersonId != PersonIdVerdict.Consistent || planted.PersonHouse != PersonHouseVerdict.Consistent;
            Assert.Equal(defective, found.ContainsKey(id));
            if (defective)
            {
                Assert.Equal(planted.PersonId, found[id].PersonId);
                Assert.Equal(planted.PersonHouse, found[id].PersonHouse);
            }
        }

        Assert.Empty(report.ReferenceProblems);
    }

    [Fact]
    public void Report_CountsAddUp_OverallAndPerBeat()
    {
        var city = CityGenerator.Generate(Defective with { Residents = 5_000 });
        var report = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false)).Analyze(city.Residents);

        Assert.Equal(report.Residents, report.Overall.PersonId.All.Sum(a => a.Value));
        Assert.Equal(report.Residents, report.Overall.PersonHouse.All.Sum(a => a.Value));
        Assert.Equal(report.Residents, report.Beats.Sum(b => b.Residents));
        foreach (var beat in report.Beats)
        {
            Assert.Equal(beat.Residents, beat.PersonHouse.Total);
        }

        foreach (var verdict in Enum.GetValues<PersonIdVerdict>())
        {
            Assert.Equal(report.Overall.PersonId[verdict], report.Beats.Sum(b => b.PersonId[verdict]));
        }

        Assert.Equal(city.Beats.Count, report.Beats.Count(b => b.Beat is not null));
        Assert.Equal(Rate.Of(report.Overall.PersonId[PersonIdVerdict.Consistent], report.Residents), report.PersonIdConsistency);
    }

    [Property]
    public Property Merge_AnySplitAnyOrder_GivesTheSameReport()
    {
        var city = CityGenerator.Generate(Defective with { Residents = 1_200 });
        var residents = city.Residents.ToArray();
        var analyzer = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false));
        var expected = Signature(analyzer.Analyze(residents));
        var splits = (from cuts in Gen.ListOf(Gen.Choose(0, residents.Length))
                      from seed in Gen.Choose(0, 1000)
                      select (Cuts: cuts.Distinct().Order().ToArray(), Seed: seed)).ToArbitrary();

        return Prop.ForAll(splits, split =>
        {
            var bounds = split.Cuts.Prepend(0).Append(residents.Length).ToArray();
            var parts = Enumerable.Range(0, bounds.Length - 1)
                .Select(i => analyzer.Accumulate(residents[bounds[i]..bounds[i + 1]]))
                .OrderBy(_ => new Random(split.Seed).Next())
                .ToList();
            var shuffled = parts.OrderBy(p => new Random(split.Seed + p.Residents.GetHashCode()).Next()).ToList();
            var leftFold = shuffled.Aggregate(analyzer.Empty, (a, p) => a.Merge(p));
            var rightFold = shuffled.AsEnumerable().Reverse().Aggregate(analyzer.Empty, (a, p) => p.Merge(a));
            return Signature(analyzer.Complete(leftFold)) == expected && Signature(analyzer.Complete(rightFold)) == expected;
        });
    }

    [Property]
    public Property Report_IsTheSame_WhateverOrderTheRegisterAndPopulationAreListedIn()
    {
        // The analysis guesses each id's place from the listing's order (the household after the last one found, the
        // house its household is registered at) and looks it up only when the guess misses. Listings in id order, in
        // no order, and sorted runs between moved records give the same report, unknown references included.
        var city = CityGenerator.Generate(Defective with { Residents = 3_000, Seed = 5 });
        var houses = city.Houses.Where((_, i) => i % 97 != 5).ToArray();
        var households = city.Households.ToArray();
        var residents = city.Residents
            .Select((r, i) => i % 89 == 7 ? r with { Household = new HouseholdId($"X{i}") } : i % 83 == 3 ? r with { LivingHouse = new HouseId($"Y{i}") } : r)
            .ToArray();
        var expected = Signature(new ConsistencyAnalyzer(Registers.Of(houses, households)).Analyze(residents));
        Assert.Contains("X7", expected, StringComparison.Ordinal);
        Assert.Contains("Y3", expected, StringComparison.Ordinal);
        var orders = (from seed in Gen.Choose(0, 1_000_000)
                      from moved in Gen.Elements(0, 1, 5, 20, 50, 100)
                      select (Seed: seed, Moved: moved)).ToArbitrary();

        return Prop.ForAll(orders, order =>
        {
            var random = new Random(order.Seed);
            var analyzer = new ConsistencyAnalyzer(Registers.Of(Reordered(houses, random, order.Moved), Reordered(households, random, order.Moved)));
            return Signature(analyzer.Analyze(Reordered(residents, random, order.Moved))) == expected;
        });

        // A listing with about a given percentage of its items swapped to random places, the rest where they were.
        static T[] Reordered<T>(T[] items, Random random, int percent)
        {
            var copy = (T[])items.Clone();
            for (var i = 0; i < copy.Length; i++)
            {
                if (random.Next(100) < percent)
                {
                    var j = random.Next(copy.Length);
                    (copy[i], copy[j]) = (copy[j], copy[i]);
                }
            }

            return copy;
        }
    }

    [Fact]
    public void Merge_WithEmpty_IsIdentity_AndOtherAnalyzersAreRefused()
    {
        var city = CityGenerator.Generate(Defective with { Residents = 300 });
        var analyzer = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false));
        var part = analyzer.Accumulate(city.Residents);

        Assert.Equal(Signature(analyzer.Complete(part)), Signature(analyzer.Complete(part.Merge(analyzer.Empty))));
        Assert.Equal(Signature(analyzer.Complete(part)), Signature(analyzer.Complete(analyzer.Empty.Merge(part))));
        var other = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false));
        Assert.Throws<ArgumentException>(() => part.Merge(other.Empty));
        Assert.Throws<ArgumentException>(() => other.Complete(part));
    }

    [Fact]
    public void EveryVerdict_HasAWorkedExample()
    {
        var register = new SmallRegister();
        var gen = new ResidentIdGenerator(1);
        var a = ResidentIdGenerator.Compose(new DivisionCode(371402), new LocalDate(1980, 5, 6), 11);
        var b = ResidentIdGenerator.Compose(new DivisionCode(371402), new LocalDate(1980, 5, 6), 13);
        var c = ResidentIdGenerator.Compose(new DivisionCode(371422), new LocalDate(1975, 1, 2), 22);
        var d = ResidentIdGenerator.Compose(new DivisionCode(371423), new LocalDate(1990, 3, 4), 31);
        var e = ResidentIdGenerator.Compose(new DivisionCode(371424), new LocalDate(1992, 7, 8), 42);
        Resident[] residents =
        [
            register.Person("p01", "王芳", null, new LocalDate(1980, 1, 1), Gender.Female),
            register.Person("p02", "李强", new RecordedIdNumber("110105194912310021"), null, null),
            register.Person("p03", "张伟", new RecordedIdNumber(c.RevealFull()), c.BirthDate, c.Gender),
            register.Person("p04", "刘洋", new RecordedIdNumber(c.RevealFull()), c.BirthDate, c.Gender),
            register.Person("p05", "陈静", new RecordedIdNumber(d.RevealFull()), d.BirthDate, d.Gender),
            register.Person("p06", " 陈 静 ", new RecordedIdNumber(d.RevealFull()), d.BirthDate, d.Gender),
            register.Person("p07", "杨磊", new RecordedIdNumber(a.RevealFull()), a.BirthDate, a.Gender),
            register.Person("p08", "杨磊", new RecordedIdNumber(b.RevealFull()), b.BirthDate, b.Gender),
            register.Person("p09", "赵敏", new RecordedIdNumber(e.RevealFull()), e.BirthDate.PlusDays(1), e.Gender),
            register.Person("p10", "周杰", new RecordedIdNumber(gen.NextValidText()), null, null),
        ];

        var report = register.Analyzer().Analyze(residents);
        var verdicts = report.Findings.ToDictionary(f => f.Resident.Value, f => f.PersonId);

        Assert.Equal(PersonIdVerdict.NoNumber, verdicts["p01"]);
        Assert.Equal(PersonIdVerdict.InvalidNumber, verdicts["p02"]);
        Assert.Equal(ResidentIdError.CheckCharacter, report.Findings.Single(f => f.Resident.Value == "p02").NumberError);
        Assert.Equal(PersonIdVerdict.SharedNumber, verdicts["p03"]);
        Assert.Equal(PersonIdVerdict.SharedNumber, verdicts["p04"]);
        Assert.Equal(PersonIdVerdict.DuplicateRecord, verdicts["p05"]);
        Assert.Equal(PersonIdVerdict.DuplicateRecord, verdicts["p06"]);
        Assert.Equal(PersonIdVerdict.MultipleNumbers, verdicts["p07"]);
        Assert.Equal(PersonIdVerdict.MultipleNumbers, verdicts["p08"]);
        Assert.Equal(PersonIdVerdict.NumberMismatch, verdicts["p09"]);
        Assert.Equal(1, report.Overall.PersonId[PersonIdVerdict.Consistent]);
        Assert.Equal(
            [PersonIdVerdict.SharedNumber, PersonIdVerdict.DuplicateRecord, PersonIdVerdict.MultipleNumbers],
            report.DefectGroups.Select(g => g.Kind));
        Assert.Equal([a, b], report.DefectGroups[2].Numbers);
        Assert.Equal(["p07", "p08"], report.DefectGroups[2].Residents.Select(r => r.Value));
    }

    [Fact]
    public void PersonHouseVerdicts_AndEmptyHouses_HaveWorkedExamples()
    {
        var register = new SmallRegister();
        Resident[] residents =
        [
            register.Person("p1", "甲", null, null, null) with { LivingHouse = null, Household = new HouseholdId("F1") },
            register.Person("p2", "乙", null, null, null) with { LivingHouse = new HouseId("H3"), Household = null },
            register.Person("p3", "丙", null, null, null) with { LivingHouse = new HouseId("H2"), Household = new HouseholdId("F1") },
            register.Person("p4", "丁", null, null, null) with { LivingHouse = new HouseId("H1"), Household = new HouseholdId("F1") },
        ];

        var report = register.Analyzer().Analyze(residents);
        var verdicts = report.Findings.ToDictionary(f => f.Resident.Value, f => f.PersonHouse);

        Assert.Equal(PersonHouseVerdict.Unknown, verdicts["p1"]);
        Assert.Equal(PersonHouseVerdict.NotRegisteredHere, verdicts["p2"]);
        Assert.Equal(PersonHouseVerdict.LivesElsewhere, verdicts["p3"]);
        Assert.Equal(PersonHouseVerdict.Consistent, verdicts["p4"]);
        Assert.Equal(["H4", "H5"], report.EmptyHouses.Select(h => h.Value));
        Assert.Equal(["H5"], report.EmptyRentalHouses.Select(h => h.Value));

        // p1 lives nowhere known, so is counted in the beat of the house they are registered at (H1, in B1).
        Assert.Equal(3, report.Of(new BeatId("B1"))!.Residents);
        Assert.Equal(1, report.Of(new BeatId("B2"))!.Residents);
        Assert.Equal(Rate.NoData, report.PersonIdConsistencyOf(new BeatId("B9")));
    }

    [Fact]
    public void EmptyHousesAndFindings_AreListedInIdOrder_WhateverTheRegistersOrder()
    {
        // The register and the residents both listed out of id order: the lists come out in id order all the same.
        House[] houses =
        [
            new(new HouseId("H9"), new BeatId("B1"), "9 Main St", HouseKind.Rental),
            new(new HouseId("H2"), new BeatId("B1"), "2 Main St", HouseKind.Owner),
            new(new HouseId("H7"), new BeatId("B2"), "7 Market St", HouseKind.Rental),
            new(new HouseId("H1"), new BeatId("B2"), "1 Market St", HouseKind.Owner),
            new(new HouseId("H5"), new BeatId("B2"), "5 Market St", HouseKind.Vacant),
        ];
        var analyzer = new ConsistencyAnalyzer(Registers.Of(houses, [new Household(new HouseholdId("F1"), new HouseId("H1"))]));
        Resident[] residents =
        [
            new(new PersonId("p3"), "丙") { Household = new HouseholdId("F1"), LivingHouse = new HouseId("H2") },
            new(new PersonId("p1"), "甲") { LivingHouse = new HouseId("H2") },
            new(new PersonId("p2"), "乙") { Household = new HouseholdId("F1"), LivingHouse = new HouseId("H1") },
        ];

        var report = analyzer.Analyze(residents);

        Assert.Equal(["H5", "H7", "H9"], report.EmptyHouses.Select(h => h.Value));
        Assert.Equal(["H7", "H9"], report.EmptyRentalHouses.Select(h => h.Value));
        Assert.Equal(["p1", "p2", "p3"], report.Findings.Select(f => f.Resident.Value));
        Assert.Equal(
            [PersonHouseVerdict.NotRegisteredHere, PersonHouseVerdict.Consistent, PersonHouseVerdict.LivesElsewhere],
            report.Findings.Select(f => f.PersonHouse));
    }

    [Fact]
    public void UnknownReferences_AreCountedAndReported_NeverDropped()
    {
        var register = new SmallRegister();
        Resident[] residents =
        [
            register.Person("p1", "甲", null, null, null) with { LivingHouse = new HouseId("H404"), Household = new HouseholdId("F1") },
            register.Person("p2", "乙", null, null, null) with { LivingHouse = new HouseId("H1"), Household = new HouseholdId("F404") },
            register.Person("p3", "丙", null, null, null) with { LivingHouse = null, Household = null },
        ];

        var report = register.Analyzer().Analyze(residents);

        Assert.Equal(3, report.Residents);
        Assert.Equal(2, report.ReferenceProblems.Count);
        Assert.Equal(new HouseId("H404"), report.ReferenceProblems[0].UnknownHouse);
        Assert.Equal(new HouseholdId("F404"), report.ReferenceProblems[1].UnknownHousehold);
        Assert.Equal(PersonHouseVerdict.NotRegisteredHere, report.Findings.Single(f => f.Resident.Value == "p2").PersonHouse);
        var unassigned = Assert.Single(report.Beats, b => b.Beat is null);
        Assert.Equal(1, unassigned.Residents);
    }

    [Fact]
    public void DefaultIds_AreReportedAsUnknownReferences_NotACrash()
    {
        // A default id (no text) is a reference to nothing: reported with the resident's record, the run goes on.
        var register = new SmallRegister();
        Resident[] residents =
        [
            register.Person("p1", "甲", null, null, null) with { LivingHouse = default(HouseId), Household = default(HouseholdId) },
            register.Person("p2", "乙", null, null, null),
        ];

        var report = register.Analyzer().Analyze(residents);

        Assert.Equal(2, report.Residents);
        var problem = Assert.Single(report.ReferenceProblems);
        Assert.Equal("p1", problem.Resident.Value);
        Assert.Equal(PersonHouseVerdict.Unknown, report.Findings.Single(f => f.Resident.Value == "p1").PersonHouse);
    }

    [Fact]
    public void Analyzer_RefusesNullResidents()
    {
        var house = new House(new HouseId("H1"), new BeatId("B1"), string.Empty, HouseKind.Owner);
        var analyzer = new ConsistencyAnalyzer(Registers.Of([house], [new Household(new HouseholdId("F1"), house.Id)]));
        Assert.Throws<ArgumentNullException>(() => analyzer.Analyze([null!]));
        Assert.Throws<ArgumentNullException>(() => analyzer.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => new ConsistencyAnalyzer(null!));
    }

    [Fact]
    public void HouseholdWithADefaultHouse_IsKept_AndItsMembersReportThatHouse()
    {
        var house = new House(new HouseId("H1"), new BeatId("B1"), string.Empty, HouseKind.Owner);
        var homeless = new Household(new HouseholdId("F1"), default);
        var report = new ConsistencyAnalyzer(Registers.Of([house], [homeless])).Analyze([new Resident(new PersonId("p1"), "甲") { Household = homeless.Id, LivingHouse = house.Id }]);
        Assert.Equal(PersonHouseVerdict.LivesElsewhere, Assert.Single(report.Findings).PersonHouse);
        Assert.Equal(default(HouseId), Assert.Single(report.ReferenceProblems).UnknownHouse);
    }

    [Fact]
    public void AnalyzeParallel_EqualsSequential()
    {
        var city = CityGenerator.Generate(Defective with { Residents = 70_000, Seed = 9 });
        var analyzer = new ConsistencyAnalyzer(Registers.Of(city, withResidents: false));

        var sequential = Signature(analyzer.Complete(analyzer.Accumulate(city.Residents)));

        // Held in an array or a list (read in place) or streamed (cut into chunks): the same report.
        Assert.Equal(sequential, Signature(analyzer.Analyze(city.Residents.ToArray(), 4)));
        Assert.Equal(sequential, Signature(analyzer.Analyze(city.Residents.ToList(), 3)));
        Assert.Equal(sequential, Signature(analyzer.Analyze(city.Residents.Select(r => r), 2)));
    }

    [Property]
    public Property PersonIdVerdicts_AgreeWithAPlainReading_OfTheRules_OnCrowdedPopulations()
    {
        // Few names and numbers for many records, so that shared numbers, duplicates and multiple numbers abound.
        var crowds = Gen.Choose(1, 40).SelectMany(size => Gen.Choose(0, int.MaxValue).Select(seed => (Size: size * 10, Seed: seed)));
        return Prop.ForAll(crowds.ToArbitrary(), crowd => AssertPlainReading(Crowd(crowd.Size, crowd.Seed)));
    }

    [Fact]
    public void PersonIdVerdicts_AgreeWithAPlainReading_OfTheRules_OnALargeCrowd()
    {
        // Large enough to be split into many partitions by both groupings.
        AssertPlainReading(Crowd(60_000, 11));
    }

    private static Resident[] Crowd(int size, int seed)
    {
        var random = new Random(seed);
        var generator = new ResidentIdGenerator(seed);
        var numbers = Enumerable.Range(0, Math.Max(2, size / 3)).Select(_ => generator.NextValid()).ToArray();
        var names = Enumerable.Range(0, Math.Max(2, size / 4)).Select(i => $"Name{i}").ToArray();
        return [.. Enumerable.Range(0, size).Select(i =>
        {
            var number = numbers[random.Next(numbers.Length)];
            var roll = random.Next(20);
            return new Resident(new PersonId($"P{i:D6}"), names[random.Next(names.Length)])
            {
                Number = roll switch
                {
                    0 => null,
                    1 => new RecordedIdNumber("11010119900307123"),
                    _ => new RecordedIdNumber(number.RevealFull()),
                },
                BirthDate = roll == 2 ? number.BirthDate.PlusDays(1) : number.BirthDate,
                Gender = number.Gender,
            };
        })];
    }

    private static void AssertPlainReading(Resident[] residents)
    {
        var report = new ConsistencyAnalyzer(Registers.Of([], [])).Analyze(residents);
        var valid = residents
            .Select(r => (Resident: r, Valid: r.Number is { } n && n.TryGetResidentId(out _), Key: $"{PersonNames.Normalize(r.Name)}|{r.BirthDate}|{r.Gender}"))
            .ToArray();
        var byNumber = valid.Where(v => v.Valid).ToLookup(v => v.Resident.Number!.Value);
        var byPerson = valid.Where(v => v.Valid).ToLookup(v => v.Key);
        var found = report.Findings.ToDictionary(f => f.Resident, f => f.PersonId);
        foreach (var (resident, isValid, key) in valid)
        {
            var expected = resident.Number is null ? PersonIdVerdict.NoNumber
                : !isValid ? PersonIdVerdict.InvalidNumber
                : byNumber[resident.Number.Value].Count() > 1
                    ? byNumber[resident.Number.Value].Select(v => v.Key).Distinct().Count() > 1 ? PersonIdVerdict.SharedNumber : PersonIdVerdict.DuplicateRecord
                : byPerson[key].Select(v => v.Resident.Number!.Value).Distinct().Count() > 1 ? PersonIdVerdict.MultipleNumbers
                : resident.Number.Value.TryGetResidentId(out var id) && resident.BirthDate != id.BirthDate ? PersonIdVerdict.NumberMismatch
                : PersonIdVerdict.Consistent;

            // Every resident here lives nowhere known, so every one is a finding.
            Assert.Equal(expected, found[resident.Id]);
        }
    }

    internal static string Signature(ConsistencyReport report) => ReportSignature.Of(report);

    /// <summary>A small register: beats B1 (houses H1, H2) and B2 (H3 rental, H4, H5 rental); household F1 at H1.</summary>
    private sealed class SmallRegister
    {
        private readonly House[] _houses =
        [
            new(new HouseId("H1"), new BeatId("B1"), "1 Main St", HouseKind.Owner),
            new(new HouseId("H2"), new BeatId("B1"), "2 Main St", HouseKind.Owner),
            new(new HouseId("H3"), new BeatId("B2"), "3 Market St", HouseKind.Rental),
            new(new HouseId("H4"), new BeatId("B2"), "4 Market St", HouseKind.Vacant),
            new(new HouseId("H5"), new BeatId("B2"), "5 Market St", HouseKind.Rental),
        ];

        public ConsistencyAnalyzer Analyzer() => new(Registers.Of(_houses, [new Household(new HouseholdId("F1"), new HouseId("H1"))]));

        public Resident Person(string id, string name, RecordedIdNumber? number, LocalDate? birth, Gender? gender) =>
            new(new PersonId(id), name) { Number = number, BirthDate = birth, Gender = gender, Household = new HouseholdId("F1"), LivingHouse = new HouseId("H1") };
    }
}
