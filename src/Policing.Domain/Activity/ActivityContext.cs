using Policing.Domain.Beats;
using Policing.Domain.Internals;
using Policing.Domain.Population;

namespace Policing.Domain.Activity;

/// <summary>
/// The register as the activity log is checked and tallied against it: who the officers are, which beats each
/// community officer answers for, which beat each household lies in, who the residents are, and which
/// households have a member of a must-visit group.
/// </summary>
/// <remarks>An instance is immutable once built and is thread-safe.</remarks>
public sealed class ActivityContext
{
    private readonly Dictionary<OfficerId, Officer> _officers;
    private readonly StringIndex _householdIndex;
    private readonly HouseholdId[] _households;
    private readonly BeatId?[] _householdBeats;
    private readonly HashSet<PersonId> _people;
    private readonly HashSet<HouseholdId> _mustVisit;
    private readonly Dictionary<BeatId, OfficerId> _responsible;
    private readonly Dictionary<OfficerId, List<BeatId>> _beatsOf;
    private RegisterNumbering? _numbering;

    /// <summary>Builds the context from a register, reusing the indexes it built.</summary>
    /// <param name="register">The register; its broken records are in its <see cref="Register.Problems"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is <see langword="null"/>.</exception>
    public ActivityContext(Register register)
    {
        ArgumentNullException.ThrowIfNull(register);
        _officers = register.Officers.ToDictionary(o => o.Id);
        _responsible = [];
        _beatsOf = [];
        Beats = register.Beats.Select(b => b.Id).ToHashSet();
        foreach (var beat in register.Beats)
        {
            if (beat.ResponsibleOfficer is { } officer)
            {
                _responsible[beat.Id] = officer;
                if (!_beatsOf.TryGetValue(officer, out var list))
                {
                    _beatsOf[officer] = list = [];
                }

                list.Add(beat.Id);
            }
        }

        var (houses, households, registered) = (register.HouseArray, register.HouseholdArray, register.HouseholdHouses);
        _householdIndex = register.HouseholdTable;
        _households = new HouseholdId[households.Length];
        _householdBeats = new BeatId?[households.Length];
        for (var i = 0; i < households.Length; i++)
        {
            _households[i] = households[i].Id;
            _householdBeats[i] = registered[i] >= 0 ? houses[registered[i]].Beat : null;
        }

        _people = register.People;
        _mustVisit = register.MustVisit;
    }

    /// <summary>Gets every officer, in id order.</summary>
    public IEnumerable<Officer> Officers => _officers.Values.OrderBy(o => o.Id);

    /// <summary>Gets every beat id.</summary>
    public IReadOnlySet<BeatId> Beats { get; }

    /// <summary>Gets every household id with the beat it lies in (null when its house is not on the register).</summary>
    public IEnumerable<KeyValuePair<HouseholdId, BeatId?>> Households =>
        _households.Select((household, i) => KeyValuePair.Create(household, _householdBeats[i]));

    /// <summary>Gets the officer with an id.</summary>
    /// <param name="id">The officer's id.</param>
    /// <returns>The officer, or <see langword="null"/> when unknown.</returns>
    public Officer? OfficerOf(OfficerId id) => _officers.GetValueOrDefault(id);

    /// <summary>Gets the beats an officer answers for, in id order.</summary>
    /// <param name="officer">The officer.</param>
    /// <returns>The beats; none for an officer who answers for no beat.</returns>
    public IReadOnlyList<BeatId> BeatsOf(OfficerId officer) =>
        _beatsOf.TryGetValue(officer, out var beats) ? [.. beats.Order()] : [];

    /// <summary>Gets the officer responsible for a beat.</summary>
    /// <param name="beat">The beat.</param>
    /// <returns>The officer, or <see langword="null"/> for an uncovered beat.</returns>
    public OfficerId? ResponsibleFor(BeatId beat) => _responsible.TryGetValue(beat, out var officer) ? officer : null;

    /// <summary>Tells whether a household is on the register.</summary>
    /// <param name="household">The household.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool HasHousehold(HouseholdId household) => IndexOf(household) >= 0;

    /// <summary>Gets the beat a household lies in.</summary>
    /// <param name="household">The household.</param>
    /// <returns>The beat, or <see langword="null"/> when the household or its house is not on the register.</returns>
    public BeatId? BeatOf(HouseholdId household) => IndexOf(household) is var i and >= 0 ? _householdBeats[i] : null;

    /// <summary>Tells whether a person is on the register.</summary>
    /// <param name="person">The person.</param>
    /// <returns><see langword="true"/> when they are.</returns>
    public bool HasPerson(PersonId person) => _people.Contains(person);

    /// <summary>Tells whether a household has a member of a must-visit group (五必访), and so is due a visit every month.</summary>
    /// <param name="household">The household.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool IsMustVisit(HouseholdId household) => _mustVisit.Contains(household);

    /// <summary>Gets the number of households on the register.</summary>
    internal int HouseholdCount => _households.Length;

    /// <summary>Gets the beat of the household with a dense index, or null when its house is not on the register.</summary>
    internal BeatId? BeatAt(int index) => _householdBeats[index];

    /// <summary>Gets a household's dense index (0 to <see cref="HouseholdCount"/> - 1), or -1 when it is not on the register.</summary>
    internal int IndexOf(HouseholdId household) => household.Value is { } id ? _householdIndex.Find(id) : -1;

    /// <summary>Gets the household ids by dense index.</summary>
    internal HouseholdId[] HouseholdIds => _households;

    /// <summary>Gets the index of household ids, whose values are the dense indices.</summary>
    internal StringIndex HouseholdIndex => _householdIndex;

    /// <summary>Gets the register numbered for activity columns, built on first use (on the parts of that use's pass) and shared by every month tallied against this context.</summary>
    /// <param name="parts">The parts the pass that needs it runs on, from <see cref="Scheduler.Parts"/>.</param>
    internal RegisterNumbering NumberingFor(int parts)
    {
        var numbering = Volatile.Read(ref _numbering);
        if (numbering is null)
        {
            // Two first uses at once may both number the register: the numbering is the same, one is kept.
            Interlocked.CompareExchange(ref _numbering, new RegisterNumbering(this, parts), null);
            numbering = _numbering;
        }

        return numbering;
    }

    /// <summary>
    /// The officers and households of a register numbered once for the activity columns: officers in id order with an
    /// index of their ids and the beats each answers for, for each household the officer answering for its beat, and
    /// each officer's households.
    /// </summary>
    internal sealed class RegisterNumbering
    {
        internal RegisterNumbering(ActivityContext context, int parts)
        {
            Officers = [.. context.Officers];
            Ids = [.. Officers.Select(o => o.Id)];
            Beats = new BeatId[Ids.Length][];
            OfficerIndex = new StringIndex(Ids.Length);
            var beatOwners = new Dictionary<BeatId, int>();
            for (var i = 0; i < Ids.Length; i++)
            {
                OfficerIndex.TryAdd(Ids[i].Value, i);
                Beats[i] = [.. context.BeatsOf(Ids[i])];
                foreach (var beat in Beats[i])
                {
                    beatOwners[beat] = i;
                }
            }

            var beats = context._householdBeats;
            var owners = HouseholdOwners = new int[beats.Length];
            Scheduler.ForRanges(beats.Length, Scheduler.Options(parts), h =>
                owners[h] = beats[h] is { } beat && beatOwners.TryGetValue(beat, out var owner) ? owner : -1);
            OwnedHouseholds = new OwnedHouseholds(context._households, owners, Ids.Length, context._householdIndex, parts);
        }

        /// <summary>Gets the register's officers, in id order.</summary>
        internal Officer[] Officers { get; }

        /// <summary>Gets the officers' ids, in the same order.</summary>
        internal OfficerId[] Ids { get; }

        /// <summary>Gets the index of officer ids, whose values are the officers' numbers.</summary>
        internal StringIndex OfficerIndex { get; }

        /// <summary>Gets the beats each officer answers for, in id order.</summary>
        internal BeatId[][] Beats { get; }

        /// <summary>Gets, for each household by dense index, the officer answering for its beat, or -1.</summary>
        internal int[] HouseholdOwners { get; }

        /// <summary>Gets each officer's households, for visits taken officer by officer.</summary>
        internal OwnedHouseholds OwnedHouseholds { get; }
    }
}
