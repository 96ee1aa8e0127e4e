using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Internals;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// Measures the person-ID (人号一致) and person-house (人房一致) consistency of a population against a register of
/// houses and households. Residents are streamed: each is reduced to a compact entry, so ten million fit in well
/// under 2 GB, and all cores are used. Parts of the population can be accumulated apart and merged.
/// </summary>
/// <remarks>
/// <para>Verdict rules, the name normalisation and the limits of "same person" are in <c>docs/consistency.md</c>; the
/// verdicts are decided in one place, <c>ConsistencyRules</c>, from the facts this class gathers.</para>
/// <para>An instance holds only the register's lookups and is immutable: it is thread-safe.</para>
/// </remarks>
public sealed class ConsistencyAnalyzer
{
    private const int ChunkSize = 1 << 15;

    /// <summary>How many ids are looked up together, so that their cache misses overlap.</summary>
    private const int Block = RegisterLookup.Block;

    private readonly House[] _houses;
    private readonly StringIndex _houseIndex;
    private readonly int[] _houseBeat;
    private readonly BeatId[] _beats;
    private readonly Household[] _households;
    private readonly StringIndex _householdIndex;
    private readonly int[] _householdHouse;

    /// <summary>Initializes an analyzer over a register: its houses and households, indexed once when the register was built.</summary>
    /// <param name="register">The register. Its residents are not read: the population is given to <see cref="Analyze"/> or <see cref="Accumulate"/>, so that it can be streamed and split.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is <see langword="null"/>.</exception>
    public ConsistencyAnalyzer(Register register)
    {
        ArgumentNullException.ThrowIfNull(register);
        _houses = register.HouseArray;
        _houseIndex = register.HouseTable;
        _houseBeat = register.HouseBeatNumbers;
        _beats = register.HouseBeats;
        _households = register.HouseholdArray;
        _householdIndex = register.HouseholdTable;
        _householdHouse = register.HouseholdHouses;
    }

    /// <summary>Gets the state of an empty part of the population, the identity of <see cref="ConsistencyPartial.Merge"/>.</summary>
    public ConsistencyPartial Empty => new(this, [], new ulong[(_houses.Length + 63) / 64], []);

    /// <summary>Analyses a whole population on all cores.</summary>
    /// <param name="residents">The residents, streamed; each is read once.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residents"/> is <see langword="null"/>, or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public ConsistencyReport Analyze(IEnumerable<Resident> residents, int? maxDegreeOfParallelism = null) =>
        Complete(AccumulateParallel(residents, maxDegreeOfParallelism), maxDegreeOfParallelism);

    /// <summary>Accumulates one part of the population on the calling thread.</summary>
    /// <param name="residents">The residents of the part, streamed.</param>
    /// <returns>The part's state, to be merged with the other parts' and completed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residents"/> is <see langword="null"/>, or holds a null.</exception>
    [MustUseOutcome]
    public ConsistencyPartial Accumulate(IEnumerable<Resident> residents)
    {
        ArgumentNullException.ThrowIfNull(residents);
        var occupied = new ulong[(_houses.Length + 63) / 64];
        var chunks = new List<ConsistencyEntry[]>();
        var problems = new List<ReferenceProblem>();
        foreach (var chunk in residents.Chunk(ChunkSize))
        {
            chunks.Add(Reduce(chunk, occupied, problems));
        }

        return new ConsistencyPartial(this, chunks, occupied, problems);
    }

    /// <summary>Accumulates one part of the population on all cores.</summary>
    /// <param name="residents">The residents of the part, streamed.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <returns>The part's state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residents"/> is <see langword="null"/>, or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public ConsistencyPartial AccumulateParallel(IEnumerable<Resident> residents, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(residents);
        var options = Scheduler.Options(Scheduler.Parts(maxDegreeOfParallelism));

        // Residents held in an array or a list are read in place; any other sequence is cut into chunks as it streams.
        IReadOnlyList<Resident>? held = residents switch
        {
            Resident[] array => array,
            List<Resident> list => list,
            _ => null,
        };
        var count = held?.Count ?? 0;
        var chunks = held is null
            ? residents.Chunk(ChunkSize).Select((chunk, index) => (Index: index, Residents: (Resident[]?)chunk, Start: 0, Count: chunk.Length))
            : Enumerable.Range(0, (count + ChunkSize - 1) / ChunkSize).Select(index => (Index: index, Residents: (Resident[]?)null, Start: index * ChunkSize, Count: Math.Min(ChunkSize, count - (index * ChunkSize))));
        var entries = new ConcurrentDictionary<int, ConsistencyEntry[]>();
        var workers = new ConcurrentBag<(ulong[] Occupied, List<ReferenceProblem> Problems)>();
        try
        {
            // Each worker marks the houses lived in on its own bitmap, merged once at the end.
            Parallel.ForEach(
                chunks,
                options,
                () => (Occupied: new ulong[(_houses.Length + 63) / 64], Problems: new List<ReferenceProblem>()),
                (chunk, _, local) =>
                {
                    var span = chunk.Residents ?? (held switch
                    {
                        Resident[] array => array.AsSpan(chunk.Start, chunk.Count),
                        _ => System.Runtime.InteropServices.CollectionsMarshal.AsSpan((List<Resident>)held!).Slice(chunk.Start, chunk.Count),
                    });
                    entries[chunk.Index] = Reduce(span, local.Occupied, local.Problems);
                    return local;
                },
                workers.Add);
        }
        catch (AggregateException ex)
        {
            // Callers see the error a sequential run would give, not the parallel machinery's wrapper.
            ExceptionDispatchInfo.Throw(ex.Flatten().InnerExceptions[0]);
        }

        var merged = new ulong[(_houses.Length + 63) / 64];
        foreach (var (occupied, _) in workers)
        {
            for (var i = 0; i < merged.Length; i++)
            {
                merged[i] |= occupied[i];
            }
        }

        return new ConsistencyPartial(this, [.. entries.OrderBy(e => e.Key).Select(e => e.Value)], merged, [.. workers.SelectMany(w => w.Problems)]);
    }

    /// <summary>Finishes the analysis of the whole population: the cross-resident checks, the counts and the lists.</summary>
    /// <param name="whole">The merged state of every part of the population.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <returns>The report; the same for any split of the population, any order of merging and any number of cores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="whole"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="whole"/> comes from another analyzer.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public ConsistencyReport Complete(ConsistencyPartial whole, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(whole);
        var parts = Scheduler.Parts(maxDegreeOfParallelism);
        if (!ReferenceEquals(whole.Analyzer, this))
        {
            throw new ArgumentException("The state was accumulated by another analyzer, over another register.", nameof(whole));
        }

        return new ConsistencyCompletion(this, whole, parts).Run();
    }

    /// <summary>
    /// Finishes the analysis of the whole population from the groups the two shuffles found elsewhere (for example on
    /// the shards of a cluster, each owning a range of keys): the same report as <c>Complete</c>.
    /// </summary>
    /// <param name="whole">The merged state of every part of the population.</param>
    /// <param name="byNumber">The groups of the shuffle by number: at least every defective one (<see cref="ConsistencyGroups.Defective"/>), merged over every shard.</param>
    /// <param name="byPersonKey">The groups of the shuffle by person key, likewise.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="whole"/> comes from another analyzer; a groups argument is of the other shuffle; or a shuffle grouped another number of records than <paramref name="whole"/> holds valid entries (records were lost or repeated).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public ConsistencyReport CompleteFromShuffles(ConsistencyPartial whole, ConsistencyGroups byNumber, ConsistencyGroups byPersonKey, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(byNumber);
        ArgumentNullException.ThrowIfNull(byPersonKey);
        var parts = Scheduler.Parts(maxDegreeOfParallelism);
        if (!ReferenceEquals(whole.Analyzer, this))
        {
            throw new ArgumentException("The state was accumulated by another analyzer, over another register.", nameof(whole));
        }

        var valid = ConsistencyWire.ValidEntries(whole);
        foreach (var (groups, shuffle, name) in new[] { (byNumber, ConsistencyShuffle.ByNumber, nameof(byNumber)), (byPersonKey, ConsistencyShuffle.ByPersonKey, nameof(byPersonKey)) })
        {
            if (groups.Shuffle != shuffle || groups.Records != valid)
            {
                throw new ArgumentException($"The groups of shuffle {shuffle} must cover the {valid} valid entries of the state; these are {groups}.", name);
            }
        }

        return new ConsistencyCompletion(this, whole, parts, (byNumber.MarksByKey(), byPersonKey.MarksByKey())).Run();
    }

    internal int BeatCount => _beats.Length;

    internal BeatId BeatAt(int index) => _beats[index];

    /// <summary>The houses no one lives in, and the rental houses among them, each in id order.</summary>
    internal (HouseId[] Empty, HouseId[] EmptyRental) EmptyHouses(ulong[] occupied)
    {
        var empty = new List<HouseId>();
        var rental = new List<HouseId>();
        for (var i = 0; i < _houses.Length; i++)
        {
            if ((occupied[i >> 6] & (1UL << (i & 63))) == 0)
            {
                empty.Add(_houses[i].Id);
                if (_houses[i].Kind == HouseKind.Rental)
                {
                    rental.Add(_houses[i].Id);
                }
            }
        }

        return (InOrder(empty), InOrder(rental));

        // A register is mostly listed in id order already: then there is nothing to sort.
        static HouseId[] InOrder(List<HouseId> ids)
        {
            var array = ids.ToArray();
            for (var i = 1; i < array.Length; i++)
            {
                if (array[i - 1].CompareTo(array[i]) > 0)
                {
                    Array.Sort(array);
                    break;
                }
            }

            return array;
        }
    }

    private ConsistencyEntry[] Reduce(ReadOnlySpan<Resident> residents, ulong[] occupied, List<ReferenceProblem> problems)
    {
        // A population is mostly listed household by household, in the register's order, each living at the house
        // its household is registered at: a resident's household is first looked for at the last one found and the
        // one after, and the house at the household's own, the last one found and the one after. Only the ids these
        // guesses miss are looked up in the tables, a block at a time, so that the table reads of different residents
        // overlap instead of waiting one after another.
        var entries = new ConsistencyEntry[residents.Length];
        Span<string?> houseKeys = new string?[Block];
        Span<string?> householdKeys = new string?[Block];
        Span<int> houses = stackalloc int[Block];
        Span<int> households = stackalloc int[Block];
        Span<int> found = stackalloc int[Block];
        Span<int> registered = stackalloc int[Block];
        Span<int> touched = stackalloc int[Block];
        var (house, household) = (-1, -1);
        var policy = default(RegisterLookup.GuessPolicy);
        for (var start = 0; start < residents.Length; start += Block)
        {
            var count = Math.Min(Block, residents.Length - start);

            // The block's records and the strings they name read back to back first, so that their misses overlap
            // rather than each waiting behind the work on the record before; the sums are never read.
            for (var j = 0; j < count; j++)
            {
                var resident = residents[start + j];
                touched[j] = resident is null ? 0 : resident.Name.Length + (resident.Number?.Length ?? 0)
                    + (resident.LivingHouse?.Value?.Length ?? 0) + (resident.Household?.Value?.Length ?? 0);
            }

            var (tried, missedHouseholds, missedHouses) = (0, 0, 0);
            for (var j = 0; j < count; j++)
            {
                var resident = residents[start + j] ?? throw new ArgumentNullException(nameof(residents), "The residents hold a null.");
                (householdKeys[j], households[j]) = (null, -1);
                if (resident.Household?.Value is { } householdKey)
                {
                    tried++;
                    households[j] = policy.On ? RegisterLookup.NearHousehold(_households, ref household, householdKey) : -1;
                    if (households[j] < 0)
                    {
                        householdKeys[j] = householdKey;
                        missedHouseholds++;
                    }
                }

                (houseKeys[j], houses[j]) = (null, -1);
                if (resident.LivingHouse?.Value is { } houseKey)
                {
                    tried++;
                    var home = policy.On && households[j] >= 0 ? _householdHouse[households[j]] : -1;
                    houses[j] = home >= 0 && RegisterLookup.IsHouse(_houses, home, houseKey) ? (house = home) : policy.On ? RegisterLookup.NearHouse(_houses, ref house, houseKey) : -1;
                    if (houses[j] < 0)
                    {
                        houseKeys[j] = houseKey;
                        missedHouses++;
                    }
                }
            }

            // Only a table with ids the guesses missed is read.
            if (missedHouseholds > 0)
            {
                household = RegisterLookup.Settle(_householdIndex, householdKeys[..count], households[..count], found, household);
            }

            if (missedHouses > 0)
            {
                house = RegisterLookup.Settle(_houseIndex, houseKeys[..count], houses[..count], found, house);
            }

            policy.Record(tried, missedHouseholds + missedHouses);

            // The registered houses read back to back too: in a listing in no order, each is a miss of its own.
            for (var j = 0; j < count; j++)
            {
                registered[j] = households[j] >= 0 ? _householdHouse[households[j]] : -1;
            }

            for (var j = 0; j < count; j++)
            {
                entries[start + j] = Reduce(residents[start + j], houses[j], households[j], registered[j], occupied, problems);
            }
        }

        return entries;
    }

    /// <summary>Reduces a resident to its entry, given the positions on the register of the house it lives in, of its household and of the house that household is registered at (-1 for none or unknown).</summary>
    private ConsistencyEntry Reduce(Resident resident, int living, int householdIndex, int registeredHouse, ulong[] occupied, List<ReferenceProblem> problems)
    {
        ulong number = 0;
        var status = NumberStatus.None;
        var error = ResidentIdError.None;
        var mismatch = false;
        if (resident.Number is { } recorded)
        {
            if (recorded.TryGetResidentId(out var id))
            {
                status = NumberStatus.Valid;
                number = id.PackedDigits;
                mismatch = (resident.BirthDate is { } birth && birth != id.BirthDate) || (resident.Gender is { } gender && gender != id.Gender);
            }
            else
            {
                status = NumberStatus.Invalid;
                error = recorded.Validate();
            }
        }

        HouseId? unknownHouse = null;
        if (resident.LivingHouse is { } livingHouse)
        {
            if (living >= 0)
            {
                occupied[living >> 6] |= 1UL << (living & 63);
            }
            else
            {
                unknownHouse = livingHouse;
            }
        }

        var registered = -1;
        var registeredHere = false;
        HouseholdId? unknownHousehold = null;
        if (resident.Household is { } household)
        {
            if (householdIndex >= 0)
            {
                registeredHere = true;
                registered = registeredHouse;
                if (registered < 0)
                {
                    unknownHouse ??= _households[householdIndex].RegisteredHouse;
                }
            }
            else
            {
                unknownHousehold = household;
            }
        }

        if (unknownHouse is not null || unknownHousehold is not null)
        {
            problems.Add(new ReferenceProblem(resident.Id, unknownHousehold, unknownHouse));
        }

        var house = ConsistencyRules.PersonHouse(living >= 0, registeredHere, registered == living);
        var beat = living >= 0 ? _houseBeat[living] : registered >= 0 ? _houseBeat[registered] : -1;
        var key = PersonNames.Key(resident.Name, resident.BirthDate, resident.Gender);
        return new ConsistencyEntry(resident.Id, number, key, beat, status, error, mismatch, house);
    }
}
