using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Tests.Population;

public sealed class RegisterTests
{
    [Fact]
    public void Register_ReportsEveryBrokenRecord_LeavesOutTheUnusable_AndKeepsTheRest()
    {
        var (s1, w1) = (new StationId("S1"), new OfficeId("W1"));
        var register = new Register(
            [new Station(s1, "一所"), new Station(s1, "又一所")],
            [new PoliceOffice(w1, s1, "一室"), new PoliceOffice(new OfficeId("W2"), new StationId("S9"), "二室")],
            [new Officer(new OfficerId("C1"), "一", s1, OfficerRole.Community), new Officer(default, "无", s1, OfficerRole.Community)],
            [new Beat(new BeatId("B1"), w1, "一", new OfficerId("C1")), new Beat(new BeatId("B2"), new OfficeId("W7"), "二", null)],
            [
                new House(new HouseId("H1"), new BeatId("B1"), string.Empty, HouseKind.Owner),
                new House(new HouseId("H2"), default, string.Empty, HouseKind.Owner),
                new House(new HouseId("H3"), new BeatId("B404"), string.Empty, HouseKind.Owner),
                new House(new HouseId("H1"), new BeatId("B2"), string.Empty, HouseKind.Owner),
            ],
            [new Household(new HouseholdId("F1"), new HouseId("H1")), new Household(new HouseholdId("F2"), new HouseId("H2")), new Household(default, new HouseId("H1"))],
            [
                new Resident(new PersonId("P1"), "甲") { Household = new HouseholdId("F1"), LivingHouse = new HouseId("H3") },
                new Resident(new PersonId("P1"), "乙") { Household = new HouseholdId("F9"), LivingHouse = new HouseId("H9") },
            ]);

        Assert.Equal(
            [
                "Station 'S1' at position 1: DuplicateId, left out",
                "Office 'W2' at position 1: UnknownStation 'S9'",
                "Officer with no id at position 1: MissingId, left out",
                "Beat 'B2' at position 1: UnknownOffice 'W7'",
                "House 'H2' at position 1: MissingBeat, left out",
                "House 'H3' at position 2: UnknownBeat 'B404'",
                "House 'H1' at position 3: DuplicateId, left out",
                "Household 'F2' at position 1: UnknownHouse 'H2'",
                "Household with no id at position 2: MissingId, left out",
                "Resident 'P1' at position 1: DuplicateId",
                "Resident 'P1' at position 1: UnknownHouse 'H9'",
                "Resident 'P1' at position 1: UnknownHousehold 'F9'",
            ],
            register.Problems.Select(p => p.ToString()));
        Assert.Equal(["H1", "H3"], register.Houses.Select(h => h.Id.Value));
        Assert.Equal(["F1", "F2"], register.Households.Select(h => h.Id.Value));
        Assert.Equal(2, register.Residents.Count);
        Assert.Single(register.Stations);
        Assert.Equal([("B2", AssignmentProblem.Uncovered)], register.Coverage.Findings.Select(f => (f.Beat.Value, f.Problem)));
    }

    [Fact]
    public void Register_RefusesNulls_NamingThePosition()
    {
        var house = new House(new HouseId("H1"), new BeatId("B1"), string.Empty, HouseKind.Owner);
        var houses = Assert.Throws<ArgumentNullException>(() => new Register([], [], [], [], [house, null!], [], []));
        Assert.Equal("houses", houses.ParamName);
        Assert.Contains("position 1", houses.Message, StringComparison.Ordinal);
        Assert.Equal("households", Assert.Throws<ArgumentNullException>(() => new Register([], [], [], [], [house], [null!], [])).ParamName);
        Assert.Equal("officers", Assert.Throws<ArgumentNullException>(() => new Register([], [], [null!], [], [], [], [])).ParamName);
        Assert.Equal("residents", Assert.Throws<ArgumentNullException>(() => new Register([], [], [], [], [], [], [null!])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new Register([], [], [], [], [], [], null!));
    }

    [Property]
    public Property Problems_AreThoseOfAPlainReading_AndEveryRecordIsKeptOrLeftOut()
    {
        // Ids drawn from small pools, some default, some references to nothing: every kind of problem on every list.
        var registers = Gen.Choose(0, 60).SelectMany(size => Gen.Choose(0, int.MaxValue).Select(seed => (Size: size, Seed: seed)));
        return Prop.ForAll(registers.ToArbitrary(), r => AssertPlainReading(r.Size, r.Seed));
    }

    [Fact]
    public void Problems_AreThoseOfAPlainReading_OnALargeRegister()
    {
        // Large enough for many blocks and stretches of the house and household tables.
        AssertPlainReading(40_000, 5);
    }

    private static void AssertPlainReading(int size, int seed)
    {
        var random = new Random(seed);
        var pool = Math.Max(1, size / 2);
        string? Id(string prefix) => random.Next(12) == 0 ? null : $"{prefix}{random.Next(pool)}";
        T Make<T>(string prefix, Func<string, T> make)
            where T : struct => Id(prefix) is { } text ? make(text) : default;
        var stations = Enumerable.Range(0, Math.Min(size, 5)).Select(_ => new Station(Make("S", t => new StationId(t)), string.Empty)).ToArray();
        var offices = Enumerable.Range(0, Math.Min(size, 8)).Select(_ => new PoliceOffice(Make("W", t => new OfficeId(t)), Make("S", t => new StationId(t)), string.Empty)).ToArray();
        var officers = Enumerable.Range(0, size / 4).Select(_ => new Officer(Make("C", t => new OfficerId(t)), string.Empty, Make("S", t => new StationId(t)), OfficerRole.Community)).ToArray();
        var beats = Enumerable.Range(0, size / 4).Select(_ => new Beat(Make("B", t => new BeatId(t)), Make("W", t => new OfficeId(t)), string.Empty, Make("C", t => new OfficerId(t)))).ToArray();
        var houses = Enumerable.Range(0, size).Select(_ => new House(Make("H", t => new HouseId(t)), Make("B", t => new BeatId(t)), string.Empty, HouseKind.Owner)).ToArray();
        var households = Enumerable.Range(0, size).Select(_ => new Household(Make("F", t => new HouseholdId(t)), Make("H", t => new HouseId(t)))).ToArray();
        var residents = Enumerable.Range(0, size).Select(i => new Resident(Make("P", t => new PersonId(t)), "名")
        {
            Household = random.Next(5) == 0 ? null : Make("F", t => new HouseholdId(t)),
            LivingHouse = random.Next(5) == 0 ? null : Make("H", t => new HouseId(t)),
        }).ToArray();

        var register = new Register(stations, offices, officers, beats, houses, households, residents);

        // The plain reading: a record with an id (and a house with a beat) is kept when it is the first with its id.
        var expected = new List<string>();
        List<T> Kept<T>(T[] records, RegisterRecord kind, Func<T, string?> id, Func<T, bool> usable)
        {
            var (kept, seen) = (new List<T>(), new HashSet<string>());
            for (var i = 0; i < records.Length; i++)
            {
                var text = id(records[i]);
                if (text is null)
                {
                    expected.Add($"{kind} {i} {RegisterProblemKind.MissingId}");
                }
                else if (!usable(records[i]))
                {
                    expected.Add($"{kind} {i} {RegisterProblemKind.MissingBeat}");
                }
                else if (!seen.Add(text))
                {
                    expected.Add($"{kind} {i} {RegisterProblemKind.DuplicateId}");
                }
                else
                {
                    kept.Add(records[i]);
                }
            }

            return kept;
        }

        void Refers<T>(T[] records, List<T> kept, RegisterRecord kind, Func<T, string?> reference, IEnumerable<string?> known, RegisterProblemKind problem)
            where T : class
        {
            var (set, keptSet) = (known.ToHashSet(), kept.ToHashSet(ReferenceEqualityComparer.Instance));
            for (var i = 0; i < records.Length; i++)
            {
                if (keptSet.Contains(records[i]) && (reference(records[i]) is not { } r || !set.Contains(r)))
                {
                    expected.Add($"{kind} {i} {problem}");
                }
            }
        }

        var keptStations = Kept(stations, RegisterRecord.Station, s => s.Id.Value, _ => true);
        var keptOffices = Kept(offices, RegisterRecord.Office, o => o.Id.Value, _ => true);
        var keptOfficers = Kept(officers, RegisterRecord.Officer, o => o.Id.Value, _ => true);
        var keptBeats = Kept(beats, RegisterRecord.Beat, b => b.Id.Value, _ => true);
        var keptHouses = Kept(houses, RegisterRecord.House, h => h.Id.Value, h => h.Beat.Value is not null);
        var keptHouseholds = Kept(households, RegisterRecord.Household, h => h.Id.Value, _ => true);
        Refers(offices, keptOffices, RegisterRecord.Office, o => o.Station.Value, keptStations.Select(s => s.Id.Value), RegisterProblemKind.UnknownStation);
        Refers(officers, keptOfficers, RegisterRecord.Officer, o => o.Station.Value, keptStations.Select(s => s.Id.Value), RegisterProblemKind.UnknownStation);
        Refers(beats, keptBeats, RegisterRecord.Beat, b => b.Office.Value, keptOffices.Select(o => o.Id.Value), RegisterProblemKind.UnknownOffice);
        Refers(houses, keptHouses, RegisterRecord.House, h => h.Beat.Value, keptBeats.Select(b => b.Id.Value), RegisterProblemKind.UnknownBeat);
        Refers(households, keptHouseholds, RegisterRecord.Household, h => h.RegisteredHouse.Value, keptHouses.Select(h => h.Id.Value), RegisterProblemKind.UnknownHouse);
        var (houseIds, householdIds) = (keptHouses.Select(h => h.Id.Value).ToHashSet(), keptHouseholds.Select(h => h.Id.Value).ToHashSet());
        var people = new HashSet<PersonId>();
        for (var i = 0; i < residents.Length; i++)
        {
            var r = residents[i];
            if (r.Id.Value is null)
            {
                expected.Add($"{RegisterRecord.Resident} {i} {RegisterProblemKind.MissingId}");
            }
            else if (!people.Add(r.Id))
            {
                expected.Add($"{RegisterRecord.Resident} {i} {RegisterProblemKind.DuplicateId}");
            }

            if (r.Household is { } household && !householdIds.Contains(household.Value))
            {
                expected.Add($"{RegisterRecord.Resident} {i} {RegisterProblemKind.UnknownHousehold}");
            }

            if (r.LivingHouse is { } house && !houseIds.Contains(house.Value))
            {
                expected.Add($"{RegisterRecord.Resident} {i} {RegisterProblemKind.UnknownHouse}");
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), register.Problems.Select(p => $"{p.Record} {p.Position} {p.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal(keptHouses, register.Houses);
        Assert.Equal(keptHouseholds, register.Households);
        Assert.Equal(keptBeats, register.Beats);

        // Counts add up: every record given is kept or left out, once.
        int LeftOut(RegisterRecord kind) => register.Problems.Count(p => p.Record == kind && p.IsLeftOut);
        Assert.Equal(stations.Length, register.Stations.Count + LeftOut(RegisterRecord.Station));
        Assert.Equal(offices.Length, register.Offices.Count + LeftOut(RegisterRecord.Office));
        Assert.Equal(officers.Length, register.Officers.Count + LeftOut(RegisterRecord.Officer));
        Assert.Equal(beats.Length, register.Beats.Count + LeftOut(RegisterRecord.Beat));
        Assert.Equal(houses.Length, register.Houses.Count + LeftOut(RegisterRecord.House));
        Assert.Equal(households.Length, register.Households.Count + LeftOut(RegisterRecord.Household));
        Assert.Equal(residents.Length, register.Residents.Count);
        Assert.Equal(0, LeftOut(RegisterRecord.Resident));
    }
}
