using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Metrics;

/// <summary>
/// Which households are due a visit in a month: every household never visited, or whose last visit before the
/// month is older than the cycle (12 months by default), and every household with a member of a must-visit group
/// (五必访), due every month.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class VisitPlan
{
    private readonly Dictionary<BeatId, HashSet<HouseholdId>> _dueByBeat;

    private VisitPlan(MonthlyPeriod period, int cycleMonths, Dictionary<BeatId, HashSet<HouseholdId>> dueByBeat, ActivityContext context, bool[] dueByIndex)
    {
        Context = context;
        DueByIndex = dueByIndex;
        Period = period;
        CycleMonths = cycleMonths;
        _dueByBeat = dueByBeat;
        Count = dueByBeat.Values.Sum(d => d.Count);
    }

    /// <summary>Gets the register the plan was made against.</summary>
    internal ActivityContext Context { get; }

    /// <summary>Gets, for each household of <see cref="Context"/> by its dense index, whether it is due.</summary>
    internal bool[] DueByIndex { get; }

    /// <summary>Gets the month planned.</summary>
    public MonthlyPeriod Period { get; }

    /// <summary>Gets the cycle, in months, within which every household should be visited once.</summary>
    public int CycleMonths { get; }

    /// <summary>Gets the number of households due.</summary>
    public int Count { get; }

    /// <summary>Plans a month.</summary>
    /// <param name="context">The register.</param>
    /// <param name="period">The month.</param>
    /// <param name="lastVisits">The date of each household's last visit before the month; a household absent here was never visited.</param>
    /// <param name="cycleMonths">The cycle, 1 to 120 months; 12 by default.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cycleMonths"/> is outside 1 to 120.</exception>
    [MustUseOutcome]
    public static VisitPlan Build(ActivityContext context, MonthlyPeriod period, IReadOnlyDictionary<HouseholdId, LocalDate> lastVisits, int cycleMonths = 12)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lastVisits);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cycleMonths, 120);
        var cutoff = period.Month.OnDayOfMonth(1).PlusMonths(-cycleMonths);
        var due = new Dictionary<BeatId, HashSet<HouseholdId>>();
        var dueByIndex = new bool[context.HouseholdCount];
        var index = -1;
        foreach (var (household, beat) in context.Households)
        {
            index++;
            if (beat is not { } b)
            {
                continue;
            }

            var stale = !lastVisits.TryGetValue(household, out var last) || last < cutoff;
            if (stale || context.IsMustVisit(household))
            {
                if (!due.TryGetValue(b, out var set))
                {
                    due[b] = set = [];
                }

                set.Add(household);
                dueByIndex[index] = true;
            }
        }

        return new VisitPlan(period, cycleMonths, due, context, dueByIndex);
    }

    /// <summary>Finds each household's last visit before a month, from a log of visits of any dates.</summary>
    /// <param name="visits">The visits; those in or after the month are ignored.</param>
    /// <param name="period">The month.</param>
    /// <returns>The local date of the last visit before the month, per household visited before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visits"/> is <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<HouseholdId, LocalDate> LastVisitsBefore(IEnumerable<Visit> visits, MonthlyPeriod period)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var last = new Dictionary<HouseholdId, LocalDate>();
        foreach (var visit in visits)
        {
            if (visit.At < period.Start)
            {
                var date = visit.At.InZone(period.Zone).Date;
                if (!last.TryGetValue(visit.Household, out var known) || date > known)
                {
                    last[visit.Household] = date;
                }
            }
        }

        return last;
    }

    /// <summary>Gets the households of a beat due a visit.</summary>
    /// <param name="beat">The beat.</param>
    /// <returns>The due households; none when the beat has none.</returns>
    public IReadOnlySet<HouseholdId> DueIn(BeatId beat) => _dueByBeat.TryGetValue(beat, out var due) ? due : System.Collections.Frozen.FrozenSet<HouseholdId>.Empty;

    /// <summary>Tells whether a household is due.</summary>
    /// <param name="household">The household.</param>
    /// <param name="beat">The beat it lies in.</param>
    /// <returns><see langword="true"/> when it is due this month.</returns>
    public bool IsDue(HouseholdId household, BeatId beat) => _dueByBeat.TryGetValue(beat, out var due) && due.Contains(household);
}
