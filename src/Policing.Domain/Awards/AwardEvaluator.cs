using NodaTime;
using Policing.Domain.Beats;
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
    /// <returns>The outcome: every officer once, the stars, the qualified but not selected, the officers under the visit quota.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetException">The rule set is not in force in the month.</exception>
    /// <exception cref="ArgumentException">A tally is of another month, or an officer appears twice.</exception>
    [MustUseOutcome]
    public static MonthlyOutcome Evaluate(RuleSet rules, IEnumerable<OfficerMonth> months, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(months);
        if (!rules.IsInForce(month))
        {
            throw new RuleSetException("$.from", $"the rule set '{rules.Id}' is not in force in {month:uuuu-MM}");
        }

        var sorted = months.OrderBy(m => m.Officer.Value, StringComparer.Ordinal).ToArray();
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

        var results = new CategoryResult[sorted.Length][];
        for (var i = 0; i < sorted.Length; i++)
        {
            var m = sorted[i];
            var gate = rules.Gate is null ? null : CriterionEvaluator.Evaluate(rules.Gate, m);
            results[i] = [.. rules.Categories.Select(c => new CategoryResult(c, c.EligibleRoles.Contains(m.Role), gate, CriterionEvaluator.Evaluate(c.Criterion, m)))];
        }

        var stars = new List<StarAward>();
        var notSelected = new List<NotSelected>();
        var starsOf = new int[sorted.Length];
        for (var c = 0; c < rules.Categories.Count; c++)
        {
            var category = rules.Categories[c];
            var ranked = Enumerable.Range(0, sorted.Length)
                .Where(i => results[i][c].Qualified)
                .Order(new RankComparer(sorted, results, c, rules.TieBreakers))
                .ToArray();
            var given = 0;
            for (var r = 0; r < ranked.Length; r++)
            {
                var i = ranked[r];
                SelectionReason? reason = given >= category.Quota ? SelectionReason.CategoryQuota
                    : stars.Count >= rules.QuotaPerMonth ? SelectionReason.MonthlyQuota
                    : starsOf[i] >= rules.StarsPerOfficer ? SelectionReason.StarsPerOfficer
                    : null;
                if (reason is { } why)
                {
                    notSelected.Add(new NotSelected(category, sorted[i].Officer, r + 1, why));
                    continue;
                }

                stars.Add(new StarAward(category, sorted[i].Officer, r + 1));
                starsOf[i]++;
                given++;
            }
        }

        // Stars and passed-over places are indexed by officer once, so building the outcomes stays linear.
        var wonBy = stars.ToLookup(s => s.Officer, s => s.Category);
        var passedOverBy = notSelected.ToLookup(n => n.Officer);
        var officers = new OfficerOutcome[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var officer = sorted[i].Officer;
            var won = wonBy[officer].ToArray();
            var passedOver = passedOverBy[officer].ToArray();
            var status = won.Length > 0 ? OfficerStatus.Starred
                : passedOver.Length > 0 ? OfficerStatus.QualifiedNotSelected
                : results[i].Any(r => r.Eligible) ? OfficerStatus.NotQualified
                : OfficerStatus.NotEligible;
            officers[i] = new OfficerOutcome(sorted[i], status, won, results[i], passedOver);
        }

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
        ArgumentNullException.ThrowIfNull(months);
        var tallies = months.ToArray();
        var before = Evaluate(current, tallies, month);
        var after = Evaluate(proposed, tallies, month);
        return [.. before.Officers
            .Zip(after.Officers)
            .Where(p => !p.First.Stars.Select(s => s.Id).SequenceEqual(p.Second.Stars.Select(s => s.Id)) || p.First.Status != p.Second.Status)
            .Select(p => new OutcomeDifference(p.First.Officer, p.First, p.Second))];
    }

    /// <summary>Ranks qualified officers: margin, then the tie-breakers (higher first), then officer id.</summary>
    private sealed class RankComparer(OfficerMonth[] months, CategoryResult[][] results, int category, IReadOnlyList<TallyMetric> tieBreakers) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byMargin = results[y][category].Criterion.Margin.CompareTo(results[x][category].Criterion.Margin);
            if (byMargin != 0)
            {
                return byMargin;
            }

            foreach (var metric in tieBreakers)
            {
                var byMetric = TallyMetrics.KindOf(metric) == TallyMetricKind.Count
                    ? months[y].GetCount(metric).CompareTo(months[x].GetCount(metric))
                    : months[y].GetRate(metric).CompareTo(months[x].GetRate(metric));
                if (byMetric != 0)
                {
                    return byMetric;
                }
            }

            return string.CompareOrdinal(months[x].Officer.Value, months[y].Officer.Value);
        }
    }
}
