using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Metrics;

/// <summary>
/// A month's tallies split by officer, for machines that tally apart: <see cref="Split"/> cuts a log into parts
/// such that each part holds everything its officers' months need, <see cref="TallyPart"/> tallies one part into
/// partial months (<see cref="OfficerMonthPart"/>) with <see cref="TallyAccumulator"/>, and <see cref="Finish"/>
/// makes the months from the merged parts (<see cref="OfficerMonthWire.Merge"/>). The result is the one
/// <see cref="TallyAccumulator"/> and <see cref="MonthlyTally"/> give over the whole log.
/// </summary>
/// <remarks>
/// <para>Some figures need more than one event: the distinct households an officer visited, a call credited to the
/// officer of the last event of the month with its id, a mediation's dispute (the first with its id) and its
/// parties. So an officer's events all go to one part, chosen by a stable hash; officers whose events share an id
/// of a kind that calls follow up (a visit, a service or a mediation id given twice) go to the same part, so that
/// "the last event with the id" is decided where all of them are; each call goes with the events of its subject's
/// id, and each dispute to every part with a mediation of it. Each part also carries, for every visit, whether its
/// household is due a visit in a beat its officer answers for: the plan is the driver's.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class OfficerPartition
{
    /// <summary>The station of the officers of a part's own register: none of the register's figures is read from it.</summary>
    private static readonly StationId PartStation = new("part");

    /// <summary>No consistency: the driver reads it from the report.</summary>
    private static readonly Func<BeatId, Rate> NoConsistency = _ => Rate.NoData;

    /// <summary>Cuts a log into parts by officer.</summary>
    /// <param name="log">The events.</param>
    /// <param name="context">The register.</param>
    /// <param name="plan">The month's visit plan.</param>
    /// <param name="parts">The number of parts, 1 or more.</param>
    /// <returns>Each part's events, in the log's order, and for each of its visits whether its household is due for its officer.</returns>
    internal static (ActivityLog Log, bool[] VisitDue)[] Split(ActivityLog log, ActivityContext context, VisitPlan plan, int parts)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);

        // Officers joined by an id they share, of each kind a call can follow up; each group's root is its smallest id.
        var root = new Dictionary<OfficerId, OfficerId>();
        OfficerId Find(OfficerId o)
        {
            if (!root.TryGetValue(o, out var parent))
            {
                root[o] = o;
                return o;
            }

            return parent == o ? o : root[o] = Find(parent);
        }

        void Join(OfficerId a, OfficerId b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                (root[ra], root[rb]) = ra.CompareTo(rb) < 0 ? (ra, ra) : (rb, rb);
            }
        }

        var visitOwner = Owners(log.Visits, v => v.Id.Value, v => v.Officer, Find, Join);
        var serviceOwner = Owners(log.Services, s => s.Id.Value, s => s.Officer, Find, Join);
        var mediationOwner = Owners(log.Mediations, m => m.Id.Value, m => m.Officer, Find, Join);
        int PartOf(OfficerId officer) => Hash(Find(officer).Value, parts);
        var cut = Enumerable.Range(0, parts).Select(_ => new Builder()).ToArray();
        foreach (var v in log.Visits)
        {
            var due = context.BeatOf(v.Household) is { } beat && context.ResponsibleFor(beat) == v.Officer && plan.IsDue(v.Household, beat);
            var part = cut[PartOf(v.Officer)];
            part.Visits.Add(v);
            part.VisitDue.Add(due);
        }

        foreach (var c in log.FollowUps)
        {
            OfficerId? owner = c.Subject switch
            {
                FollowUpSubject.Visit => visitOwner.TryGetValue(c.SubjectId, out var o) ? o : null,
                FollowUpSubject.Service => serviceOwner.TryGetValue(c.SubjectId, out var o) ? o : null,
                FollowUpSubject.Mediation => mediationOwner.TryGetValue(c.SubjectId, out var o) ? o : null,
                _ => null,
            };

            // A call about no event of the log is credited to no one, wherever it goes.
            cut[owner is { } officer ? PartOf(officer) : Hash(c.SubjectId, parts)].FollowUps.Add(c);
        }

        var disputeParts = new Dictionary<DisputeId, HashSet<int>>();
        foreach (var m in log.Mediations)
        {
            var part = PartOf(m.Officer);
            cut[part].Mediations.Add(m);
            if (!disputeParts.TryGetValue(m.Dispute, out var set))
            {
                disputeParts[m.Dispute] = set = [];
            }

            set.Add(part);
        }

        // Every dispute with an id goes, in the log's order, to each part that mediates it: the first is the one mediated.
        foreach (var d in log.Disputes)
        {
            foreach (var part in disputeParts.GetValueOrDefault(d.Id) ?? [])
            {
                cut[part].Disputes.Add(d);
            }
        }

        foreach (var l in log.Leads)
        {
            cut[PartOf(l.Officer)].Leads.Add(l);
        }

        foreach (var a in log.Apprehensions)
        {
            cut[PartOf(a.Officer)].Apprehensions.Add(a);
        }

        foreach (var i in log.Information)
        {
            cut[PartOf(i.Officer)].Information.Add(i);
        }

        foreach (var s in log.Services)
        {
            cut[PartOf(s.Officer)].Services.Add(s);
        }

        return [.. cut.Select(b => (new ActivityLog(b.Visits, b.FollowUps, b.Disputes, b.Mediations, b.Leads, b.Apprehensions, b.Information, b.Services), b.VisitDue.ToArray()))];
    }

    /// <summary>Tallies one part into its officers' partial months, in officer-id order.</summary>
    /// <param name="part">The part's events, as <see cref="Split"/> cut them.</param>
    /// <param name="visitDue">For each visit of the part, whether its household is due for its officer.</param>
    /// <param name="period">The month.</param>
    /// <returns>The partial month of every officer with an event in the part.</returns>
    /// <exception cref="ArgumentException">The flags are not one a visit.</exception>
    internal static IReadOnlyList<OfficerMonthPart> TallyPart(ActivityLog part, IReadOnlyList<bool> visitDue, MonthlyPeriod period)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(visitDue);
        if (visitDue.Count != part.Visits.Count)
        {
            throw new ArgumentException($"The part has {part.Visits.Count} visits but {visitDue.Count} due flags: one a visit.", nameof(visitDue));
        }

        // The accumulator finishes against a register: here one of the part's officers alone, with no beats and so
        // nothing due (the register's figures are the driver's). The due households visited are the distinct
        // households of the part's due visits alone, tallied the same way.
        IEnumerable<OfficerId> officers = [
            .. part.Visits.Select(v => v.Officer), .. part.Mediations.Select(m => m.Officer), .. part.Leads.Select(l => l.Officer),
            .. part.Apprehensions.Select(a => a.Officer), .. part.Information.Select(i => i.Officer), .. part.Services.Select(s => s.Officer)];
        var context = new ActivityContext(new Register([], [], officers.Distinct().Select(o => new Officer(o, o.Value, PartStation, OfficerRole.Community)), [], [], [], []));
        var plan = VisitPlan.Build(context, period, new Dictionary<HouseholdId, NodaTime.LocalDate>());
        var months = TallyAccumulator.Of(part, period).Finish(context, plan, NoConsistency);
        var due = TallyAccumulator.Of(ActivityLog.Empty with { Visits = [.. part.Visits.Where((_, i) => visitDue[i])] }, period).Finish(context, plan, NoConsistency);
        return [.. months.Select((m, i) => OfficerMonthPart.Of(m, due[i].DistinctHouseholdsVisited))];
    }

    /// <summary>Makes every officer's month of the register, in id order, from the merged partial months.</summary>
    /// <param name="merged">The partial months of every part, merged (<see cref="OfficerMonthWire.Merge"/>); officers not on the register are not counted, as in <see cref="TallyAccumulator.Finish"/>.</param>
    /// <param name="context">The register.</param>
    /// <param name="plan">The month's visit plan.</param>
    /// <param name="personIdConsistency">The person-ID consistency rate of a beat.</param>
    /// <returns>The months.</returns>
    internal static IReadOnlyList<OfficerMonth> Finish(IReadOnlyList<OfficerMonthPart> merged, ActivityContext context, VisitPlan plan, Func<BeatId, Rate> personIdConsistency)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(context);
        var byOfficer = merged.ToDictionary(m => m.Officer);

        // The register's figures (households due, consistency) from a tally of no events, then each officer's own.
        var register = TallyAccumulator.Empty(plan.Period).Finish(context, plan, personIdConsistency);
        return [.. register.Select(m => byOfficer.TryGetValue(m.Officer, out var part) ? part.ToMonth(context.OfficerOf(m.Officer)!, m) : m)];
    }

    /// <summary>The owner of each id of a kind (its first event's officer), every other officer with the id joined to it.</summary>
    private static Dictionary<string, OfficerId> Owners<T>(IEnumerable<T> events, Func<T, string> id, Func<T, OfficerId> officer, Func<OfficerId, OfficerId> find, Action<OfficerId, OfficerId> join)
    {
        var owners = new Dictionary<string, OfficerId>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var o = officer(e);
            find(o);
            if (!owners.TryAdd(id(e), o))
            {
                join(owners[id(e)], o);
            }
        }

        return owners;
    }

    /// <summary>A stable part of a string (FNV-1a over its UTF-16 code units), the same on every machine and run.</summary>
    internal static int Hash(string value, int parts)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return ConsistencyWire.ShardOf(hash, parts);
    }

    private sealed class Builder
    {
        internal List<Visit> Visits { get; } = [];

        internal List<bool> VisitDue { get; } = [];

        internal List<FollowUpCall> FollowUps { get; } = [];

        internal List<Dispute> Disputes { get; } = [];

        internal List<Mediation> Mediations { get; } = [];

        internal List<CaseLead> Leads { get; } = [];

        internal List<Apprehension> Apprehensions { get; } = [];

        internal List<InformationItem> Information { get; } = [];

        internal List<ServiceRecord> Services { get; } = [];
    }
}
