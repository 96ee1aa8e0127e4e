using System.Buffers;
using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Population;

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
/// Visits are grouped by officer (those of officers not on the register last), in log order within an officer;
/// <see cref="VisitLogIndexes"/> gives each one's place in the log. Every other kind keeps the log's order.
/// Built for one <see cref="ActivityContext"/>, the columns are tallied with that context only.
/// </para>
/// <para>An instance is immutable and is thread-safe.</para>
/// </remarks>
public sealed class ActivityColumns
{
    /// <summary>The entry delay of an information item never entered.</summary>
    public const int NotEntered = int.MinValue;

    private readonly OfficerId[] _officers;
    private readonly Officer[] _officerRecords;
    private readonly BeatId[][] _officerBeats;
    private readonly int[] _householdOwners;
    private readonly HouseholdId[] _households;
    private readonly PersonId[] _persons;

    private readonly int[] _visitStarts;
    private readonly int[] _visitOfficers;
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

    private ActivityColumns(ActivityContext context, ActivityLog log, int parts)
    {
        Context = context;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parts };
        var numbering = context.Numbering;
        _officerRecords = numbering.Officers;
        _officers = numbering.Ids;
        _officerBeats = numbering.Beats;
        _householdOwners = numbering.HouseholdOwners;
        var officerIndex = numbering.OfficerIndex;

        // Visits: officer and household looked up on all cores, then grouped by officer, keeping log order within each.
        // The arrays that live only while the columns are built come from the array pool: it keeps them mapped.
        var visits = log.Visits;
        var n = visits.Count;
        var officerOf = ArrayPool<int>.Shared.Rent(n);
        var householdOf = ArrayPool<int>.Shared.Rent(n);
        var idSeed = StringIndex.NewSeed();
        var idHashes = ArrayPool<uint>.Shared.Rent(n);
        var idKeys = ArrayPool<StringIndex.PackedKey>.Shared.Rent(n);
        var householdIndex = context.HouseholdIndex;
        var perPart = new int[parts][];
        Parallel.For(0, parts, options, p =>
        {
            // One read of each visit, a block at a time: its id hashed and packed (so the id table never reads it again),
            // its officer and household kept; then both looked up for the whole block while its strings are in the cache.
            const int Block = 16;
            var officerKeys = new string?[Block];
            var householdKeys = new string?[Block];
            var counts = perPart[p] = new int[_officers.Length + 1];
            var (start, end) = Range(n, p, parts);
            for (var block = start; block < end; block += Block)
            {
                var count = Math.Min(Block, end - block);
                for (var j = 0; j < count; j++)
                {
                    var visit = visits[block + j];
                    officerKeys[j] = visit.Officer.Value;
                    householdKeys[j] = visit.Household.Value;
                    idHashes[block + j] = StringIndex.Hash(visit.Id.Value, idSeed, out idKeys[block + j]);
                }

                officerIndex.FindMany(officerKeys.AsSpan(0, count), officerOf.AsSpan(block, count));
                householdIndex.FindMany(householdKeys.AsSpan(0, count), householdOf.AsSpan(block, count));
                foreach (var o in officerOf.AsSpan(block, count))
                {
                    counts[o < 0 ? _officers.Length : o]++;
                }
            }
        });

        var unknownHouseholds = new Dictionary<string, int>(StringComparer.Ordinal);
        var extraHouseholds = new List<HouseholdId>();
        for (var v = 0; v < n; v++)
        {
            if (householdOf[v] < 0)
            {
                var household = visits[v].Household;
                if (!unknownHouseholds.TryGetValue(household.Value ?? string.Empty, out var h))
                {
                    unknownHouseholds[household.Value ?? string.Empty] = h = context.HouseholdCount + extraHouseholds.Count;
                    extraHouseholds.Add(household);
                }

                householdOf[v] = h;
            }
        }

        _households = extraHouseholds.Count == 0 ? context.HouseholdIds : [.. context.HouseholdIds, .. extraHouseholds];
        _visitStarts = new int[_officers.Length + 2];
        var offsets = new int[parts][];
        var next = 0;
        for (var o = 0; o <= _officers.Length; o++)
        {
            _visitStarts[o] = next;
            for (var p = 0; p < parts; p++)
            {
                offsets[p] ??= new int[_officers.Length + 1];
                offsets[p][o] = next;
                next += perPart[p][o];
            }
        }

        _visitStarts[_officers.Length + 1] = next;
        _visitOfficers = new int[n];
        _visitHouseholds = new int[n];
        _visitTicks = new long[n];
        _visitKinds = new VisitKind[n];
        _visitLogIndexes = new int[n];
        var positionOf = ArrayPool<int>.Shared.Rent(n);
        Parallel.For(0, parts, options, p =>
        {
            var mine = offsets[p];
            var (start, end) = Range(n, p, parts);
            for (var v = start; v < end; v++)
            {
                var o = officerOf[v];
                var at = mine[o < 0 ? _officers.Length : o]++;
                positionOf[v] = at;
                _visitOfficers[at] = o;
                _visitHouseholds[at] = householdOf[v];
                var visit = visits[v];
                _visitTicks[at] = visit.At.ToUnixTimeTicks();
                _visitKinds[at] = visit.Kind;
                _visitLogIndexes[at] = v;
            }
        });

        // The visits' id table holds each visit's place in the columns, so its chain and its finds give places too.
        var visitIds = EventIdTable.Build(n, v => visits[v].Id.Value, idHashes, idKeys, idSeed, options, positionOf);
        _visitPrevious = new int[n];
        Parallel.For(0, parts, options, p =>
        {
            var (start, end) = Range(n, p, parts);
            for (var v = start; v < end; v++)
            {
                _visitPrevious[positionOf[v]] = visitIds.Previous[v];
            }
        });

        // Services and mediations, tabled by id for the follow-up calls.
        var services = log.Services;
        _serviceTicks = new long[services.Count];
        _serviceRecognitions = new Recognition[services.Count];
        _servicePlaces = new ServicePlace[services.Count];
        var serviceIds = ReadEach(services, e => e.Officer.Value, officerIndex, options, out _serviceOfficers, (s, service) =>
        {
            _serviceTicks[s] = service.At.ToUnixTimeTicks();
            _serviceRecognitions[s] = service.Recognition;
            _servicePlaces[s] = service.Place;
        }, e => e.Id.Value)!;
        _servicePrevious = serviceIds.Previous;

        // Disputes: the first with an id is the one mediated; parties and callers share one numbering of persons.
        var disputes = log.Disputes;
        var disputeIndex = new StringIndex(disputes.Count, StringIndex.NewSeed(), pooled: true);
        var partyCounts = new int[parts];
        Parallel.For(0, parts, options, p =>
        {
            var (start, end) = Range(disputes.Count, p, parts);
            var count = 0;
            for (var d = start; d < end; d++)
            {
                count += disputes[d].Parties.Count;
            }

            partyCounts[p] = count;
        });
        var personIndex = new StringIndex(partyCounts.Sum() + log.FollowUps.Count, StringIndex.NewSeed(), pooled: true);
        var persons = new List<PersonId>();
        int Intern(PersonId person)
        {
            var key = person.Value ?? string.Empty;
            var hash = personIndex.Hash(key);
            if (personIndex.Find(key, hash) is var known and >= 0)
            {
                return known;
            }

            personIndex.TryAdd(key, hash, persons.Count);
            persons.Add(person);
            return persons.Count - 1;
        }

        _partyStarts = new int[disputes.Count + 1];
        var parties = new List<int>();
        const int DisputeBlock = 16;
        Span<int> touched = stackalloc int[DisputeBlock];
        for (var block = 0; block < disputes.Count; block += DisputeBlock)
        {
            // The block's disputes, their ids and party lists read back to back first, so that their misses overlap;
            // then numbered one at a time, in log order.
            var blockEnd = Math.Min(block + DisputeBlock, disputes.Count);
            for (var d = block; d < blockEnd; d++)
            {
                touched[d - block] = (disputes[d].Id.Value?.Length ?? 0) + disputes[d].Parties.Count;
            }

            for (var d = block; d < blockEnd; d++)
            {
                disputeIndex.TryAdd(disputes[d].Id.Value ?? string.Empty, d);
                _partyStarts[d] = parties.Count;
                foreach (var party in disputes[d].Parties)
                {
                    parties.Add(Intern(party));
                }
            }
        }

        _partyStarts[disputes.Count] = parties.Count;
        _parties = [.. parties];

        var mediations = log.Mediations;
        _mediationTicks = new long[mediations.Count];
        _mediationOutcomes = new MediationOutcome[mediations.Count];
        _mediationDisputes = new int[mediations.Count];
        var mediationIds = ReadEach(mediations, e => e.Officer.Value, officerIndex, options, out _mediationOfficers, (m, mediation) =>
        {
            _mediationTicks[m] = mediation.At.ToUnixTimeTicks();
            _mediationOutcomes[m] = mediation.Outcome;
            _mediationDisputes[m] = disputeIndex.Find(mediation.Dispute.Value ?? string.Empty);
        }, e => e.Id.Value)!;
        _mediationPrevious = mediationIds.Previous;

        // Follow-up calls: each points at the last event with its subject's id, whose time and officer it copies.
        var calls = log.FollowUps;
        _followUpSubjects = new FollowUpSubject[calls.Count];
        _followUpTargets = new int[calls.Count];
        _followUpResults = new FollowUpResult[calls.Count];
        _followUpPersons = new int[calls.Count];
        _followUpTargetTicks = new long[calls.Count];
        _followUpTargetOfficers = new int[calls.Count];
        EventIdTable? TableFor(FollowUpSubject subject) => subject switch
        {
            FollowUpSubject.Visit => visitIds,
            FollowUpSubject.Service => serviceIds,
            FollowUpSubject.Mediation => mediationIds,
            _ => null,
        };

        Parallel.For(0, parts, options, p =>
        {
            // A block of calls at a time: the slots of their ids are read first, then their targets, so misses overlap.
            const int Block = 16;
            Span<uint> hashes = stackalloc uint[Block];
            Span<uint> personHashes = stackalloc uint[Block];
            var tables = new EventIdTable?[Block];
            var (start, end) = Range(calls.Count, p, parts);
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
                    hashes[j] = tables[j] is { } table ? table.Hash(call.SubjectId) : 0;
                    personHashes[j] = call.Person is { } person ? personIndex.Hash(person.Value ?? string.Empty) : 0;
                }

                for (var j = 0; j < count; j++)
                {
                    hashes[j] = tables[j] is { } table ? table.Touch(hashes[j]) : 0;
                    personHashes[j] = personIndex.Touch(personHashes[j]);
                }

                for (var j = 0; j < count; j++)
                {
                    var c = block + j;
                    var call = calls[c];
                    _followUpSubjects[c] = call.Subject;
                    _followUpResults[c] = call.Result;
                    _followUpTargets[c] = tables[j] is { } table ? table.FindLast(call.SubjectId, hashes[j]) : -1;
                    _followUpPersons[c] = call.Person is { } person ? personIndex.Find(person.Value ?? string.Empty, personHashes[j]) : -1;
                }

                for (var c = block; c < block + count; c++)
                {
                    var (ticks, officers) = _followUpSubjects[c] switch
                    {
                        FollowUpSubject.Visit => (_visitTicks, _visitOfficers),
                        FollowUpSubject.Service => (_serviceTicks, _serviceOfficers),
                        FollowUpSubject.Mediation => (_mediationTicks, _mediationOfficers),
                        _ => ([], []),
                    };
                    var target = _followUpTargets[c];
                    (_followUpTargetTicks[c], _followUpTargetOfficers[c]) = target >= 0 ? (ticks[target], officers[target]) : (0L, -1);
                }
            }
        });

        // A caller who is party to no dispute gets a number too (one at a time: the numbering is shared).
        for (var c = 0; c < calls.Count; c++)
        {
            if (_followUpPersons[c] < 0 && calls[c].Person is { } person)
            {
                _followUpPersons[c] = Intern(person);
            }
        }

        _persons = [.. persons];
        disputeIndex.Release();
        personIndex.Release();
        visitIds.Release();
        serviceIds.Release();
        mediationIds.Release();
        ArrayPool<int>.Shared.Return(officerOf);
        ArrayPool<int>.Shared.Return(householdOf);
        ArrayPool<int>.Shared.Return(positionOf);
        ArrayPool<uint>.Shared.Return(idHashes);
        ArrayPool<StringIndex.PackedKey>.Shared.Return(idKeys);

        var leads = log.Leads;
        _leadTicks = new long[leads.Count];
        _leadKinds = new CaseKind[leads.Count];
        ReadEach(leads, e => e.Officer.Value, officerIndex, options, out _leadOfficers, (l, lead) =>
        {
            _leadTicks[l] = lead.At.ToUnixTimeTicks();
            _leadKinds[l] = lead.CaseKind;
        });

        var apprehensions = log.Apprehensions;
        _apprehensionTicks = new long[apprehensions.Count];
        _apprehensionKinds = new ApprehensionKind[apprehensions.Count];
        ReadEach(apprehensions, e => e.Officer.Value, officerIndex, options, out _apprehensionOfficers, (a, apprehension) =>
        {
            _apprehensionTicks[a] = apprehension.At.ToUnixTimeTicks();
            _apprehensionKinds[a] = apprehension.Kind;
        });

        var information = log.Information;
        _informationCollectedOn = new LocalDate[information.Count];
        _informationDelays = new int[information.Count];
        ReadEach(information, e => e.Officer.Value, officerIndex, options, out _informationOfficers, (i, item) =>
        {
            _informationCollectedOn[i] = item.CollectedOn;
            _informationDelays[i] = item.EnteredOn is { } entered ? Period.DaysBetween(item.CollectedOn, entered) : NotEntered;
        });
    }

    /// <summary>Gets the register the columns were built against.</summary>
    public ActivityContext Context { get; }

    /// <summary>Gets the officers by index: the register's, in id order.</summary>
    public IReadOnlyList<OfficerId> Officers => _officers;

    /// <summary>Gets the households by index: the register's, then those visited that the register lacks.</summary>
    public IReadOnlyList<HouseholdId> Households => _households;

    /// <summary>Gets the persons by index: the parties to the disputes, then the other persons called.</summary>
    public IReadOnlyList<PersonId> Persons => _persons;

    /// <summary>Gets the number of visits.</summary>
    public int VisitCount => _visitOfficers.Length;

    /// <summary>Gets, for each officer index and one past the last (the officers not on the register), the first of its visits; one more entry ends the last group.</summary>
    public ReadOnlySpan<int> VisitStarts => _visitStarts;

    /// <summary>Gets the officer of each visit, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> VisitOfficers => _visitOfficers;

    /// <summary>Gets the household of each visit, an index into <see cref="Households"/>.</summary>
    public ReadOnlySpan<int> VisitHouseholds => _visitHouseholds;

    /// <summary>Gets the instant of each visit, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> VisitTicks => _visitTicks;

    /// <summary>Gets the kind of each visit.</summary>
    public ReadOnlySpan<VisitKind> VisitKinds => _visitKinds;

    /// <summary>Gets the index in the log's visits of each visit.</summary>
    public ReadOnlySpan<int> VisitLogIndexes => _visitLogIndexes;

    /// <summary>Gets the number of follow-up calls.</summary>
    public int FollowUpCount => _followUpSubjects.Length;

    /// <summary>Gets what each call follows up.</summary>
    public ReadOnlySpan<FollowUpSubject> FollowUpSubjects => _followUpSubjects;

    /// <summary>
    /// Gets the event each call follows up: the index of the last visit, service or mediation (as
    /// <see cref="FollowUpSubjects"/> says) with the subject's id, or -1 for a registration matter or an id no event has.
    /// </summary>
    public ReadOnlySpan<int> FollowUpTargets => _followUpTargets;

    /// <summary>Gets the result of each call.</summary>
    public ReadOnlySpan<FollowUpResult> FollowUpResults => _followUpResults;

    /// <summary>Gets the person each call reached, an index into <see cref="Persons"/>, or -1 when not recorded.</summary>
    public ReadOnlySpan<int> FollowUpPersons => _followUpPersons;

    /// <summary>Gets the number of disputes.</summary>
    public int DisputeCount => _partyStarts.Length - 1;

    /// <summary>Gets, for each dispute, the first of its parties in <see cref="DisputeParties"/>; one more entry ends the last.</summary>
    public ReadOnlySpan<int> DisputePartyStarts => _partyStarts;

    /// <summary>Gets the parties of every dispute, one after another, as indices into <see cref="Persons"/>.</summary>
    public ReadOnlySpan<int> DisputeParties => _parties;

    /// <summary>Gets the number of mediations.</summary>
    public int MediationCount => _mediationOfficers.Length;

    /// <summary>Gets the officer of each mediation, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> MediationOfficers => _mediationOfficers;

    /// <summary>Gets the instant of each mediation, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> MediationTicks => _mediationTicks;

    /// <summary>Gets the outcome of each mediation.</summary>
    public ReadOnlySpan<MediationOutcome> MediationOutcomes => _mediationOutcomes;

    /// <summary>Gets the dispute of each mediation: the first dispute with its id, or -1 when no dispute has it.</summary>
    public ReadOnlySpan<int> MediationDisputes => _mediationDisputes;

    /// <summary>Gets the number of case leads.</summary>
    public int LeadCount => _leadOfficers.Length;

    /// <summary>Gets the officer of each lead, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> LeadOfficers => _leadOfficers;

    /// <summary>Gets the instant of each lead, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> LeadTicks => _leadTicks;

    /// <summary>Gets the case kind of each lead.</summary>
    public ReadOnlySpan<CaseKind> LeadKinds => _leadKinds;

    /// <summary>Gets the number of apprehensions.</summary>
    public int ApprehensionCount => _apprehensionOfficers.Length;

    /// <summary>Gets the officer of each apprehension, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> ApprehensionOfficers => _apprehensionOfficers;

    /// <summary>Gets the instant of each apprehension, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> ApprehensionTicks => _apprehensionTicks;

    /// <summary>Gets the kind of each apprehension.</summary>
    public ReadOnlySpan<ApprehensionKind> ApprehensionKinds => _apprehensionKinds;

    /// <summary>Gets the number of information items.</summary>
    public int InformationCount => _informationOfficers.Length;

    /// <summary>Gets the officer of each information item, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> InformationOfficers => _informationOfficers;

    /// <summary>Gets the day each information item was collected.</summary>
    public ReadOnlySpan<LocalDate> InformationCollectedOn => _informationCollectedOn;

    /// <summary>Gets the days from collection to entry of each information item, or <see cref="NotEntered"/>.</summary>
    public ReadOnlySpan<int> InformationEntryDelays => _informationDelays;

    /// <summary>Gets the number of services.</summary>
    public int ServiceCount => _serviceOfficers.Length;

    /// <summary>Gets the officer of each service, or -1 when the register lacks the officer.</summary>
    public ReadOnlySpan<int> ServiceOfficers => _serviceOfficers;

    /// <summary>Gets the instant of each service, in ticks since the Unix epoch.</summary>
    public ReadOnlySpan<long> ServiceTicks => _serviceTicks;

    /// <summary>Gets how the public recognised each service.</summary>
    public ReadOnlySpan<Recognition> ServiceRecognitions => _serviceRecognitions;

    /// <summary>Gets where each service was given.</summary>
    public ReadOnlySpan<ServicePlace> ServicePlaces => _servicePlaces;

    /// <summary>Gets the register's officers, in the order of <see cref="Officers"/>.</summary>
    internal Officer[] OfficerRecords => _officerRecords;

    /// <summary>Gets the beats each officer answers for, in id order.</summary>
    internal BeatId[][] OfficerBeats => _officerBeats;

    /// <summary>Gets, for each household of the register, the officer answering for its beat, or -1.</summary>
    internal int[] HouseholdOwners => _householdOwners;

    /// <summary>Gets the raw visit starts by officer, for the tally.</summary>
    internal int[] VisitStartArray => _visitStarts;

    /// <summary>Gets, for each visit, the previous visit with its id (-1 when none; a validated log has none).</summary>
    internal int[] VisitPrevious => _visitPrevious;

    /// <summary>Gets, for each service, the previous service with its id, or -1.</summary>
    internal int[] ServicePrevious => _servicePrevious;

    /// <summary>Gets, for each mediation, the previous mediation with its id, or -1.</summary>
    internal int[] MediationPrevious => _mediationPrevious;

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
        return new ActivityColumns(context, log, Parts(maxDegreeOfParallelism));
    }

    /// <summary>
    /// Reads every event of a kind once, on all cores, a block at a time: the block's events are read back to back
    /// first, so that their misses overlap; then each event's officer is looked up (the block's slots read back to back
    /// too), its fields are copied, and its id, when it has one, is hashed and packed for its id table.
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
    private static EventIdTable? ReadEach<T>(
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
        var found = officers = new int[count];
        var idSeed = StringIndex.NewSeed();
        var idHashes = idOf is null ? null : ArrayPool<uint>.Shared.Rent(count);
        var idKeys = idOf is null ? null : ArrayPool<StringIndex.PackedKey>.Shared.Rent(count);
        var parts = options.MaxDegreeOfParallelism;
        Parallel.For(0, parts, options, p =>
        {
            var keys = new string?[Block];
            var (start, end) = Range(count, p, parts);
            for (var block = start; block < end; block += Block)
            {
                var size = Math.Min(Block, end - block);
                for (var j = 0; j < size; j++)
                {
                    keys[j] = officerOf(events[block + j]);
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

        var table = EventIdTable.Build(count, e => idOf(events[e]), idHashes!, idKeys!, idSeed, options);
        ArrayPool<uint>.Shared.Return(idHashes!);
        ArrayPool<StringIndex.PackedKey>.Shared.Return(idKeys!);
        return table;
    }

    /// <summary>The number of parts to split a pass into for a requested degree of parallelism.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    internal static int Parts(int? maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "At least one core is needed.");
        }

        return Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, 64);
    }

    /// <summary>The share of part <paramref name="part"/> of <paramref name="parts"/> of <paramref name="count"/> items.</summary>
    internal static (int Start, int End) Range(int count, int part, int parts) =>
        ((int)((long)count * part / parts), (int)((long)count * (part + 1) / parts));

    /// <summary>Runs a body for every item, each core on its own range.</summary>
    internal static void ForRanges(int count, ParallelOptions options, Action<int> body)
    {
        var parts = options.MaxDegreeOfParallelism;
        Parallel.For(0, parts, options, p =>
        {
            var (start, end) = Range(count, p, parts);
            for (var i = start; i < end; i++)
            {
                body(i);
            }
        });
    }
}
