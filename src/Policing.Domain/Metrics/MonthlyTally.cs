using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Internals;

namespace Policing.Domain.Metrics;

/// <summary>
/// Builds a month's tallies, one per officer, on all cores. The same figures as
/// <see cref="TallyAccumulator.Of"/> followed by <see cref="TallyAccumulator.Finish"/> (a property test holds them
/// equal), computed the fast way for a single machine: over the log in columns (the internal <c>ActivityColumns</c>), where
/// every officer, household and event is already a dense index, each core counts its share of every event kind into
/// flat arrays. Use <see cref="TallyAccumulator"/> to tally shards apart and merge them.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class MonthlyTally
{
    /// <summary>Builds the tallies of a month from an activity log: the log put into columns, then the tally over the columns.</summary>
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
        var parts = Scheduler.Parts(maxDegreeOfParallelism);
        // The columns live only for this tally, so their arrays are borrowed from the shared pool and given back; of the
        // persons called, only those called about mediations are numbered, as only they are matched with the parties.
        var columns = ActivityColumns.CreatePooled(context, log, parts);
        try
        {
            return new Run(context, columns, plan, parts).Months(personIdConsistency);
        }
        finally
        {
            columns.ReturnPooled();
        }
    }

    /// <summary>Builds the tallies of a month from an activity log in columns.</summary>
    /// <param name="context">The register the columns were built against.</param>
    /// <param name="columns">The validated activity in columns (see <see cref="ActivityColumns.Create"/>).</param>
    /// <param name="plan">The visit plan of the month.</param>
    /// <param name="personIdConsistency">The person-ID consistency of a beat (from the consistency report).</param>
    /// <param name="maxDegreeOfParallelism">How many cores to use; all when <see langword="null"/>.</param>
    /// <returns>One tally per officer of the register, in officer-id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="columns"/> were built against another context.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    internal static IReadOnlyList<OfficerMonth> Build(ActivityContext context, ActivityColumns columns, VisitPlan plan, Func<BeatId, Rate> personIdConsistency, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personIdConsistency);
        if (!ReferenceEquals(columns.Context, context))
        {
            throw new ArgumentException("The columns were built against another activity context: officer and household indices would not match. Create them with this context.", nameof(columns));
        }

        return new Run(context, columns, plan, Scheduler.Parts(maxDegreeOfParallelism)).Months(personIdConsistency);
    }

    /// <summary>One build over the columns: each part's counts, the follow-up calls, the mediations whose parties were all satisfied, and the months.</summary>
    private sealed class Run
    {
        private readonly ActivityContext _context;
        private readonly ActivityColumns _columns;
        private readonly VisitPlan _plan;
        private readonly MonthlyPeriod _period;
        private readonly long _start;
        private readonly long _end;
        private readonly int _parts;
        private readonly ParallelOptions _options;
        private readonly Officer[] _officers;
        private readonly PooledArrays _pool = new();

        internal Run(ActivityContext context, ActivityColumns columns, VisitPlan plan, int parts)
        {
            _context = context;
            _columns = columns;
            _plan = plan;
            _period = plan.Period;
            _start = _period.Start.ToUnixTimeTicks();
            _end = _period.End.ToUnixTimeTicks();
            _parts = parts;
            _options = Scheduler.Options(parts);
            _officers = columns.OfficerRecords;
        }

        /// <summary>The months, every scratch array given back to the pool once they are made, or on an error.</summary>
        internal IReadOnlyList<OfficerMonth> Months(Func<BeatId, Rate> personIdConsistency)
        {
            using (_pool)
            {
                return Tally(personIdConsistency);
            }
        }

        private OfficerMonth[] Tally(Func<BeatId, Rate> personIdConsistency)
        {
            // Every scratch array comes from the shared pool, which keeps it mapped from month to month, and each is
            // cleared or written in full before it is read.
            // 1. Each part counts its share of every event kind; the visits it takes officer by officer, so that it
            //    finds each officer's distinct households, and the due ones among them, as it goes.
            var dueOwner = DueOwners();
            var counts = new OfficerCounts[_parts][];
            var distinct = _pool.Rent<int>(_officers.Length);
            var dueVisited = _pool.Rent<int>(_officers.Length);
            Parallel.For(0, _parts, _options, p =>
            {
                counts[p] = _pool.Rent<OfficerCounts>(_officers.Length);
                Array.Clear(counts[p], 0, _officers.Length);
                CountVisits(p, counts[p], dueOwner, distinct, dueVisited);
                CountOthers(p, counts[p]);
            });

            // 2. The follow-up calls, credited to the officer of the event they follow up when it is of the month; the
            //    satisfied calls about mediations listed as (mediation, person's key), each part's from the start of its
            //    share of the calls.
            var calls = new FollowUpCounts[_parts][];
            var satisfiedKeys = _pool.Rent<long>(_columns.FollowUpCount);
            var satisfiedCalls = _pool.Rent<int>(_columns.FollowUpCount);
            var satisfiedCount = new int[_parts];
            Parallel.For(0, _parts, _options, p =>
            {
                calls[p] = _pool.Rent<FollowUpCounts>(_officers.Length);
                Array.Clear(calls[p], 0, _officers.Length);
                satisfiedCount[p] = CountCalls(p, calls[p], satisfiedKeys, satisfiedCalls);
            });

            // 3. Mediations whose every party said they were satisfied.
            var satisfied = satisfiedCount[0];
            for (var p = 1; p < _parts; p++)
            {
                var from = Scheduler.Range(_columns.FollowUpCount, p, _parts).Start;
                Array.Copy(satisfiedKeys, from, satisfiedKeys, satisfied, satisfiedCount[p]);
                Array.Copy(satisfiedCalls, from, satisfiedCalls, satisfied, satisfiedCount[p]);
                satisfied += satisfiedCount[p];
            }

            var allSatisfied = AllPartiesSatisfied(satisfiedKeys, satisfiedCalls, satisfied);

            // 4. One tally per officer.
            var months = new OfficerMonth[_officers.Length];
            Parallel.For(0, _officers.Length, _options, i =>
            {
                var c = default(OfficerCounts);
                var called = default(FollowUpCounts);
                for (var p = 0; p < _parts; p++)
                {
                    c = c.Plus(counts[p][i]);
                    called = called.Plus(calls[p][i]);
                }

                var due = 0;
                var consistency = Rate.NoData;
                foreach (var beat in _columns.OfficerBeats[i])
                {
                    due += _plan.DueIn(beat).Count;
                    consistency = consistency.Plus(personIdConsistency(beat));
                }

                months[i] = c.ToMonth(_officers[i].Id, _officers[i].Role, _period.Month, distinct[i], due, dueVisited[i], called, allSatisfied[i], consistency);
            });

            return months;
        }

        private bool InMonth(long ticks) => ticks >= _start && ticks < _end;

        /// <summary>Which officer answers for each due household of the register (-1 for a household not due), in an array from the shared pool that may be longer.</summary>
        private int[] DueOwners()
        {
            var dueOwner = _pool.Rent<int>(_context.HouseholdCount);
            if (ReferenceEquals(_plan.Context, _context))
            {
                // The plan marks its due households by the same dense index as the columns: no id is looked up.
                var (due, owners) = (_plan.DueByIndex, _columns.HouseholdOwners);
                Parallel.For(0, _parts, _options, p =>
                {
                    var (start, end) = Scheduler.Range(_context.HouseholdCount, p, _parts);
                    for (var h = start; h < end; h++)
                    {
                        dueOwner[h] = due[h] ? owners[h] : -1;
                    }
                });
                return dueOwner;
            }

            dueOwner.AsSpan(0, _context.HouseholdCount).Fill(-1);
            Parallel.For(0, _officers.Length, _options, o =>
            {
                // Each household lies in one beat and each beat has one officer: no two writers share a slot.
                foreach (var beat in _columns.OfficerBeats[o])
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

            return dueOwner;
        }

        /// <summary>Counts the visits of a range of officers holding about a part's share of the visits.</summary>
        private void CountVisits(int part, OfficerCounts[] counts, int[] dueOwner, int[] distinct, int[] dueVisited)
        {
            var starts = _columns.VisitStartArray;
            var (first, last) = (FirstOfficerFrom(starts, part), part == _parts - 1 ? _officers.Length : FirstOfficerFrom(starts, part + 1));
            var ticks = _columns.VisitTicks;
            var kinds = _columns.VisitKinds;
            var households = _columns.VisitHouseholds;
            var seenBy = _pool.Rent<int>(_columns.Households.Count);
            Array.Clear(seenBy, 0, _columns.Households.Count);
            for (var o = first; o < last; o++)
            {
                var (seen, due) = (0, 0);
                for (var v = starts[o]; v < starts[o + 1]; v++)
                {
                    if (!InMonth(ticks[v]))
                    {
                        continue;
                    }

                    counts[o].AddVisit(kinds[v]);
                    var h = households[v];
                    if (seenBy[h] != o + 1)
                    {
                        seenBy[h] = o + 1;
                        seen++;
                        due += h < _context.HouseholdCount && dueOwner[h] == o ? 1 : 0;
                    }
                }

                distinct[o] = seen;
                dueVisited[o] = due;
            }

        }

        /// <summary>The first officer whose visits start at or after a part's share of them.</summary>
        private int FirstOfficerFrom(int[] starts, int part)
        {
            var target = Scheduler.Range(_columns.VisitCount, part, _parts).Start;
            var (low, high) = (0, _officers.Length);
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                (low, high) = starts[mid] < target ? (mid + 1, high) : (low, mid);
            }

            return part == 0 ? 0 : low;
        }

        /// <summary>Counts a part's share of the mediations, leads, apprehensions, information items and services.</summary>
        private void CountOthers(int part, OfficerCounts[] counts)
        {
            var c = _columns;
            var (start, end) = Scheduler.Range(c.MediationCount, part, _parts);
            for (var m = start; m < end; m++)
            {
                if (InMonth(c.MediationTicks[m]) && c.MediationOfficers[m] is var o and >= 0)
                {
                    counts[o].AddMediation(c.MediationOutcomes[m]);
                }
            }

            (start, end) = Scheduler.Range(c.LeadCount, part, _parts);
            for (var l = start; l < end; l++)
            {
                if (InMonth(c.LeadTicks[l]) && c.LeadOfficers[l] is var o and >= 0)
                {
                    counts[o].AddLead(c.LeadKinds[l]);
                }
            }

            (start, end) = Scheduler.Range(c.ApprehensionCount, part, _parts);
            for (var a = start; a < end; a++)
            {
                if (InMonth(c.ApprehensionTicks[a]) && c.ApprehensionOfficers[a] is var o and >= 0)
                {
                    counts[o].AddApprehension(c.ApprehensionKinds[a]);
                }
            }

            (start, end) = Scheduler.Range(c.InformationCount, part, _parts);
            for (var i = start; i < end; i++)
            {
                if (_period.Contains(c.InformationCollectedOn[i]) && c.InformationOfficers[i] is var o and >= 0)
                {
                    counts[o].AddInformation(c.InformationEntryDelays[i]);
                }
            }

            (start, end) = Scheduler.Range(c.ServiceCount, part, _parts);
            for (var s = start; s < end; s++)
            {
                if (InMonth(c.ServiceTicks[s]) && c.ServiceOfficers[s] is var o and >= 0)
                {
                    counts[o].AddService(c.ServiceRecognitions[s], c.ServicePlaces[s]);
                }
            }
        }

        /// <summary>
        /// Counts a part's share of the follow-up calls into its officers' counts, and lists its satisfied calls about
        /// mediations from the start of its share: each as a key, (mediation, person's key), and the call.
        /// </summary>
        /// <returns>How many satisfied calls about mediations it listed.</returns>
        private int CountCalls(int part, FollowUpCounts[] calls, long[] satisfiedKeys, int[] satisfiedCalls)
        {
            var c = _columns;
            var targets = c.FollowUpTargets;
            var targetTicks = c.FollowUpTargetTicks;
            var targetOfficers = c.FollowUpTargetOfficers;
            var (start, end) = Scheduler.Range(c.FollowUpCount, part, _parts);
            var listed = start;
            for (var i = start; i < end; i++)
            {
                var target = targets[i];
                if (target < 0)
                {
                    continue;
                }

                var subject = c.FollowUpSubjects[i];
                var officer = targetOfficers[i];
                if (!InMonth(targetTicks[i]))
                {
                    // Another event with the same id may be of the month: the last such one is followed up.
                    (target, officer) = EarlierOfTheMonth(subject, target);
                }

                if (officer < 0)
                {
                    continue;
                }

                var result = c.FollowUpResults[i];
                calls[officer].Add(result);
                if (subject == FollowUpSubject.Mediation && result == FollowUpResult.Satisfied && c.FollowUpPersons[i] >= 0)
                {
                    satisfiedKeys[listed] = ((long)target << 32) | c.Matching.CallerKey(i);
                    satisfiedCalls[listed++] = i;
                }
            }

            return listed - start;
        }

        /// <summary>Walks back from an event to the last earlier event with its id that is of the month.</summary>
        /// <returns>That event and its officer; (-1, -1) when there is none.</returns>
        private (int Event, int Officer) EarlierOfTheMonth(FollowUpSubject subject, int target)
        {
            var c = _columns;
            return subject switch
            {
                FollowUpSubject.Visit => EarlierOfTheMonth(c.VisitPrevious, c.VisitTicks, c.VisitOfficers, target),
                FollowUpSubject.Service => EarlierOfTheMonth(c.ServicePrevious, c.ServiceTicks, c.ServiceOfficers, target),
                _ => EarlierOfTheMonth(c.MediationPrevious, c.MediationTicks, c.MediationOfficers, target),
            };
        }

        private (int Event, int Officer) EarlierOfTheMonth(int[] previous, ReadOnlySpan<long> ticks, ReadOnlySpan<int> officers, int target)
        {
            for (var e = ActivityColumns.Earlier(previous, target); e >= 0; e = ActivityColumns.Earlier(previous, e))
            {
                if (InMonth(ticks[e]))
                {
                    return (e, officers[e]);
                }
            }

            return (-1, -1);
        }

        /// <summary>Counts, per officer, the mediations of the month (the last of each id) whose every party gave a satisfied call.</summary>
        /// <param name="listed">The satisfied calls about mediations, each as (mediation, person's key).</param>
        /// <param name="calls">The calls, in the same order.</param>
        /// <param name="count">How many there are.</param>
        /// <returns>The counts, in an array from the shared pool that may be longer.</returns>
        private int[] AllPartiesSatisfied(long[] listed, int[] calls, int count)
        {
            var c = _columns;
            var previous = c.MediationPrevious;
            // The last mediation of the month with each id: every mediation of the month is marked, then each unmarks the
            // nearest earlier one of the month with its id (cores may unmark one mediation at once: all write false).
            var last = _pool.Rent<bool>(c.MediationCount);
            Scheduler.ForRanges(c.MediationCount, _options, m => last[m] = InMonth(c.MediationTicks[m]));
            if (previous.Length > 0)
            {
                Scheduler.ForRanges(c.MediationCount, _options, m =>
                {
                    if (!InMonth(c.MediationTicks[m]))
                    {
                        return;
                    }

                    for (var e = previous[m]; e >= 0; e = previous[e])
                    {
                        if (InMonth(c.MediationTicks[e]))
                        {
                            last[e] = false;
                            break;
                        }
                    }
                });
            }

            // Each mediation's satisfied calls together, in mediation order (a counting sort): once the calls are placed,
            // ends[m] is where mediation m's calls end and mediation m + 1's begin.
            var ends = _pool.Rent<int>(c.MediationCount + 1);
            Array.Clear(ends, 0, c.MediationCount + 1);
            for (var k = 0; k < count; k++)
            {
                ends[(int)(listed[k] >> 32) + 1]++;
            }

            for (var m = 0; m < c.MediationCount; m++)
            {
                ends[m + 1] += ends[m];
            }

            var keys = _pool.Rent<uint>(count);
            var grouped = _pool.Rent<int>(count);
            for (var k = 0; k < count; k++)
            {
                var at = ends[(int)(listed[k] >> 32)]++;
                (keys[at], grouped[at]) = ((uint)listed[k], calls[k]);
            }

            var allSatisfied = _pool.Rent<int>(_officers.Length);
            Array.Clear(allSatisfied, 0, _officers.Length);
            Scheduler.ForRanges(c.MediationCount, _options, m =>
            {
                var first = m == 0 ? 0 : ends[m - 1];
                if (first == ends[m] || !last[m] || c.MediationOfficers[m] is not (var o and >= 0) || c.MediationDisputes[m] is not (var d and >= 0))
                {
                    return;
                }

                // The mediation's callers sorted by key; each party's found by halving. Different persons may share a key.
                var starts = c.DisputePartyStarts;
                var mine = keys.AsSpan(first, ends[m] - first);
                mine.Sort(grouped.AsSpan(first, mine.Length));
                var all = true;
                for (var p = starts[d]; p < starts[d + 1] && all; p++)
                {
                    var key = c.Matching.PartyKey(p);
                    var at = mine.BinarySearch(key);
                    while (at > 0 && mine[at - 1] == key)
                    {
                        at--;
                    }

                    var called = false;
                    for (; at >= 0 && at < mine.Length && mine[at] == key && !called; at++)
                    {
                        called = c.Matching.IsPartyCalled(p, grouped[first + at]);
                    }

                    all = called;
                }

                if (all)
                {
                    Interlocked.Increment(ref allSatisfied[o]);
                }
            });

            return allSatisfied;
        }
    }
}
