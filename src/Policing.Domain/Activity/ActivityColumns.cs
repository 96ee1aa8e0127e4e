using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Internals;
using Policing.Domain.Population;
using static Policing.Domain.Internals.Scheduler;

namespace Policing.Domain.Activity;

/// <summary>
/// An activity log in columns: for each kind of event, one array per field, with every officer, household, person
/// and event it names turned once into a dense index. Officers are numbered in the order of
/// <see cref="Officers"/> (the register's, by id; -1 for an officer not on it), households in the order of
/// <see cref="Households"/> (the register's first, then those the log names that the register lacks), persons in
/// the order of <see cref="Persons"/>. A follow-up call carries the index of the event it follows up, a mediation
/// the index of its dispute, a dispute its parties. Instants are kept as ticks since the Unix epoch.
/// </summary>
/// <remarks>
/// <para>
/// The engine's, not the domain's: internal, read by the tally (and by the tests and benchmarks). Visits are grouped by officer (those of officers not on the register last), in log order within an officer;
/// <see cref="VisitLogIndexes"/> gives each one's place in the log. Every other kind keeps the log's order.
/// Built for one <see cref="ActivityContext"/>, the columns are tallied with that context only.
/// </para>
/// <para>An instance is immutable and is thread-safe.</para>
/// </remarks>
internal sealed class ActivityColumns
{
    /// <summary>The entry delay of an information item never entered.</summary>
    public const int NotEntered = Metrics.OfficerCounts.NotEntered;

    /// <summary>The visits in a block of <see cref="RentVisitBlockOfficers"/>: 2^6.</summary>
    private const int VisitBlockBits = 6;

    /// <summary>The household of a visit while its id, packed, waits to be found among its officer's households.</summary>
    private const int HouseholdAmongTheOfficers = -2;

    private readonly OfficerId[] _officers;
    private readonly Officer[] _officerRecords;
    private readonly BeatId[][] _officerBeats;
    private readonly int[] _householdOwners;
    private readonly HouseholdId[] _households;

    private readonly PooledArrays? _pooled;
    private readonly PooledArrays _scratch = new();
    private readonly int _visitCount;
    private readonly int _followUpCount;
    private readonly int _serviceCount;
    private readonly int _mediationCount;
    private readonly int _leadCount;
    private readonly int _apprehensionCount;
    private readonly int _informationCount;
    private readonly IReadOnlyList<PersonId> _personList;

    private readonly int[] _visitStarts;
    private int[]? _visitOfficers;
    private readonly int[] _visitHouseholds;
    private readonly long[] _visitTicks;
    private readonly VisitKind[] _visitKinds;
    private readonly int[] _visitLogIndexes;
    private readonly int[] _visitPrevious;

    private readonly FollowUpSubject[] _followUpSubjects;
    private readonly int[] _followUpTargets;
    private readonly FollowUpResult[] _followUpResults;
    private readonly int[] _followUpPersons;
    private readonly long[] _followUpTargetTicks;
    private readonly int[] _followUpTargetOfficers;

    private readonly int[] _partyStarts;
    private readonly int[] _parties;


    private readonly int[] _mediationOfficers;
    private readonly long[] _mediationTicks;
    private readonly MediationOutcome[] _mediationOutcomes;
    private readonly int[] _mediationDisputes;
    private readonly int[] _mediationPrevious;

    private readonly int[] _leadOfficers;
    private readonly long[] _leadTicks;
    private readonly CaseKind[] _leadKinds;

    private readonly int[] _apprehensionOfficers;
    private readonly long[] _apprehensionTicks;
    private readonly ApprehensionKind[] _apprehensionKinds;

    private readonly int[] _informationOfficers;
    private readonly LocalDate[] _informationCollectedOn;
    private readonly int[] _informationDelays;

    private readonly int[] _serviceOfficers;
    private readonly long[] _serviceTicks;
    private readonly Recognition[] _serviceRecognitions;
    private readonly ServicePlace[] _servicePlaces;
    private readonly int[] _servicePrevious;

    private ActivityColumns(ActivityContext context, ActivityLog log, int parts, bool pooled, bool everyPerson)
    {
        // The columns come from the shared array pool when the caller gives them back (see ReturnPooled): then month
        // after month reuses memory already mapped, where fresh arrays cost the operating system a fault a page.
        // The arrays that live only while the columns are built are borrowed in _scratch (by stage, for those that die
        // early): given back once the columns are built, or, with the columns' own, when building them fails.
        _pooled = pooled ? new PooledArrays() : null;
        try
        {
            Context = context;
            var options = Options(parts);
            var numbering = context.NumberingFor(parts);
            _officerRecords = numbering.Officers;
            _officers = numbering.Ids;
            _officerBeats = numbering.Beats;
            _householdOwners = numbering.HouseholdOwners;
            var officerIndex = numbering.OfficerIndex;

            // Visits: officers looked up and households hashed on all cores, then grouped by officer, keeping log order
            // within each, and each household found among its visiting officer's own as the visits are grouped.
            // The arrays that live only while the columns are built come from the array pool: it keeps them mapped.
            var visits = log.Visits;
            var n = visits.Count;
            var officerOf = _scratch.Rent<int>(n);
            var householdOf = _scratch.Rent<int>(n);
            var visitStage = _scratch.Stage();
            var householdHashes = visitStage.Rent<uint>(n);
            var householdKeys = visitStage.Rent<StringIndex.PackedKey>(n);
            var idSeed = StringIndex.NewSeed();
            var idHashes = _scratch.Rent<uint>(n);
            var idKeys = _scratch.Rent<StringIndex.PackedKey>(n);
            var ticksOf = visitStage.Rent<long>(n);
            var kindOf = visitStage.Rent<VisitKind>(n);
            var householdIndex = context.HouseholdIndex;
            var perPiece = new int[Pieces(n, parts)][];
            ForPieces(n, perPiece.Length, options, (piece, start, end) =>
            {
                // One read of each visit, a block at a time: its id and household hashed and packed (so neither is read
                // again), its officer kept and looked up for the whole block while its strings are in the cache. A household
                // id that does not pack is looked up at once, as is a visit's without one (which finds none). Each piece of
                // the log counts its visits by officer, so that the visits are grouped in log order.
                const int Block = 16;
                var officerKeys = new string?[Block];
                var counts = perPiece[piece] = visitStage.Rent<int>(_officers.Length + 1);
                Array.Clear(counts, 0, _officers.Length + 1);
                for (var block = start; block < end; block += Block)
                {
                    var count = Math.Min(Block, end - block);
                    for (var j = 0; j < count; j++)
                    {
                        var visit = visits[block + j];
                        officerKeys[j] = visit.Officer.Value;
                        var household = visit.Household.Value;
                        householdHashes[block + j] = household is null ? 0 : householdIndex.Hash(household, out householdKeys[block + j]);
                        householdOf[block + j] = household is null ? -1
                            : householdKeys[block + j].IsPacked ? HouseholdAmongTheOfficers
                            : householdIndex.Find(household, householdHashes[block + j]);
                        ticksOf[block + j] = visit.At.ToUnixTimeTicks();
                        kindOf[block + j] = visit.Kind;
                        idHashes[block + j] = StringIndex.Hash(visit.Id.Value, idSeed, out idKeys[block + j]);
                    }

                    officerIndex.FindMany(officerKeys.AsSpan(0, count), officerOf.AsSpan(block, count));
                    foreach (var o in officerOf.AsSpan(block, count))
                    {
                        counts[o < 0 ? _officers.Length : o]++;
                    }
                }
            });

            _visitStarts = new int[_officers.Length + 2];
            for (var o = 0; o <= _officers.Length; o++)
            {
                _visitStarts[o + 1] = _visitStarts[o];
                foreach (var counts in perPiece)
                {
                    _visitStarts[o + 1] += counts[o];
                }
            }

            _visitCount = n;
            _visitHouseholds = Column<int>(n);
            _visitTicks = Column<long>(n);
            _visitKinds = Column<VisitKind>(n);
            _visitLogIndexes = Column<int>(n);
            var positionOf = _scratch.Rent<int>(n);
            var unknown = GroupVisits(officerOf, householdOf, householdHashes, householdKeys, ticksOf, kindOf, perPiece, options, positionOf);
            visitStage.Dispose();

            // The households the register lacks, numbered after its own in order of first appearance in the log.
            var unknownHouseholds = new Dictionary<string, int>(StringComparer.Ordinal);
            var extraHouseholds = new List<HouseholdId>();
            foreach (var v in unknown)
            {
                var household = visits[v].Household;
                if (!unknownHouseholds.TryGetValue(household.Value ?? string.Empty, out var h))
                {
                    unknownHouseholds[household.Value ?? string.Empty] = h = context.HouseholdCount + extraHouseholds.Count;
                    extraHouseholds.Add(household);
                }

                _visitHouseholds[positionOf[v]] = h;
            }

            _households = extraHouseholds.Count == 0 ? context.HouseholdIds : [.. context.HouseholdIds, .. extraHouseholds];

            // The visits' id table holds each visit's place in the columns, so its chain and its finds give places too.
            var visitIds = EventIdTable.Build(n, v => visits[v].Id.Value, idHashes, idKeys, idSeed, options, _scratch, positionOf);
            _visitPrevious = visitIds.HasEarlier ? new int[n] : [];
            if (visitIds.HasEarlier)
            {
                ForRanges(n, options, v => _visitPrevious[positionOf[v]] = visitIds.Earlier[v]);
            }

            // Services and mediations, tabled by id for the follow-up calls.
            var services = log.Services;
            _serviceCount = services.Count;
            _serviceTicks = Column<long>(services.Count);
            _serviceRecognitions = Column<Recognition>(services.Count);
            _servicePlaces = Column<ServicePlace>(services.Count);
            var serviceIds = ReadEach(services, e => e.Officer.Value, officerIndex, options, out _serviceOfficers, (s, service) =>
            {
                _serviceTicks[s] = service.At.ToUnixTimeTicks();
                _serviceRecognitions[s] = service.Recognition;
                _servicePlaces[s] = service.Place;
            }, e => e.Id.Value)!;
            _servicePrevious = serviceIds.HasEarlier ? serviceIds.Earlier[..services.Count] : [];

            // Disputes: the first with an id is the one mediated. Each dispute's id and parties are hashed on all cores, in one
            // read of the disputes: a piece's parties are hashed into its own buffers, then copied into place once every
            // piece has counted its parties. The parties and the persons called are matched or numbered once the calls are read.
            var disputes = log.Disputes;
            var calls = log.FollowUps;
            var personSeed = StringIndex.NewSeed();
            var disputeSeed = StringIndex.NewSeed();
            var disputeHashes = _scratch.Rent<uint>(disputes.Count);
            var disputeKeys = _scratch.Rent<StringIndex.PackedKey>(disputes.Count);
            _partyStarts = new int[disputes.Count + 1];
            var pieces = new (uint[] Hashes, StringIndex.PackedKey[] Keys)[Pieces(disputes.Count, parts)];
            var pieceStage = _scratch.Stage();
            ForPieces(disputes.Count, pieces.Length, options, (piece, start, end) =>
            {
                const int Block = 16;
                Span<int> lengths = stackalloc int[Block];
                var hashes = pieceStage.Rent<uint>(2 * (end - start));
                var keys = pieceStage.Rent<StringIndex.PackedKey>(hashes.Length);
                var count = 0;
                for (var block = start; block < end; block += Block)
                {
                    var size = Math.Min(Block, end - block);
                    for (var j = 0; j < size; j++)
                    {
                        // The disputes of a block and their ids and parties read back to back, so that their misses overlap.
                        var dispute = disputes[block + j];
                        lengths[j] = (dispute.Id.Value?.Length ?? 0) + dispute.Parties.Count;
                    }

                    for (var d = block; d < block + size; d++)
                    {
                        var dispute = disputes[d];
                        disputeHashes[d] = StringIndex.Hash(dispute.Id.Value ?? string.Empty, disputeSeed, out disputeKeys[d]);
                        var parties = dispute.Parties;
                        _partyStarts[d + 1] = parties.Count;
                        if (count + parties.Count > Math.Min(hashes.Length, keys.Length))
                        {
                            (hashes, keys) = (Grow(pieceStage, hashes, count + parties.Count), Grow(pieceStage, keys, count + parties.Count));
                        }

                        for (var j = 0; j < parties.Count; j++, count++)
                        {
                            hashes[count] = StringIndex.Hash(parties[j].Value ?? string.Empty, personSeed, out keys[count]);
                        }
                    }
                }

                pieces[piece] = (hashes, keys);
            });

            for (var d = 0; d < disputes.Count; d++)
            {
                _partyStarts[d + 1] += _partyStarts[d];
            }

            var partyCount = _partyStarts[disputes.Count];
            var personHashes = everyPerson ? _scratch.Rent<uint>(partyCount + calls.Count) : Column<uint>(partyCount + calls.Count);
            var personKeys = everyPerson ? _scratch.Rent<StringIndex.PackedKey>(partyCount + calls.Count) : Column<StringIndex.PackedKey>(partyCount + calls.Count);
            ForPieces(disputes.Count, pieces.Length, options, (piece, start, end) =>
            {
                var (from, count) = (_partyStarts[start], _partyStarts[end] - _partyStarts[start]);
                Array.Copy(pieces[piece].Hashes, 0, personHashes, from, count);
                Array.Copy(pieces[piece].Keys, 0, personKeys, from, count);
            });
            pieceStage.Dispose();

            var disputeIds = EventIdTable.Build(disputes.Count, d => disputes[d].Id.Value ?? string.Empty, disputeHashes, disputeKeys, disputeSeed, options, _scratch, keepFirst: true);

            var mediations = log.Mediations;
            _mediationCount = mediations.Count;
            _mediationTicks = Column<long>(mediations.Count);
            _mediationOutcomes = Column<MediationOutcome>(mediations.Count);
            _mediationDisputes = Column<int>(mediations.Count);
            var disputeOfStage = _scratch.Stage();
            var disputeOfHashes = disputeOfStage.Rent<uint>(mediations.Count);
            var disputeOfKeys = disputeOfStage.Rent<StringIndex.PackedKey>(mediations.Count);
            var mediationIds = ReadEach(mediations, e => e.Officer.Value, officerIndex, options, out _mediationOfficers, (m, mediation) =>
            {
                _mediationTicks[m] = mediation.At.ToUnixTimeTicks();
                _mediationOutcomes[m] = mediation.Outcome;
                disputeOfHashes[m] = disputeIds.Hash(mediation.Dispute.Value ?? string.Empty, out disputeOfKeys[m]);
            }, e => e.Id.Value)!;
            _mediationPrevious = mediationIds.HasEarlier ? mediationIds.Earlier[..mediations.Count] : [];

            // Each mediation's dispute, found from the hash and packed id kept in the read, a block of mediations at a time:
            // the slots of the block's disputes are read back to back, so that their misses overlap.
            ForPieces(mediations.Count, Pieces(mediations.Count, parts), options, (_, start, end) =>
            {
                const int Block = 16;
                for (var block = start; block < end; block += Block)
                {
                    var size = Math.Min(Block, end - block);
                    for (var m = block; m < block + size; m++)
                    {
                        disputeOfHashes[m] = disputeIds.Touch(disputeOfHashes[m]);
                    }

                    for (var m = block; m < block + size; m++)
                    {
                        var packed = disputeOfKeys[m];
                        _mediationDisputes[m] = disputeIds.Find(packed.IsPacked ? string.Empty : mediations[m].Dispute.Value ?? string.Empty, packed, disputeOfHashes[m]);
                    }
                }
            });

            disputeOfStage.Dispose();

            // Follow-up calls: each points at the last event with its subject's id, whose time and officer it copies.
            _followUpCount = calls.Count;
            _followUpSubjects = Column<FollowUpSubject>(calls.Count);
            _followUpTargets = Column<int>(calls.Count);
            _followUpResults = Column<FollowUpResult>(calls.Count);
            _followUpPersons = Column<int>(calls.Count);
            _followUpTargetTicks = Column<long>(calls.Count);
            _followUpTargetOfficers = Column<int>(calls.Count);
            var blockOfficers = RentVisitBlockOfficers();
            bool HashPerson(int at, FollowUpCall call)
            {
                (personHashes[at], personKeys[at]) = call.Person is { } person
                    ? (StringIndex.Hash(person.Value ?? string.Empty, personSeed, out var packed), packed)
                    : (0u, default);
                return call.Person is not null;
            }

            EventIdTable? TableFor(FollowUpSubject subject) => subject switch
            {
                FollowUpSubject.Visit => visitIds,
                FollowUpSubject.Service => serviceIds,
                FollowUpSubject.Mediation => mediationIds,
                _ => null,
            };

            ForPieces(calls.Count, Pieces(calls.Count, parts), options, (_, start, end) =>
            {
                // A block of calls at a time: the slots of their ids are read first, then their targets, so misses overlap.
                const int Block = 16;
                Span<uint> hashes = stackalloc uint[Block];
                Span<StringIndex.PackedKey> packed = stackalloc StringIndex.PackedKey[Block];
                var tables = new EventIdTable?[Block];
                for (var block = start; block < end; block += Block)
                {
                    var count = Math.Min(Block, end - block);

                    // The ids the calls name first, read back to back: one may lie anywhere in memory (a string the log
                    // shares with the event it follows up), and its miss then waits beside the others.
                    for (var j = 0; j < count; j++)
                    {
                        hashes[j] = (uint)calls[block + j].SubjectId.Length;
                    }

                    for (var j = 0; j < count; j++)
                    {
                        var call = calls[block + j];
                        tables[j] = TableFor(call.Subject);
                        hashes[j] = tables[j] is { } table ? table.Hash(call.SubjectId, out packed[j]) : 0;
                        if (everyPerson)
                        {
                            HashPerson(partyCount + block + j, call);
                        }
                        else
                        {
                            // For a tally, a call's person is its place among the hashed persons (see PartyMatching).
                            var at = partyCount + block + j;
                            _followUpPersons[block + j] = call.Subject == FollowUpSubject.Mediation && HashPerson(at, call) ? at : -1;
                        }
                    }

                    for (var j = 0; j < count; j++)
                    {
                        hashes[j] = tables[j] is { } table ? table.Touch(hashes[j]) : 0;
                    }

                    for (var j = 0; j < count; j++)
                    {
                        var c = block + j;
                        var call = calls[c];
                        _followUpSubjects[c] = call.Subject;
                        _followUpResults[c] = call.Result;
                        _followUpTargets[c] = tables[j] is { } table ? table.Find(call.SubjectId, packed[j], hashes[j]) : -1;
                    }

                    for (var c = block; c < block + count; c++)
                    {
                        var (ticks, officers) = _followUpSubjects[c] switch
                        {
                            FollowUpSubject.Visit => (_visitTicks, null),
                            FollowUpSubject.Service => (_serviceTicks, _serviceOfficers),
                            FollowUpSubject.Mediation => (_mediationTicks, _mediationOfficers),
                            _ => ([], []),
                        };
                        var target = _followUpTargets[c];
                        (_followUpTargetTicks[c], _followUpTargetOfficers[c]) = target < 0 ? (0L, -1)
                            : (ticks[target], officers is null ? OfficerOfVisit(blockOfficers, target) : officers[target]);
                    }
                }
            });

            if (everyPerson)
            {
                (_personList, _parties) = NumberPersons(disputes, calls, personHashes, personKeys, personSeed, options);
                Matching = PartyMatching.ByNumber(_parties, _followUpPersons);
            }
            else
            {
                // A tally reads persons only to match those called about a mediation with its dispute's parties: it matches
                // them by their hashes and packed ids (see PartyMatching), kept until the columns are given back, and no
                // person is numbered.
                (_personList, _parties) = ([], []);
                Matching = PartyMatching.ByHash(personHashes, personKeys, log, _partyStarts, _followUpPersons);
            }

            var leads = log.Leads;
            _leadCount = leads.Count;
            _leadTicks = Column<long>(leads.Count);
            _leadKinds = Column<CaseKind>(leads.Count);
            ReadEach(leads, e => e.Officer.Value, officerIndex, options, out _leadOfficers, (l, lead) =>
            {
                _leadTicks[l] = lead.At.ToUnixTimeTicks();
                _leadKinds[l] = lead.CaseKind;
            });

            var apprehensions = log.Apprehensions;
            _apprehensionCount = apprehensions.Count;
            _apprehensionTicks = Column<long>(apprehensions.Count);
            _apprehensionKinds = Column<ApprehensionKind>(apprehensions.Count);
            ReadEach(apprehensions, e => e.Officer.Value, officerIndex, options, out _apprehensionOfficers, (a, apprehension) =>
            {
                _apprehensionTicks[a] = apprehension.At.ToUnixTimeTicks();
                _apprehensionKinds[a] = apprehension.Kind;
            });

            var information = log.Information;
            _informationCount = information.Count;
            _informationCollectedOn = Column<LocalDate>(information.Count);
            _informationDelays = Column<int>(information.Count);
            ReadEach(information, e => e.Officer.Value, officerIndex, options, out _informationOfficers, (i, item) =>
            {
                _informationCollectedOn[i] = item.CollectedOn;
                _informationDelays[i] = Metrics.OfficerCounts.EntryDelay(item.CollectedOn, item.EnteredOn);
            });
        }
        catch
        {
            _pooled?.Dispose();
            throw;
        }
        finally
        {
            _scratch.Dispose();
        }
    }

    /// <summary>A borrowed array grown to hold at least a length, its items kept, in a larger one borrowed from the same arrays (the old one goes back with them).</summary>
    private static T[] Grow<T>(PooledArrays pool, T[] array, int length)
    {
        var grown = pool.Rent<T>(Math.Max(length, 2 * array.Length));
        Array.Copy(array, grown, array.Length);
        return grown;
    }

    /// <summary>A column of a given length: a new array, or one borrowed from the shared pool for columns to be given back (its tail beyond the length is never read).</summary>
    private T[] Column<T>(int count)
    {
        if (_pooled is null)
        {
            return new T[count];
        }

        return _pooled.Rent<T>(count);
    }

    /// <summary>Gets the register the columns were built against.</summary>
    public ActivityContext Context { get; }

    /// <summary>Gets the officers by index: the register's, in id order.</summary>
    public IReadOnlyList<OfficerId> Officers => _officers;

    /// <summary>Gets the households by index: the register's, then those visited that the register lacks.</summary>
    public IReadOnlyList<HouseholdId> Households => _households;

    /// <summary>Gets the persons by index: the parties to the disputes, then the other persons called.</summary>
    public IReadOnlyList<PersonId> Persons => _personList;

    /// <summary>Gets the number of visits.</summary>
    public int VisitCount => _visitCount;

    /// <summary>Gets, for each officer index and one past the last (the officers not on the register), the first of its visits; one more entry ends the last group.</summary>
    public ReadOnlySpan<int> VisitStarts => _visitStarts;

    /// <summary>Gets the officer of each visit, or -1 when the register lacks the officer.</summary>
    /// <remarks>Filled from <see cref="VisitStarts"/> on first read: the tally reads the groups and needs no such column.</remarks>
    public ReadOnlySpan<int> VisitOfficers => LazyInitializer.EnsureInitialized(ref _visitOfficers, () =>
    {
        var officers = new int[VisitCount];
        for (var o = 0; o <= _officers.Length; o++)
        {
            officers.AsSpan(_visitStarts[o], _visitStarts[o + 1] - _visitStarts[o]).Fill(o == _officers.Length ? -1 : o);
        }

        return officers;
    });

    /// <summary>Gets the household of each visit, an index into <see cref="Households"/>.</summary>
    public ReadOnlySpan<int> VisitHouseholds => _visitHouseholds.AsSpan(0, VisitCount);

    /// <summary>Gets the instant of each visit, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> VisitTicks => _visitTicks.AsSpan(0, VisitCount);

    /// <summary>Gets the kind of each visit.</summary>
    public ReadOnlySpan<VisitKind> VisitKinds => _visitKinds.AsSpan(0, VisitCount);

    /// <summary>Gets the index in the log's visits of each visit.</summary>
    public ReadOnlySpan<int> VisitLogIndexes => _visitLogIndexes.AsSpan(0, VisitCount);

    /// <summary>Gets the number of follow-up calls.</summary>
    public int FollowUpCount => _followUpCount;

    /// <summary>Gets what each call follows up.</summary>
    public ReadOnlySpan<FollowUpSubject> FollowUpSubjects => _followUpSubjects.AsSpan(0, FollowUpCount);

    /// <summary>
    /// Gets the event each call follows up: the index of the last visit, service or mediation (as
    /// <see cref="FollowUpSubjects"/> says) with the subject's id, or -1 for a registration matter or an id no event has.
    /// </summary>
    public ReadOnlySpan<int> FollowUpTargets => _followUpTargets.AsSpan(0, FollowUpCount);

    /// <summary>Gets the result of each call.</summary>
    public ReadOnlySpan<FollowUpResult> FollowUpResults => _followUpResults.AsSpan(0, FollowUpCount);

    /// <summary>Gets the person each call reached, an index into <see cref="Persons"/>, or -1 when not recorded.</summary>
    public ReadOnlySpan<int> FollowUpPersons => _followUpPersons.AsSpan(0, FollowUpCount);

    /// <summary>Gets the number of disputes.</summary>
    public int DisputeCount => _partyStarts.Length - 1;

    /// <summary>Gets, for each dispute, the first of its parties in <see cref="DisputeParties"/>; one more entry ends the last.</summary>
    public ReadOnlySpan<int> DisputePartyStarts => _partyStarts;

    /// <summary>Gets the parties of every dispute, one after another, as indices into <see cref="Persons"/>.</summary>
    public ReadOnlySpan<int> DisputeParties => _parties.AsSpan(0, _parties.Length == 0 ? 0 : _partyStarts[^1]);

    /// <summary>Gets the number of mediations.</summary>
    public int MediationCount => _mediationCount;

    /// <summary>Gets the officer of each mediation, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> MediationOfficers => _mediationOfficers.AsSpan(0, MediationCount);

    /// <summary>Gets the instant of each mediation, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> MediationTicks => _mediationTicks.AsSpan(0, MediationCount);

    /// <summary>Gets the outcome of each mediation.</summary>
    public ReadOnlySpan<MediationOutcome> MediationOutcomes => _mediationOutcomes.AsSpan(0, MediationCount);

    /// <summary>Gets the dispute of each mediation: the first dispute with its id, or -1 when no dispute has it.</summary>
    public ReadOnlySpan<int> MediationDisputes => _mediationDisputes.AsSpan(0, MediationCount);

    /// <summary>Gets the number of case leads.</summary>
    public int LeadCount => _leadCount;

    /// <summary>Gets the officer of each lead, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> LeadOfficers => _leadOfficers.AsSpan(0, LeadCount);

    /// <summary>Gets the instant of each lead, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> LeadTicks => _leadTicks.AsSpan(0, LeadCount);

    /// <summary>Gets the case kind of each lead.</summary>
    public ReadOnlySpan<CaseKind> LeadKinds => _leadKinds.AsSpan(0, LeadCount);

    /// <summary>Gets the number of apprehensions.</summary>
    public int ApprehensionCount => _apprehensionCount;

    /// <summary>Gets the officer of each apprehension, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> ApprehensionOfficers => _apprehensionOfficers.AsSpan(0, ApprehensionCount);

    /// <summary>Gets the instant of each apprehension, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> ApprehensionTicks => _apprehensionTicks.AsSpan(0, ApprehensionCount);

    /// <summary>Gets the kind of each apprehension.</summary>
    public ReadOnlySpan<ApprehensionKind> ApprehensionKinds => _apprehensionKinds.AsSpan(0, ApprehensionCount);

    /// <summary>Gets the number of information items.</summary>
    public int InformationCount => _informationCount;

    /// <summary>Gets the officer of each information item, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> InformationOfficers => _informationOfficers.AsSpan(0, InformationCount);

    /// <summary>Gets the day each information item was collected.</summary>
    public ReadOnlySpan<LocalDate> InformationCollectedOn => _informationCollectedOn.AsSpan(0, InformationCount);

    /// <summary>Gets the days from collection to entry of each information item, or <see cref="NotEntered"/>.</summary>
    public ReadOnlySpan<int> InformationEntryDelays => _informationDelays.AsSpan(0, InformationCount);

    /// <summary>Gets the number of services.</summary>
    public int ServiceCount => _serviceCount;

    /// <summary>Gets the officer of each service, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> ServiceOfficers => _serviceOfficers.AsSpan(0, ServiceCount);

    /// <summary>Gets the instant of each service, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> ServiceTicks => _serviceTicks.AsSpan(0, ServiceCount);

    /// <summary>Gets how the public recognised each service.</summary>
    public ReadOnlySpan<Recognition> ServiceRecognitions => _serviceRecognitions.AsSpan(0, ServiceCount);

    /// <summary>Gets where each service was given.</summary>
    public ReadOnlySpan<ServicePlace> ServicePlaces => _servicePlaces.AsSpan(0, ServiceCount);

    /// <summary>Gets the register's officers, in the order of <see cref="Officers"/>.</summary>
    internal Officer[] OfficerRecords => _officerRecords;

    /// <summary>Gets the beats each officer answers for, in id order.</summary>
    internal BeatId[][] OfficerBeats => _officerBeats;

    /// <summary>Gets, for each household of the register, the officer answering for its beat, or -1.</summary>
    internal int[] HouseholdOwners => _householdOwners;

    /// <summary>Gets the raw visit starts by officer, for the tally.</summary>
    internal int[] VisitStartArray => _visitStarts;

    /// <summary>Gets, for each visit, the previous visit with its id, or -1; empty when no visit has one (a validated log has none).</summary>
    internal int[] VisitPrevious => _visitPrevious;

    /// <summary>Gets, for each service, the previous service with its id, or -1; empty when no service has one.</summary>
    internal int[] ServicePrevious => _servicePrevious;

    /// <summary>Gets, for each mediation, the previous mediation with its id, or -1; empty when no mediation has one.</summary>
    internal int[] MediationPrevious => _mediationPrevious;

    /// <summary>The earlier event with an event's id, from <see cref="VisitPrevious"/>, <see cref="ServicePrevious"/> or <see cref="MediationPrevious"/>, which are empty when no event has one.</summary>
    /// <returns>The earlier event, or -1.</returns>
    internal static int Earlier(int[] previous, int e) => previous.Length == 0 ? -1 : previous[e];

    /// <summary>Gets how the tally matches the persons called about a mediation with its dispute's parties.</summary>
    internal PartyMatching Matching { get; }

    /// <summary>Gets, for each call, the instant of its target in ticks (0 when it has none).</summary>
    internal long[] FollowUpTargetTicks => _followUpTargetTicks;

    /// <summary>Gets, for each call, the officer of its target (-1 when it has none or the register lacks the officer).</summary>
    internal int[] FollowUpTargetOfficers => _followUpTargetOfficers;

    /// <summary>Puts an activity log into columns, on all cores.</summary>
    /// <remarks>
    /// The register's side (officers in id order, their beats, each household's officer) is numbered once per
    /// <paramref name="context"/>, on all cores, the first time any log is put into columns against it; every later
    /// log, month after month, shares that numbering.
    /// </remarks>
    /// <param name="context">The register the log is tallied against.</param>
    /// <param name="log">The events; validated or not, each is kept (an unknown officer becomes -1, an unknown household a number of its own).</param>
    /// <param name="maxDegreeOfParallelism">How many cores to use; all when <see langword="null"/>.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public static ActivityColumns Create(ActivityContext context, ActivityLog log, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        return new ActivityColumns(context, log, Parts(maxDegreeOfParallelism), pooled: false, everyPerson: true);
    }

    /// <summary>
    /// Puts an activity log into columns whose largest arrays come from the shared array pool, for a caller that reads
    /// them once and then gives them back with <see cref="ReturnPooled"/> (the tally straight from a log).
    /// </summary>
    /// <param name="context">The register.</param>
    /// <param name="log">The events.</param>
    /// <param name="parts">The cores to use, from <see cref="Parts"/>.</param>
    /// <param name="everyPerson">
    /// Whether the persons are numbered; when not (for a tally, which only matches the persons called about mediations
    /// with the parties, by <see cref="Matching"/>),
    /// <see cref="Persons"/> and <see cref="DisputeParties"/> are empty and <see cref="FollowUpPersons"/> gives a place
    /// for each call about a mediation that names a person, -1 for every other call.
    /// </param>
    /// <returns>The columns, to be given back once read.</returns>
    internal static ActivityColumns CreatePooled(ActivityContext context, ActivityLog log, int parts, bool everyPerson = false) => new(context, log, parts, pooled: true, everyPerson);

    /// <summary>Gives the arrays of columns from <see cref="CreatePooled"/> back to the pool: the columns must not be read after. Does nothing for other columns.</summary>
    internal void ReturnPooled() => _pooled?.Dispose();

    /// <summary>
    /// Groups the visits by officer, keeping log order within each officer, in two passes that each write to few places
    /// at a time: first into runs of officers (each run's visits end where the run's officers' visits end), then,
    /// a run on a core, to each officer's place within the run, while the run's part of every column is in the cache.
    /// Writing each visit straight to its officer's place would miss the cache (and, with millions of visits, the
    /// address translation) on every field of every visit.
    /// </summary>
    /// <param name="officerOf">Each visit's officer, in log order (-1 when not on the register).</param>
    /// <param name="householdOf">
    /// Each visit's household, in log order: its index, -1 when the register lacks it, or
    /// <see cref="HouseholdAmongTheOfficers"/> for one to find by its packed id.
    /// </param>
    /// <param name="householdHashes">Each visit's household id hashed under the register's household index.</param>
    /// <param name="householdKeys">Each visit's household id, packed.</param>
    /// <param name="ticksOf">Each visit's instant, in log order.</param>
    /// <param name="kindOf">Each visit's kind, in log order.</param>
    /// <param name="perPiece">For each piece of the log (see <see cref="Pieces"/>), its visits by officer (the last entry for officers not on the register).</param>
    /// <param name="options">The cores to use.</param>
    /// <param name="positionOf">Receives each visit's place in the columns, in log order.</param>
    /// <returns>The visits, by place in the log and in log order, whose households the register lacks: their households are left to number.</returns>
    private List<int> GroupVisits(int[] officerOf, int[] householdOf, uint[] householdHashes, StringIndex.PackedKey[] householdKeys, long[] ticksOf, VisitKind[] kindOf, int[][] perPiece, ParallelOptions options, int[] positionOf)
    {
        var n = _visitCount;
        var slots = _officers.Length + 1;

        // Runs of a power of two officers, about four thousand visits a run, so a run's columns fit in a core's cache.
        var shift = System.Numerics.BitOperations.Log2((uint)Math.Max(1L, 4096L * slots / Math.Max(n, 1)));
        var runs = ((slots - 1) >> shift) + 1;
        var pieces = perPiece.Length;
        var cursors = new int[pieces][];
        for (var p = 0; p < pieces; p++)
        {
            cursors[p] = new int[runs];
        }

        for (var r = 0; r < runs; r++)
        {
            var at = _visitStarts[r << shift];
            for (var p = 0; p < pieces; p++)
            {
                cursors[p][r] = at;
                for (var o = r << shift; o < Math.Min((r + 1) << shift, slots); o++)
                {
                    at += perPiece[p][o];
                }
            }
        }

        using var staging = new PooledArrays();
        var staged = staging.Rent<StagedVisit>(n);
        ForPieces(n, pieces, options, (p, start, end) =>
        {
            var mine = cursors[p];
            for (var v = start; v < end; v++)
            {
                var o = officerOf[v] < 0 ? slots - 1 : officerOf[v];
                var key = householdKeys[v];
                staged[mine[o >> shift]++] = new StagedVisit(ticksOf[v], key.Low, key.High, householdHashes[v], householdOf[v], v, o, kindOf[v]);
            }
        });

        // A run's officers' own households lie together, so finding each visit's household among its officer's reads
        // a few small tables over and over; a visit to any other household is found in the register's index.
        var (owned, index) = (Context.NumberingFor(options.MaxDegreeOfParallelism).OwnedHouseholds, Context.HouseholdIndex);
        var unknown = new List<int>();
        Parallel.For(0, runs, options, () => (Next: new int[1 << shift], Unknown: new List<int>()), (r, _, local) =>
        {
            var first = r << shift;
            var last = Math.Min(first + (1 << shift), slots);
            _visitStarts.AsSpan(first, last - first).CopyTo(local.Next);
            for (var i = _visitStarts[first]; i < _visitStarts[last]; i++)
            {
                var visit = staged[i];
                var at = local.Next[visit.Slot - first]++;
                var household = visit.Household;
                if (household == HouseholdAmongTheOfficers)
                {
                    var key = new StringIndex.PackedKey(visit.KeyLow, visit.KeyHigh);
                    household = visit.Slot < slots - 1 ? owned.Find(visit.Slot, key, visit.KeyHash) : -1;
                    household = household >= 0 ? household : index.Find(key, visit.KeyHash);
                }

                if (household < 0)
                {
                    local.Unknown.Add(visit.LogIndex);
                }

                _visitHouseholds[at] = household;
                _visitTicks[at] = visit.Ticks;
                _visitKinds[at] = visit.Kind;
                _visitLogIndexes[at] = visit.LogIndex;
                positionOf[visit.LogIndex] = at;
            }

            return local;
        }, local =>
        {
            lock (unknown)
            {
                unknown.AddRange(local.Unknown);
            }
        });
        unknown.Sort();
        return unknown;
    }

    /// <summary>
    /// Reads every event of a kind once, on all cores, a block at a time: the block's events and their officer and id
    /// strings are read back to back first, so that their misses overlap; then each event's officer is looked up (the
    /// block's slots read back to back too), its fields are copied, and its id, when it has one, is hashed and packed
    /// for its id table.
    /// </summary>
    /// <typeparam name="T">The kind of event.</typeparam>
    /// <param name="events">The events.</param>
    /// <param name="officerOf">An event's officer id.</param>
    /// <param name="officerIndex">The register's officers.</param>
    /// <param name="options">The cores to use.</param>
    /// <param name="officers">Receives each event's officer, or -1 when the register lacks it.</param>
    /// <param name="fields">Copies the fields of an event, given its index.</param>
    /// <param name="idOf">An event's id, when the kind is tabled by id.</param>
    /// <returns>The table of the events' ids, or <see langword="null"/> without <paramref name="idOf"/>.</returns>
    private EventIdTable? ReadEach<T>(
        IReadOnlyList<T> events,
        Func<T, string?> officerOf,
        StringIndex officerIndex,
        ParallelOptions options,
        out int[] officers,
        Action<int, T> fields,
        Func<T, string>? idOf = null)
    {
        const int Block = 16;
        var count = events.Count;
        var found = officers = Column<int>(count);
        var idSeed = StringIndex.NewSeed();
        using var hashed = new PooledArrays();
        var idHashes = idOf is null ? null : hashed.Rent<uint>(count);
        var idKeys = idOf is null ? null : hashed.Rent<StringIndex.PackedKey>(count);
        var parts = options.MaxDegreeOfParallelism;
        ForPieces(count, Pieces(count, parts), options, (_, start, end) =>
        {
            var keys = new string?[Block];
            Span<int> lengths = stackalloc int[Block];
            for (var block = start; block < end; block += Block)
            {
                var size = Math.Min(Block, end - block);
                for (var j = 0; j < size; j++)
                {
                    // The event and its strings read back to back, so that their misses overlap.
                    var item = events[block + j];
                    keys[j] = officerOf(item);
                    lengths[j] = (keys[j]?.Length ?? 0) + (idOf is null ? 0 : idOf(item)?.Length ?? 0);
                }

                officerIndex.FindMany(keys.AsSpan(0, size), found.AsSpan(block, size));
                for (var j = 0; j < size; j++)
                {
                    var e = block + j;
                    var item = events[e];
                    fields(e, item);
                    if (idOf is not null)
                    {
                        idHashes![e] = StringIndex.Hash(idOf(item), idSeed, out idKeys![e]);
                    }
                }
            }
        });

        if (idOf is null)
        {
            return null;
        }

        return EventIdTable.Build(count, e => idOf(events[e]), idHashes!, idKeys!, idSeed, options, _scratch);
    }

    /// <summary>
    /// For every 64th place in the visit columns, the officer slot (an index into <see cref="VisitStarts"/>) whose
    /// visits hold it: with it, a visit's officer is a step or two along <see cref="VisitStarts"/> from its block's,
    /// both arrays small enough to stay in a core's cache, where a column of officers would be read from memory.
    /// </summary>
    /// <returns>The officer slots, from the shared array pool.</returns>
    private int[] RentVisitBlockOfficers()
    {
        var blocks = _scratch.Rent<int>((_visitCount >> VisitBlockBits) + 1);
        var b = 0;
        for (var o = 0; o <= _officers.Length; o++)
        {
            for (; (long)b << VisitBlockBits < _visitStarts[o + 1]; b++)
            {
                blocks[b] = o;
            }
        }

        return blocks;
    }

    /// <summary>The officer of the visit at a place in the columns, from its block's (see <see cref="RentVisitBlockOfficers"/>): -1 for an officer not on the register.</summary>
    private int OfficerOfVisit(int[] blockOfficers, int visit)
    {
        var o = blockOfficers[visit >> VisitBlockBits];
        while (_visitStarts[o + 1] <= visit)
        {
            o++;
        }

        return o == _officers.Length ? -1 : o;
    }

    /// <summary>
    /// Numbers the persons: the parties, dispute by dispute, then the persons called, call by call, in order of first
    /// appearance. The table gives each the first appearance of its id; the first appearances are counted on all cores,
    /// then numbered in order, then every appearance takes the number of its first. Writes each call's person.
    /// </summary>
    /// <param name="disputes">The log's disputes.</param>
    /// <param name="calls">The log's follow-up calls.</param>
    /// <param name="personHashes">The parties' ids hashed, then each call's person's at the call's place after them.</param>
    /// <param name="personKeys">The same ids, packed.</param>
    /// <param name="personSeed">The seed they were hashed with.</param>
    /// <param name="options">The cores to use.</param>
    /// <returns>The persons, and each party's number.</returns>
    private (ArraySegment<PersonId> Persons, int[] Parties) NumberPersons(IReadOnlyList<Dispute> disputes, IReadOnlyList<FollowUpCall> calls, uint[] personHashes, StringIndex.PackedKey[] personKeys, uint personSeed, ParallelOptions options)
    {
        var parts = options.MaxDegreeOfParallelism;
        var partyCount = _partyStarts[disputes.Count];
        var personIds = EventIdTable.Build(
            partyCount + calls.Count,
            i => i < partyCount ? PartyMatching.PartyAt(disputes, _partyStarts, i).Value ?? string.Empty : calls[i - partyCount].Person is { } person ? person.Value ?? string.Empty : null,
            personHashes,
            personKeys,
            personSeed,
            options,
            _scratch,
            keepFirst: true);
        var firstOf = personIds.Earlier;
        var firsts = new int[parts + 1];
        Parallel.For(0, parts, options, p =>
        {
            var (start, end) = Range(partyCount + calls.Count, p, parts);
            firsts[p + 1] = firstOf.AsSpan(start, end - start).Count(-1);
        });
        for (var p = 0; p < parts; p++)
        {
            firsts[p + 1] += firsts[p];
        }

        using var numbered = new PooledArrays();
        var numbers = numbered.Rent<int>(partyCount + calls.Count);
        var persons = Column<PersonId>(firsts[parts]);
        Parallel.For(0, parts, options, p =>
        {
            var (start, end) = Range(partyCount + calls.Count, p, parts);
            var next = firsts[p];
            var d = start < partyCount ? PartyMatching.DisputeOfParty(_partyStarts, start) : 0;
            for (var i = start; i < end; i++)
            {
                if (firstOf[i] == -1)
                {
                    if (i < partyCount)
                    {
                        while (_partyStarts[d + 1] <= i)
                        {
                            d++;
                        }

                        persons[next] = disputes[d].Parties[i - _partyStarts[d]];
                    }
                    else
                    {
                        persons[next] = calls[i - partyCount].Person!.Value;
                    }

                    numbers[i] = next++;
                }
            }
        });
        var parties = Column<int>(partyCount);
        ForRanges(partyCount, options, i => parties[i] = numbers[firstOf[i] < 0 ? i : firstOf[i]]);
        ForRanges(calls.Count, options, k => _followUpPersons[k] = firstOf[partyCount + k] switch
        {
            EventIdTable.NoId => -1,
            -1 => numbers[partyCount + k],
            var first => numbers[first],
        });
        return (new ArraySegment<PersonId>(persons, 0, firsts[parts]), parties);
    }

    /// <summary>A visit on its way to its officer's place: what its columns hold (its household's id packed and hashed, when yet to be found), and its officer's slot.</summary>
    private readonly record struct StagedVisit(long Ticks, ulong KeyLow, uint KeyHigh, uint KeyHash, int Household, int LogIndex, int Slot, VisitKind Kind);
}

