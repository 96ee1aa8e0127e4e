using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Internals;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// Judges a month: evaluates every officer's month against every category, then selects the stars under the quotas
/// and the ranking of the rule set. The outcome never depends on the order of the input.
/// </summary>
/// <remarks>
/// Stars are given category by category in the rule set's order; inside a category, officers are taken in rank
/// order while the category's quota, the month's quota and the officer's stars-per-officer allow. This type is
/// stateless and thread-safe.
/// </remarks>
public static class AwardEvaluator
{
    /// <summary>Judges a month under a rule set.</summary>
    /// <param name="rules">The rule set; it must be in force in <paramref name="month"/>.</param>
    /// <param name="months">The month's tallies, one per officer.</param>
    /// <param name="month">The month.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <returns>The outcome: every officer once, the stars, the qualified but not selected, the officers under the visit quota.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetException">The rule set is not in force in the month.</exception>
    /// <exception cref="ArgumentException">A tally is of another month, or an officer appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public static MonthlyOutcome Evaluate(RuleSet rules, IEnumerable<OfficerMonth> months, YearMonth month, int? maxDegreeOfParallelism = null)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(months);
        var parts = Scheduler.Parts(maxDegreeOfParallelism);
        if (!rules.IsInForce(month))
        {
            throw new RuleSetException("$.from", $"the rule set '{rules.Id}' is not in force in {month:uuuu-MM}");
        }

        var sorted = Guard.Against.NullItem(months.ToArray(), "tally", nameof(months));

        // Officer ids are unique (checked below), so this unstable sort gives one order whatever the input order.
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Officer.Value, b.Officer.Value));
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Month != month)
            {
                throw new ArgumentException($"The tally of officer '{sorted[i].Officer}' is of {sorted[i].Month:uuuu-MM}, not {month:uuuu-MM}.", nameof(months));
            }

            if (i > 0 && sorted[i].Officer == sorted[i - 1].Officer)
            {
                throw new ArgumentException($"Officer '{sorted[i].Officer}' has two tallies for {month:uuuu-MM}.", nameof(months));
            }
        }

        // Judge every officer against every category on the cores given: verdicts and margins only, no trees.
        var categories = rules.Categories;
        var judgement = new Judgement(rules, sorted, parts);
        var tieBreaks = rules.TieBreakers.Select(metric => TieBreak.Of(metric, sorted)).ToArray();
        var stars = new List<StarAward>();
        var notSelected = new List<NotSelected>();
        var notSelectedOfficer = new List<int>();
        var wonBy = new Dictionary<int, List<StarCategory>>();
        for (var c = 0; c < categories.Count; c++)
        {
            var category = categories[c];
            var qualified = 0;
            for (var i = 0; i < sorted.Length; i++)
            {
                qualified += judgement.Qualified(i, c) ? 1 : 0;
            }

            var order = new Ranked[qualified];
            for (int i = 0, q = 0; i < sorted.Length; i++)
            {
                if (judgement.Qualified(i, c))
                {
                    order[q++] = new Ranked(judgement.Margin(i, c), i);
                }
            }

            order.AsSpan().Sort(new RankComparer(tieBreaks));
            var given = 0;
            for (var r = 0; r < order.Length; r++)
            {
                var i = order[r].Officer;
                var won = wonBy.GetValueOrDefault(i);
                SelectionReason? reason = given >= category.Quota ? SelectionReason.CategoryQuota
                    : stars.Count >= rules.QuotaPerMonth ? SelectionReason.MonthlyQuota
                    : (won?.Count ?? 0) >= rules.StarsPerOfficer ? SelectionReason.StarsPerOfficer
                    : null;
                if (reason is { } why)
                {
                    notSelected.Add(new NotSelected(category, sorted[i].Officer, r + 1, why));
                    notSelectedOfficer.Add(i);
                    continue;
                }

                stars.Add(new StarAward(category, sorted[i].Officer, r + 1));
                if (won is null)
                {
                    wonBy[i] = won = [];
                }

                won.Add(category);
                given++;
            }
        }

        // Group the places not given by officer (a counting sort; category order kept inside a group).
        var start = new int[sorted.Length + 1];
        foreach (var i in notSelectedOfficer)
        {
            start[i + 1]++;
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            start[i + 1] += start[i];
        }

        var grouped = new NotSelected[notSelected.Count];
        var next = start[..^1];
        for (var n = 0; n < notSelected.Count; n++)
        {
            grouped[next[notSelectedOfficer[n]]++] = notSelected[n];
        }

        var officers = new OfficerOutcomes(sorted, judgement, wonBy, grouped, start);
        var shortfalls = sorted
            .Where(m => m.Role == OfficerRole.Community && m.Visits < rules.VisitQuota)
            .Select(m => new VisitShortfall(m.Officer, m.Visits, rules.VisitQuota))
            .ToArray();
        return new MonthlyOutcome(month, rules, officers, stars, notSelected, shortfalls);
    }

    /// <summary>
    /// What if: judges one month under two rule sets and lists the officers whose stars differ, with each outcome,
    /// so a bureau can see the effect of a change before it makes it.
    /// </summary>
    /// <param name="current">The rule set in force.</param>
    /// <param name="proposed">The rule set considered; it must be in force in <paramref name="month"/> too (give it the same months).</param>
    /// <param name="months">The month's tallies.</param>
    /// <param name="month">The month.</param>
    /// <returns>The officers whose stars differ, in officer-id order, with their outcome under each rule set.</returns>
    [MustUseOutcome]
    public static IReadOnlyList<OutcomeDifference> Compare(RuleSet current, RuleSet proposed, IEnumerable<OfficerMonth> months, YearMonth month)
    {
        Guard.Against.Null(months);
        var tallies = months.ToArray();
        var before = Evaluate(current, tallies, month);
        var after = Evaluate(proposed, tallies, month);
        return [.. before.Officers
            .Zip(after.Officers)
            .Where(p => !p.First.Stars.Select(s => s.Id).SequenceEqual(p.Second.Stars.Select(s => s.Id)) || p.First.Status != p.Second.Status)
            .Select(p => new OutcomeDifference(p.First.Officer, p.First, p.Second))];
    }

    /// <summary>Ranks qualified officers: margin, then the tie-breakers (higher first), then officer id.</summary>
    /// <summary>
    /// The ranking inside a category: a larger margin first, then each tie-breaker (higher first), then the officer id
    /// (ordinal; the officers are sorted by id, so their index is that order). A struct, so the sort is specialized.
    /// </summary>
    private readonly struct RankComparer(TieBreak[] tieBreaks) : IComparer<Ranked>
    {
        public int Compare(Ranked x, Ranked y)
        {
            var byMargin = y.Margin.CompareTo(x.Margin);
            if (byMargin != 0)
            {
                return byMargin;
            }

            foreach (var tieBreak in tieBreaks)
            {
                var byMetric = tieBreak.Compare(y.Officer, x.Officer);
                if (byMetric != 0)
                {
                    return byMetric;
                }
            }

            return x.Officer.CompareTo(y.Officer);
        }
    }

    /// <summary>A qualified officer (by index) and the margin that ranks them.</summary>
    private readonly record struct Ranked(decimal Margin, int Officer);

    /// <summary>One tie-breaker metric read once for every officer, so the sort compares arrays, not tallies.</summary>
    private sealed class TieBreak(long[]? counts, Rate[]? rates)
    {
        public static TieBreak Of(TallyMetric metric, OfficerMonth[] months) =>
            TallyMetrics.KindOf(metric) == TallyMetricKind.Count
                ? new TieBreak(Array.ConvertAll(months, m => m.GetCount(metric)), null)
                : new TieBreak(null, Array.ConvertAll(months, m => m.GetRate(metric)));

        public int Compare(int x, int y) => counts is not null ? counts[x].CompareTo(counts[y]) : rates![x].CompareTo(rates[y]);
    }
}
