using System.Collections.ObjectModel;
using System.Runtime.ExceptionServices;
using Policing.Domain.Beats;
using Policing.Domain.Internals;

namespace Policing.Domain.Population;

/// <summary>
/// The register (台账) a month is judged against: the stations, police offices, officers, beats, houses, households
/// and residents, each indexed once, with the coverage check of "one beat, one officer". The consistency analysis
/// and the activity context both read it.
/// </summary>
/// <remarks>
/// <para>Building a register never throws on its data: every broken record (no id, an id given twice, a house with
/// no beat, a reference to a record that is not on the register) is listed in <see cref="Problems"/>, with its list
/// and position. A record with no id or a repeated id, and a house with no beat, is left out (the first of a repeated
/// id is kept); a record with a broken reference is kept. Residents are all kept, since the consistency analysis
/// counts every record. A null in a list is a programming error, not data: it throws.</para>
/// <para>An instance is immutable once built and is thread-safe.</para>
/// </remarks>
public sealed class Register
{
    private const int ChunkSize = 1 << 15;

    private readonly House[] _houses;
    private readonly Household[] _households;
    private readonly Resident[] _residents;

    /// <summary>Builds a register, indexing every list once and reporting every broken record.</summary>
    /// <param name="stations">The police stations.</param>
    /// <param name="offices">The police offices, each under a station.</param>
    /// <param name="officers">The officers, each serving a station.</param>
    /// <param name="beats">The beats, each served by an office, with their responsible officers.</param>
    /// <param name="houses">The houses, each in a beat.</param>
    /// <param name="households">The households, each registered at a house.</param>
    /// <param name="residents">The residents, read once; pass none when the residents are streamed to the consistency analysis instead.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most to index on; <see langword="null"/> for all.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or holds a null (the message names its position).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public Register(
        IEnumerable<Station> stations,
        IEnumerable<PoliceOffice> offices,
        IEnumerable<Officer> officers,
        IEnumerable<Beat> beats,
        IEnumerable<House> houses,
        IEnumerable<Household> households,
        IEnumerable<Resident> residents,
        int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(beats);
        ArgumentNullException.ThrowIfNull(houses);
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(residents);
        var options = Scheduler.Options(Scheduler.Parts(maxDegreeOfParallelism));
        var problems = new List<RegisterProblem>();
        var (keptStations, _, stationIds) = Keep(stations, nameof(stations), RegisterRecord.Station, s => s.Id.Value, problems);
        var (keptOffices, officePositions, officeIds) = Keep(offices, nameof(offices), RegisterRecord.Office, o => o.Id.Value, problems);
        var (keptOfficers, officerPositions, _) = Keep(officers, nameof(officers), RegisterRecord.Officer, o => o.Id.Value, problems);
        var (keptBeats, beatPositions, beatIds) = Keep(beats, nameof(beats), RegisterRecord.Beat, b => b.Id.Value, problems);
        References(keptOffices, officePositions, RegisterRecord.Office, o => (o.Id.Value, o.Station.Value), stationIds, RegisterProblemKind.UnknownStation, problems);
        References(keptOfficers, officerPositions, RegisterRecord.Officer, o => (o.Id.Value, o.Station.Value), stationIds, RegisterProblemKind.UnknownStation, problems);
        References(keptBeats, beatPositions, RegisterRecord.Beat, b => (b.Id.Value, b.Office.Value), officeIds, RegisterProblemKind.UnknownOffice, problems);

        var houseArray = houses.ToArray();
        var householdArray = households.ToArray();
        var index = HouseIndex.Build(houseArray, householdArray, options, problems);
        int[]? housePositions = null, householdPositions = null;
        if (index.LeftOut)
        {
            // Only a register with broken houses or households is indexed twice: without the records left out.
            housePositions = [.. Enumerable.Range(0, houseArray.Length).Where(i => !index.LeftOutHouses.Contains(i))];
            householdPositions = [.. Enumerable.Range(0, householdArray.Length).Where(i => !index.LeftOutHouseholds.Contains(i))];
            (houseArray, householdArray) = ([.. housePositions.Select(i => houseArray[i])], [.. householdPositions.Select(i => householdArray[i])]);
            index = HouseIndex.Build(houseArray, householdArray, options, []);
        }

        (_houses, _households) = (houseArray, householdArray);
        (HouseTable, HouseholdTable, HouseBeats, HouseBeatNumbers, HouseholdHouses) = (index.Houses, index.Households, index.Beats, index.HouseBeat, index.HouseholdHouse);
        UnknownBeats(houseArray, index.Beats, beatIds, housePositions, problems);
        UnknownHouses(householdArray, index.HouseholdHouse, householdPositions, problems);

        _residents = residents.ToArray();
        (People, MustVisit) = IndexResidents(_residents, HouseTable, HouseholdTable, problems);

        Stations = keptStations.AsReadOnly();
        Offices = keptOffices.AsReadOnly();
        Officers = keptOfficers.AsReadOnly();
        Beats = keptBeats.AsReadOnly();
        Houses = Array.AsReadOnly(_houses);
        Households = Array.AsReadOnly(_households);
        Residents = Array.AsReadOnly(_residents);
        Coverage = BeatCoverage.Check(keptBeats, keptOfficers);
        problems.Sort(static (a, b) => a.Record != b.Record ? (int)a.Record - (int)b.Record : a.Position != b.Position ? a.Position.CompareTo(b.Position) : (int)a.Kind - (int)b.Kind);
        Problems = problems.AsReadOnly();
    }

    /// <summary>Gets the stations on the register, in the order given.</summary>
    public IReadOnlyList<Station> Stations { get; }

    /// <summary>Gets the police offices on the register, in the order given.</summary>
    public IReadOnlyList<PoliceOffice> Offices { get; }

    /// <summary>Gets the officers on the register, in the order given.</summary>
    public IReadOnlyList<Officer> Officers { get; }

    /// <summary>Gets the beats on the register, in the order given.</summary>
    public IReadOnlyList<Beat> Beats { get; }

    /// <summary>Gets the houses on the register, in the order given.</summary>
    public IReadOnlyList<House> Houses { get; }

    /// <summary>Gets the households on the register, in the order given.</summary>
    public IReadOnlyList<Household> Households { get; }

    /// <summary>Gets the residents on the register, every one given, in the order given.</summary>
    public IReadOnlyList<Resident> Residents { get; }

    /// <summary>Gets every broken record given, by list, then position, then kind of problem.</summary>
    public IReadOnlyList<RegisterProblem> Problems { get; }

    /// <summary>Gets whether every beat has exactly one responsible community officer (一区一警), and the beats of each.</summary>
    public CoverageReport Coverage { get; }

    /// <summary>Gets the houses by position, as <see cref="HouseTable"/> numbers them.</summary>
    internal House[] HouseArray => _houses;

    /// <summary>Gets the households by position, as <see cref="HouseholdTable"/> numbers them.</summary>
    internal Household[] HouseholdArray => _households;

    /// <summary>Gets the index of house ids, whose values are the houses' positions.</summary>
    internal StringIndex HouseTable { get; }

    /// <summary>Gets the index of household ids, whose values are the households' positions.</summary>
    internal StringIndex HouseholdTable { get; }

    /// <summary>Gets the beats the houses lie in, in id order: the beats a consistency report lists.</summary>
    internal BeatId[] HouseBeats { get; }

    /// <summary>Gets, for each house by position, the number of its beat in <see cref="HouseBeats"/>.</summary>
    internal int[] HouseBeatNumbers { get; }

    /// <summary>Gets, for each household by position, the position of the house it is registered at, or -1 when that house is not on the register.</summary>
    internal int[] HouseholdHouses { get; }

    /// <summary>Gets the ids of the residents.</summary>
    internal HashSet<PersonId> People { get; }

    /// <summary>Gets the households with a member of a must-visit group (五必访).</summary>
    internal HashSet<HouseholdId> MustVisit { get; }

    /// <summary>Keeps the records of a short list that have an id not seen before, with their positions as given and their ids; reports the others.</summary>
    private static (List<T> Kept, List<int> Positions, HashSet<string> Ids) Keep<T>(IEnumerable<T> items, string name, RegisterRecord record, Func<T, string?> idOf, List<RegisterProblem> problems)
        where T : class
    {
        var (kept, positions, ids) = (new List<T>(), new List<int>(), new HashSet<string>(StringComparer.Ordinal));
        var position = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(name, $"The {name} hold a null at position {position}.");
            }

            var id = idOf(item);
            if (id is null)
            {
                problems.Add(new RegisterProblem(record, position, null, RegisterProblemKind.MissingId, null));
            }
            else if (!ids.Add(id))
            {
                problems.Add(new RegisterProblem(record, position, id, RegisterProblemKind.DuplicateId, null));
            }
            else
            {
                kept.Add(item);
                positions.Add(position);
            }

            position++;
        }

        return (kept, positions, ids);
    }

    /// <summary>Reports the kept records of a short list whose reference (beside the record's own id) is not among some ids.</summary>
    private static void References<T>(List<T> kept, List<int> positions, RegisterRecord record, Func<T, (string? Id, string? Reference)> of, HashSet<string> ids, RegisterProblemKind kind, List<RegisterProblem> problems)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var (id, reference) = of(kept[i]);
            if (reference is null || !ids.Contains(reference))
            {
                problems.Add(new RegisterProblem(record, positions[i], id, kind, reference));
            }
        }
    }

    /// <summary>Reports the houses that lie in a beat not on the register (positions: where each was given, or null when none was left out); only a register with such beats reads its houses twice.</summary>
    private static void UnknownBeats(House[] houses, BeatId[] houseBeats, HashSet<string> beatIds, int[]? positions, List<RegisterProblem> problems)
    {
        var unknown = houseBeats.Where(b => !beatIds.Contains(b.Value)).Select(b => b.Value).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count == 0)
        {
            return;
        }

        for (var i = 0; i < houses.Length; i++)
        {
            if (unknown.Contains(houses[i].Beat.Value))
            {
                problems.Add(new RegisterProblem(RegisterRecord.House, positions?[i] ?? i, houses[i].Id.Value, RegisterProblemKind.UnknownBeat, houses[i].Beat.Value));
            }
        }
    }

    /// <summary>Reports the households registered at a house not on the register.</summary>
    private static void UnknownHouses(Household[] households, int[] householdHouse, int[]? positions, List<RegisterProblem> problems)
    {
        for (var i = 0; i < households.Length; i++)
        {
            if (householdHouse[i] < 0)
            {
                problems.Add(new RegisterProblem(RegisterRecord.Household, positions?[i] ?? i, households[i].Id.Value, RegisterProblemKind.UnknownHouse, households[i].RegisteredHouse.Value));
            }
        }
    }

    /// <summary>The residents' ids and the must-visit households, reporting residents with no id, a repeated id, or a household or house not on the register.</summary>
    private static (HashSet<PersonId> People, HashSet<HouseholdId> MustVisit) IndexResidents(Resident[] residents, StringIndex houses, StringIndex households, List<RegisterProblem> problems)
    {
        var people = new HashSet<PersonId>(residents.Length);
        var mustVisit = new HashSet<HouseholdId>();
        for (var i = 0; i < residents.Length; i++)
        {
            var resident = residents[i] ?? throw new ArgumentNullException(nameof(residents), $"The residents hold a null at position {i}.");
            var id = resident.Id.Value;
            if (id is null)
            {
                problems.Add(new RegisterProblem(RegisterRecord.Resident, i, null, RegisterProblemKind.MissingId, null));
            }
            else if (!people.Add(resident.Id))
            {
                problems.Add(new RegisterProblem(RegisterRecord.Resident, i, id, RegisterProblemKind.DuplicateId, null));
            }

            if (resident.Household is { } household)
            {
                if (household.Value is not { } key || households.Find(key) < 0)
                {
                    problems.Add(new RegisterProblem(RegisterRecord.Resident, i, id, RegisterProblemKind.UnknownHousehold, household.Value));
                }

                if ((resident.Groups & ResidentGroups.MustVisit) != 0)
                {
                    mustVisit.Add(household);
                }
            }

            if (resident.LivingHouse is { } house && (house.Value is not { } houseKey || houses.Find(houseKey) < 0))
            {
                problems.Add(new RegisterProblem(RegisterRecord.Resident, i, id, RegisterProblemKind.UnknownHouse, house.Value));
            }
        }

        return (people, mustVisit);
    }

    /// <summary>
    /// The houses and households indexed: the tables of their ids, the beats of the houses numbered in id order, and
    /// each household's registered house. The two tables and the beats' numbering are independent, each built on a
    /// core of its own; then every household learns the position of its registered house, a stretch a core.
    /// </summary>
    private sealed class HouseIndex
    {
        private HouseIndex(House[] houses, Household[] households)
        {
            Houses = new StringIndex(houses.Length);
            Households = new StringIndex(households.Length);
            HouseBeat = new int[houses.Length];
            HouseholdHouse = new int[households.Length];
        }

        internal StringIndex Houses { get; }

        internal StringIndex Households { get; }

        internal int[] HouseBeat { get; }

        internal int[] HouseholdHouse { get; }

        internal BeatId[] Beats { get; private set; } = [];

        internal HashSet<int> LeftOutHouses { get; } = [];

        internal HashSet<int> LeftOutHouseholds { get; } = [];

        internal bool LeftOut => LeftOutHouses.Count + LeftOutHouseholds.Count > 0;

        private List<RegisterProblem> HouseProblems { get; } = [];

        private List<RegisterProblem> HouseholdProblems { get; } = [];

        internal static HouseIndex Build(House[] houses, Household[] households, ParallelOptions options, List<RegisterProblem> problems)
        {
            var index = new HouseIndex(houses, households);
            try
            {
                Parallel.Invoke(options, () => index.IndexHouses(houses), () => index.IndexHouseholds(households), () => index.Beats = index.NumberBeats(houses));
                if (!index.LeftOut)
                {
                    Parallel.For(0, (households.Length + ChunkSize - 1) / ChunkSize, options, chunk =>
                    {
                        var start = chunk * ChunkSize;
                        index.ResolveRegisteredHouses(houses, households, start, Math.Min(ChunkSize, households.Length - start));
                    });
                }
            }
            catch (AggregateException ex)
            {
                ExceptionDispatchInfo.Throw(ex.Flatten().InnerExceptions[0]);
            }

            problems.AddRange(index.HouseProblems);
            problems.AddRange(index.HouseholdProblems);
            return index;
        }

        private void IndexHouses(House[] houses) => Index<House, HouseKey>(houses, Houses, RegisterRecord.House, HouseProblems, LeftOutHouses);

        private void IndexHouseholds(Household[] households) => Index<Household, HouseholdKey>(households, Households, RegisterRecord.Household, HouseholdProblems, LeftOutHouseholds);

        /// <summary>Adds every record's id to a table, its value the record's position; reports and leaves out a record with no id, a repeated id, or another flaw its key knows.</summary>
        private static void Index<T, TKey>(T[] records, StringIndex table, RegisterRecord record, List<RegisterProblem> problems, HashSet<int> leftOut)
            where T : class
            where TKey : IRecordKey<T>
        {
            const int Block = RegisterLookup.Block;
            Span<uint> hashes = stackalloc uint[Block];
            for (var i = 0; i < records.Length; i++)
            {
                // A block's slots are read before any is written, so that their cache misses overlap.
                if (i % Block == 0)
                {
                    for (var j = i; j < Math.Min(i + Block, records.Length); j++)
                    {
                        hashes[j - i] = records[j] is { } next && TKey.Id(next) is { } id ? table.Hash(id) : 0;
                    }

                    for (var j = 0; j < Math.Min(Block, records.Length - i); j++)
                    {
                        hashes[j] = table.Touch(hashes[j]);
                    }
                }

                var item = records[i] ?? throw new ArgumentNullException(TKey.List, $"The {TKey.List} hold a null at position {i}.");
                var key = TKey.Id(item);
                var problem = key is null ? RegisterProblemKind.MissingId
                    : TKey.Flaw(item) is { } flaw ? flaw
                    : !table.TryAdd(key, hashes[i % Block], i) ? RegisterProblemKind.DuplicateId
                    : (RegisterProblemKind?)null;
                if (problem is { } kind)
                {
                    problems.Add(new RegisterProblem(record, i, key, kind, null));
                    leftOut.Add(i);
                }
            }
        }

        /// <summary>Numbers the beats of the houses in id order, and gives every house its beat's number.</summary>
        private BeatId[] NumberBeats(House[] houses)
        {
            var beatIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var beats = new List<BeatId>();
            (string? Id, int Index) last = (null, -1);
            for (var i = 0; i < houses.Length; i++)
            {
                // A null house, or one with no id or beat, is left to IndexHouses to report.
                if (houses[i] is not { Beat.Value: not null } house)
                {
                    HouseBeat[i] = -1;
                    continue;
                }

                // Neighbouring houses often lie in one beat: the last beat is checked before the table.
                if (!string.Equals(house.Beat.Value, last.Id, StringComparison.Ordinal))
                {
                    ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(beatIndex, house.Beat.Value, out var known);
                    if (!known)
                    {
                        number = beats.Count;
                        beats.Add(house.Beat);
                    }

                    last = (house.Beat.Value, number);
                }

                HouseBeat[i] = last.Index;
            }

            // Beats are numbered in id order, so that the report lists them in that order.
            var order = Enumerable.Range(0, beats.Count).ToArray();
            var sorted = beats.ToArray();
            Array.Sort(sorted, order);
            var rank = new int[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                rank[order[r]] = r;
            }

            for (var i = 0; i < HouseBeat.Length; i++)
            {
                HouseBeat[i] = HouseBeat[i] < 0 ? -1 : rank[HouseBeat[i]];
            }

            return sorted;
        }

        /// <summary>Every household's registered house, for a stretch of the register, guessed as <see cref="RegisterLookup"/> says.</summary>
        private void ResolveRegisteredHouses(House[] register, Household[] households, int start, int count)
        {
            const int Block = RegisterLookup.Block;
            Span<string?> keys = new string?[Block];
            Span<int> found = stackalloc int[Block];
            var house = -1;
            var policy = default(RegisterLookup.GuessPolicy);
            for (var block = start; block < start + count; block += Block)
            {
                var size = Math.Min(Block, start + count - block);
                var houses = HouseholdHouse.AsSpan(block, size);
                var missed = 0;
                for (var j = 0; j < size; j++)
                {
                    var key = households[block + j].RegisteredHouse.Value;
                    (keys[j], houses[j]) = (null, -1);
                    if (key is not null)
                    {
                        houses[j] = policy.On ? RegisterLookup.NearHouse(register, ref house, key) : -1;
                        if (houses[j] < 0)
                        {
                            keys[j] = key;
                            missed++;
                        }
                    }
                }

                if (missed > 0)
                {
                    house = RegisterLookup.Settle(Houses, keys[..size], houses, found, house);
                }

                policy.Record(size, missed);
            }
        }

        /// <summary>How a list's records are keyed in its table.</summary>
        private interface IRecordKey<in T>
        {
            /// <summary>Gets the name of the list, as the constructor's parameter.</summary>
            static abstract string List { get; }

            /// <summary>The record's id, or null when it has none.</summary>
            static abstract string? Id(T record);

            /// <summary>What else leaves the record out, if anything.</summary>
            static abstract RegisterProblemKind? Flaw(T record);
        }

        private readonly struct HouseKey : IRecordKey<House>
        {
            public static string List => "houses";

            public static string? Id(House record) => record.Id.Value;

            public static RegisterProblemKind? Flaw(House record) => record.Beat.Value is null ? RegisterProblemKind.MissingBeat : null;
        }

        private readonly struct HouseholdKey : IRecordKey<Household>
        {
            public static string List => "households";

            public static string? Id(Household record) => record.Id.Value;

            public static RegisterProblemKind? Flaw(Household record) => null;
        }
    }
}
