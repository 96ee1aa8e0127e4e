using System.Collections.Concurrent;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Metrics;

/// <summary>
/// Builds a month's tallies, one per officer, on all cores. The same figures as
/// <see cref="TallyAccumulator.Of"/> followed by <see cref="TallyAccumulator.Finish"/> (a property test holds them
/// equal), computed the fast way for a single machine: officers and households become dense indices, each core counts
/// its share of every event kind into flat arrays, and the subjects of the follow-up calls are found in tables split by
/// hash. Use <see cref="TallyAccumulator"/> to tally shards apart and merge them.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class MonthlyTally
{
    /// <summary>Builds the tallies of a month.</summary>
    /// <param name="context">The register the activity is checked against.</param>
    /// <param name="log">The validated activity (see <see cref="ActivityValidator"/>).</param>
    /// <param name="plan">The visit plan of the month.</param>
    /// <param name="personIdConsistency">The person-ID consistency of a beat (from the consistency report).</param>
    /// <param name="maxDegreeOfParallelism">How many cores to use; all when <see langword="null"/>.</param>
    /// <returns>One tally per officer of the register, in officer-id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public static IReadOnlyList<OfficerMonth> Build(ActivityContext context, ActivityLog log, VisitPlan plan, Func<BeatId, Rate> personIdConsistency, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personIdConsistency);
        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "At least one core is needed.");
        }

        var parts = Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, 64);
        return new Run(context, log, plan, parts).Months(personIdConsistency);
    }

    /// <summary>One build: the dense indices, the per-part counts, and the tables of the follow-up subjects.</summary>
    private sealed class Run
    {
        private readonly ActivityContext _context;
        private readonly ActivityLog _log;
        private readonly VisitPlan _plan;
        private readonly MonthlyPeriod _period;
        private readonly int _parts;
        private readonly ParallelOptions _options;
        private readonly Officer[] _officers;
        private readonly StringIndex _officerIndex;
        private readonly OfficerCounts[][] _counts;
        private readonly long[][] _visitKeys;
        private readonly int[] _visitKeyCount;
        private readonly ConcurrentBag<(int Officer, HouseholdId Household)> _unknownHouseholds = [];
        private readonly StringIndex[] _visitOfficer;

        internal Run(ActivityContext context, ActivityLog log, VisitPlan plan, int parts)
        {
            _context = context;
            _log = log;
            _plan = plan;
            _period = plan.Period;
            _parts = parts;
            _options = new ParallelOptions { MaxDegreeOfParallelism = parts };
            _officers = [.. context.Officers];
            _officerIndex = new StringIndex(_officers.Length);
            for (var i = 0; i < _officers.Length; i++)
            {
                _officerIndex.TryAdd(_officers[i].Id.Value, i);
            }

            _counts = new OfficerCounts[parts][];
            _visitKeys = new long[parts][];
            _visitKeyCount = new int[parts];
            _visitOfficer = new StringIndex[parts];
        }

        internal IReadOnlyList<OfficerMonth> Months(Func<BeatId, Rate> personIdConsistency)
        {
            // 1. Each part counts its share of every event kind, keeps its visits as (officer, household) keys, and
            //    tables them by id for the follow-up calls: one read of each event.
            Parallel.For(0, _parts, _options, Count);

            // 2. Services and mediations by id, the two tables built side by side.
            var serviceOfficer = new StringIndex(_log.Services.Count);
            var mediationIndex = new StringIndex(_log.Mediations.Count);
            var mediations = new List<(int Officer, DisputeId Dispute, string Id)>();
            Parallel.Invoke(
                _options,
                () =>
                {
                    foreach (var s in _log.Services)
                    {
                        if (_period.Contains(s.At) && OfficerOf(s.Officer) is var o and >= 0)
                        {
                            serviceOfficer.Set(s.Id.Value, o);
                        }
                    }
                },
                () =>
                {
                    foreach (var m in _log.Mediations)
                    {
                        if (_period.Contains(m.At) && OfficerOf(m.Officer) is var o and >= 0)
                        {
                            // The last of two mediations with one id wins, as in the mergeable tally.
                            if (mediationIndex.Find(m.Id.Value) is var known and >= 0)
                            {
                                mediations[known] = (o, m.Dispute, m.Id.Value);
                            }
                            else
                            {
                                mediationIndex.TryAdd(m.Id.Value, mediations.Count);
                                mediations.Add((o, m.Dispute, m.Id.Value));
                            }
                        }
                    }
                });

            // 3. The follow-up calls, credited to the officer of their subject.
            var calls = new (int Satisfied, int Dissatisfied, int Unreachable)[_parts][];
            var satisfiedParties = new List<(string Mediation, PersonId Person)>[_parts];
            Parallel.For(0, _parts, _options, p =>
            {
                var mine = calls[p] = new (int, int, int)[_officers.Length];
                var parties = satisfiedParties[p] = [];
                foreach (var call in Slice(_log.FollowUps, p))
                {
                    var officer = call.Subject switch
                    {
                        FollowUpSubject.Visit => VisitOfficer(call.SubjectId),
                        FollowUpSubject.Service => serviceOfficer.Find(call.SubjectId),
                        FollowUpSubject.Mediation => mediationIndex.Find(call.SubjectId) is var m and >= 0 ? mediations[m].Officer : -1,
                        _ => -1,
                    };
                    if (officer < 0)
                    {
                        continue;
                    }

                    ref var c = ref mine[officer];
                    c = call.Result switch
                    {
                        FollowUpResult.Satisfied => (c.Satisfied + 1, c.Dissatisfied, c.Unreachable),
                        FollowUpResult.Dissatisfied => (c.Satisfied, c.Dissatisfied + 1, c.Unreachable),
                        _ => (c.Satisfied, c.Dissatisfied, c.Unreachable + 1),
                    };
                    if (call.Subject == FollowUpSubject.Mediation && call.Result == FollowUpResult.Satisfied && call.Person is { } person)
                    {
                        parties.Add((call.SubjectId, person));
                    }
                }
            });

            // 4. Mediations whose every party said they were satisfied.
            var satisfied = new Dictionary<string, HashSet<PersonId>>(StringComparer.Ordinal);
            foreach (var (mediation, person) in satisfiedParties.SelectMany(p => p))
            {
                if (!satisfied.TryGetValue(mediation, out var people))
                {
                    satisfied[mediation] = people = [];
                }

                people.Add(person);
            }

            var disputes = new Dictionary<DisputeId, IReadOnlyList<PersonId>>();
            foreach (var d in _log.Disputes)
            {
                disputes.TryAdd(d.Id, d.Parties);
            }

            var allSatisfied = new int[_officers.Length];
            foreach (var (officer, dispute, id) in mediations)
            {
                if (disputes.TryGetValue(dispute, out var parties) && satisfied.TryGetValue(id, out var people) && parties.All(people.Contains))
                {
                    allSatisfied[officer]++;
                }
            }

            // 5. Distinct households visited, and the due households among them, from the sorted visit keys.
            var (distinct, dueVisited) = DistinctVisits();

            // 6. One tally per officer.
            var months = new OfficerMonth[_officers.Length];
            Parallel.For(0, _officers.Length, _options, i =>
            {
                var counts = default(OfficerCounts);
                var (sat, dis, unr) = (0, 0, 0);
                for (var p = 0; p < _parts; p++)
                {
                    counts = counts.Plus(_counts[p][i]);
                    sat += calls[p][i].Satisfied;
                    dis += calls[p][i].Dissatisfied;
                    unr += calls[p][i].Unreachable;
                }

                var due = 0;
                var consistency = Rate.NoData;
                foreach (var beat in _context.BeatsOf(_officers[i].Id))
                {
                    due += _plan.DueIn(beat).Count;
                    consistency = consistency.Plus(personIdConsistency(beat));
                }

                months[i] = counts.ToMonth(_officers[i], _period.Month, distinct[i], due, dueVisited[i], (sat, dis, unr), allSatisfied[i], consistency);
            });

            return months;
        }

        private int OfficerOf(OfficerId officer) => officer.Value is { } id ? _officerIndex.Find(id) : -1;

        private IEnumerable<T> Slice<T>(IReadOnlyList<T> items, int part)
        {
            var start = (int)((long)items.Count * part / _parts);
            var end = (int)((long)items.Count * (part + 1) / _parts);
            for (var i = start; i < end; i++)
            {
                yield return items[i];
            }
        }

        private void Count(int part)
        {
            var counts = _counts[part] = new OfficerCounts[_officers.Length];
            var visits = _log.Visits;
            var start = (int)((long)visits.Count * part / _parts);
            var end = (int)((long)visits.Count * (part + 1) / _parts);
            var keys = _visitKeys[part] = new long[end - start];
            var table = _visitOfficer[part] = new StringIndex(end - start);
            var k = 0;
            for (var v = start; v < end; v++)
            {
                var visit = visits[v];
                if (!_period.Contains(visit.At) || OfficerOf(visit.Officer) is not (var o and >= 0))
                {
                    continue;
                }

                counts[o] = counts[o].Plus(OfficerCounts.Of(visit));
                table.Set(visit.Id.Value, o);
                var household = _context.IndexOf(visit.Household);
                if (household >= 0)
                {
                    keys[k++] = ((long)o << 32) | (uint)household;
                }
                else
                {
                    _unknownHouseholds.Add((o, visit.Household));
                }
            }

            _visitKeyCount[part] = k;
            foreach (var m in Slice(_log.Mediations, part))
            {
                Add(counts, m.Officer, _period.Contains(m.At), OfficerCounts.Of(m));
            }

            foreach (var l in Slice(_log.Leads, part))
            {
                Add(counts, l.Officer, _period.Contains(l.At), OfficerCounts.Of(l));
            }

            foreach (var a in Slice(_log.Apprehensions, part))
            {
                Add(counts, a.Officer, _period.Contains(a.At), OfficerCounts.Of(a));
            }

            foreach (var i in Slice(_log.Information, part))
            {
                Add(counts, i.Officer, _period.Contains(i.CollectedOn), OfficerCounts.Of(i));
            }

            foreach (var s in Slice(_log.Services, part))
            {
                Add(counts, s.Officer, _period.Contains(s.At), OfficerCounts.Of(s));
            }
        }

        private void Add(OfficerCounts[] counts, OfficerId officer, bool inMonth, OfficerCounts add)
        {
            if (inMonth && OfficerOf(officer) is var o and >= 0)
            {
                counts[o] = counts[o].Plus(add);
            }
        }

        /// <summary>Finds the officer of a visit of the month by its id, in the parts' tables; -1 when there is none.</summary>
        /// <remarks>When two visits share an id (a validated log has none), the last part's wins, as the last visit does in the mergeable tally.</remarks>
        private int VisitOfficer(string id)
        {
            for (var p = _parts - 1; p >= 0; p--)
            {
                if (_visitOfficer[p].Find(id) is var officer and >= 0)
                {
                    return officer;
                }
            }

            return -1;
        }

        private (int[] Distinct, int[] DueVisited) DistinctVisits()
        {
            // Which officer answers for each due household: a visit by that officer to it counts toward the visit rate.
            var dueOwner = new int[_context.HouseholdCount];
            Array.Fill(dueOwner, -1);
            Parallel.For(0, _officers.Length, _options, o =>
            {
                // Each household lies in one beat and each beat has one officer: no two writers share a slot.
                foreach (var beat in _context.BeatsOf(_officers[o].Id))
                {
                    foreach (var household in _plan.DueIn(beat))
                    {
                        var h = _context.IndexOf(household);
                        if (h >= 0)
                        {
                            dueOwner[h] = o;
                        }
                    }
                }
            });

            // Split the keys by officer range, sort each range on its own core, and count runs of equal keys.
            var distinct = new int[_officers.Length];
            var dueVisited = new int[_officers.Length];
            var ranges = new List<long>[_parts];
            for (var r = 0; r < _parts; r++)
            {
                ranges[r] = [];
            }

            for (var p = 0; p < _parts; p++)
            {
                for (var k = 0; k < _visitKeyCount[p]; k++)
                {
                    var key = _visitKeys[p][k];
                    ranges[(int)((key >> 32) * _parts / Math.Max(_officers.Length, 1))].Add(key);
                }
            }

            Parallel.For(0, _parts, _options, r =>
            {
                var keys = ranges[r];
                keys.Sort();
                for (var k = 0; k < keys.Count; k++)
                {
                    if (k > 0 && keys[k] == keys[k - 1])
                    {
                        continue;
                    }

                    var o = (int)(keys[k] >> 32);
                    var h = (int)(uint)keys[k];
                    distinct[o]++;
                    dueVisited[o] += dueOwner[h] == o ? 1 : 0;
                }
            });

            foreach (var (officer, _) in _unknownHouseholds.Distinct())
            {
                distinct[officer]++;
            }

            return (distinct, dueVisited);
        }
    }
}
