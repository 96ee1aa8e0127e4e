using System.Runtime.InteropServices;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Metrics;

/// <summary>
/// The tally of part of a month's activity log, as a monoid: <see cref="Empty"/>, and <see cref="Merge"/>, which is
/// associative and commutative, so that the tally of a log split any way and merged in any order equals the tally
/// of the whole. It carries what the figures need across parts: the households each officer visited, who is
/// credited with each visit, service and mediation, the parties of each dispute, and the follow-up calls, which
/// are matched to their events only when the tally is finished.
/// </summary>
/// <remarks>
/// <para>
/// Events count in the month of their local date in the period's zone; information items in the month they were
/// collected; a follow-up call in the month of the event it follows up, whenever it was made. Registration
/// follow-ups are credited to no officer.
/// </para>
/// <para>
/// What each event adds to its officer's month is stated once, in <c>OfficerCounts</c>, and read by this tally and
/// by <see cref="MonthlyTally"/> alike; how an officer's months of two parts merge is stated once, in the metric
/// table (<c>TallyMetricTable</c>), row by row. An id given twice is no error here (the validator reports it): every event
/// counts; a call follows up the last event of the month with its id; the first dispute with an id is the one
/// mediated.
/// </para>
/// <para>An instance is immutable and is thread-safe.</para>
/// </remarks>
public sealed class TallyAccumulator
{
    private readonly Dictionary<OfficerId, OfficerMonth> _parts;
    private readonly Dictionary<OfficerId, HashSet<HouseholdId>> _visited;
    private readonly Dictionary<string, OfficerId> _visitOfficer;
    private readonly Dictionary<string, OfficerId> _serviceOfficer;
    private readonly Dictionary<string, (OfficerId Officer, DisputeId Dispute)> _mediations;
    private readonly Dictionary<DisputeId, IReadOnlyList<PersonId>> _disputes;
    private readonly List<FollowUpCall> _followUps;

    private TallyAccumulator(
        MonthlyPeriod period,
        Dictionary<OfficerId, OfficerMonth> parts,
        Dictionary<OfficerId, HashSet<HouseholdId>> visited,
        Dictionary<string, OfficerId> visitOfficer,
        Dictionary<string, OfficerId> serviceOfficer,
        Dictionary<string, (OfficerId, DisputeId)> mediations,
        Dictionary<DisputeId, IReadOnlyList<PersonId>> disputes,
        List<FollowUpCall> followUps)
    {
        Period = period;
        _parts = parts;
        _visited = visited;
        _visitOfficer = visitOfficer;
        _serviceOfficer = serviceOfficer;
        _mediations = mediations;
        _disputes = disputes;
        _followUps = followUps;
    }

    /// <summary>Gets the month tallied.</summary>
    public MonthlyPeriod Period { get; }

    /// <summary>Gets the tally of no events for a month: the identity of <see cref="Merge"/>.</summary>
    /// <param name="period">The month.</param>
    /// <returns>The empty tally.</returns>
    public static TallyAccumulator Empty(MonthlyPeriod period) => new(period, [], [], [], [], [], [], []);

    /// <summary>Tallies a log, or a part of one, in one pass over its events.</summary>
    /// <param name="log">The events, validated (see <see cref="ActivityValidator"/>).</param>
    /// <param name="period">The month.</param>
    /// <returns>The tally of the part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is <see langword="null"/>.</exception>
    [MustUseOutcome]
    public static TallyAccumulator Of(ActivityLog log, MonthlyPeriod period)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counts = new Dictionary<OfficerId, OfficerCounts>();
        var visited = new Dictionary<OfficerId, HashSet<HouseholdId>>();
        var visitOfficer = new Dictionary<string, OfficerId>();
        var serviceOfficer = new Dictionary<string, OfficerId>();
        var mediations = new Dictionary<string, (OfficerId, DisputeId)>();

        // Each event adds to its officer's counts by the rule of its kind, in OfficerCounts, as on the columnar path.
        ref OfficerCounts CountsOf(OfficerId officer) => ref CollectionsMarshal.GetValueRefOrAddDefault(counts, officer, out _);

        foreach (var v in log.Visits)
        {
            if (!period.Contains(v.At))
            {
                continue;
            }

            CountsOf(v.Officer).AddVisit(v.Kind);
            if (!visited.TryGetValue(v.Officer, out var households))
            {
                visited[v.Officer] = households = [];
            }

            households.Add(v.Household);
            visitOfficer[v.Id.Value] = v.Officer;
        }

        foreach (var m in log.Mediations)
        {
            if (period.Contains(m.At))
            {
                CountsOf(m.Officer).AddMediation(m.Outcome);
                mediations[m.Id.Value] = (m.Officer, m.Dispute);
            }
        }

        foreach (var l in log.Leads)
        {
            if (period.Contains(l.At))
            {
                CountsOf(l.Officer).AddLead(l.CaseKind);
            }
        }

        foreach (var a in log.Apprehensions)
        {
            if (period.Contains(a.At))
            {
                CountsOf(a.Officer).AddApprehension(a.Kind);
            }
        }

        foreach (var i in log.Information)
        {
            if (period.Contains(i.CollectedOn))
            {
                CountsOf(i.Officer).AddInformation(OfficerCounts.EntryDelay(i.CollectedOn, i.EnteredOn));
            }
        }

        foreach (var s in log.Services)
        {
            if (period.Contains(s.At))
            {
                CountsOf(s.Officer).AddService(s.Recognition, s.Place);
                serviceOfficer[s.Id.Value] = s.Officer;
            }
        }

        // The first dispute with an id is the one mediated, as on the columnar path.
        var disputes = new Dictionary<DisputeId, IReadOnlyList<PersonId>>();
        foreach (var d in log.Disputes)
        {
            disputes.TryAdd(d.Id, d.Parties);
        }

        // Each officer's counts become the month of this part, which carries no figure of the whole month (and no role:
        // the register gives it when the tally is finished).
        var parts = counts.ToDictionary(c => c.Key, c => c.Value.ToMonth(c.Key, default, period.Month, 0, 0, 0, default, 0, Rate.NoData));
        return new TallyAccumulator(period, parts, visited, visitOfficer, serviceOfficer, mediations, disputes, [.. log.FollowUps]);
    }

    /// <summary>Merges the tally of another, disjoint part of the same month's log.</summary>
    /// <param name="other">The other part's tally.</param>
    /// <returns>The tally of both parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> tallies another month.</exception>
    public TallyAccumulator Merge(TallyAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Period != Period)
        {
            throw new ArgumentException($"Only tallies of the same month can be merged: {Period} and {other.Period}.", nameof(other));
        }

        // An officer's months of both parts merge row by row, as the metric table says.
        var parts = new Dictionary<OfficerId, OfficerMonth>(_parts);
        foreach (var (officer, part) in other._parts)
        {
            parts[officer] = parts.TryGetValue(officer, out var mine) ? TallyMetricTable.Merge(mine, part) : part;
        }

        var visited = _visited.ToDictionary(v => v.Key, v => new HashSet<HouseholdId>(v.Value));
        foreach (var (officer, households) in other._visited)
        {
            if (visited.TryGetValue(officer, out var set))
            {
                set.UnionWith(households);
            }
            else
            {
                visited[officer] = [.. households];
            }
        }

        return new TallyAccumulator(
            Period,
            parts,
            visited,
            Union(_visitOfficer, other._visitOfficer),
            Union(_serviceOfficer, other._serviceOfficer),
            Union(_mediations, other._mediations),
            Union(_disputes, other._disputes),
            [.. _followUps, .. other._followUps]);
    }

    /// <summary>Finishes the tally: one <see cref="OfficerMonth"/> for every officer of the register, in id order.</summary>
    /// <param name="context">The register.</param>
    /// <param name="plan">The month's visit plan.</param>
    /// <param name="personIdConsistency">The person-ID consistency rate of a beat, read from the consistency report (for example <c>report.PersonIdConsistencyOf</c>).</param>
    /// <returns>The officers' months.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [MustUseOutcome]
    public IReadOnlyList<OfficerMonth> Finish(ActivityContext context, VisitPlan plan, Func<BeatId, Rate> personIdConsistency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personIdConsistency);
        var calls = new Dictionary<OfficerId, FollowUpCounts>();
        var satisfiedParties = new Dictionary<string, HashSet<PersonId>>(StringComparer.Ordinal);
        foreach (var call in _followUps)
        {
            OfficerId? officer = call.Subject switch
            {
                FollowUpSubject.Visit => _visitOfficer.TryGetValue(call.SubjectId, out var o) ? o : null,
                FollowUpSubject.Service => _serviceOfficer.TryGetValue(call.SubjectId, out var o) ? o : null,
                FollowUpSubject.Mediation => _mediations.TryGetValue(call.SubjectId, out var m) ? m.Officer : null,
                _ => null,
            };
            if (officer is not { } credited)
            {
                continue;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(calls, credited, out _).Add(call.Result);
            if (call.Subject == FollowUpSubject.Mediation && call.Result == FollowUpResult.Satisfied && call.Person is { } person)
            {
                if (!satisfiedParties.TryGetValue(call.SubjectId, out var people))
                {
                    satisfiedParties[call.SubjectId] = people = [];
                }

                people.Add(person);
            }
        }

        var allSatisfied = new Dictionary<OfficerId, int>();
        foreach (var (id, (officer, dispute)) in _mediations)
        {
            if (_disputes.TryGetValue(dispute, out var parties) && satisfiedParties.TryGetValue(id, out var satisfied) && parties.All(satisfied.Contains))
            {
                allSatisfied[officer] = allSatisfied.GetValueOrDefault(officer) + 1;
            }
        }

        var months = new List<OfficerMonth>();
        foreach (var officer in context.Officers)
        {
            var visitedHouseholds = _visited.GetValueOrDefault(officer.Id);
            var beats = context.BeatsOf(officer.Id);
            var due = 0;
            var dueVisited = 0;
            var consistency = Rate.NoData;
            foreach (var beat in beats)
            {
                var dueHere = plan.DueIn(beat);
                due += dueHere.Count;
                dueVisited += visitedHouseholds is null ? 0 : dueHere.Count(visitedHouseholds.Contains);
                consistency = consistency.Plus(personIdConsistency(beat));
            }

            // The figures of the whole month, merged with what the parts counted.
            var finished = default(OfficerCounts).ToMonth(officer.Id, officer.Role, Period.Month, visitedHouseholds?.Count ?? 0, due, dueVisited, calls.GetValueOrDefault(officer.Id), allSatisfied.GetValueOrDefault(officer.Id), consistency);
            months.Add(_parts.TryGetValue(officer.Id, out var counted) ? TallyMetricTable.Merge(finished, counted) : finished);
        }

        return months;
    }

    private static Dictionary<TKey, TValue> Union<TKey, TValue>(Dictionary<TKey, TValue> a, Dictionary<TKey, TValue> b)
        where TKey : notnull
    {
        var union = new Dictionary<TKey, TValue>(a);
        foreach (var (key, value) in b)
        {
            union.TryAdd(key, value);
        }

        return union;
    }
}
