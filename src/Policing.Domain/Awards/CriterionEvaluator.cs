using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// Evaluates criteria against an officer's month. Two paths share the same arithmetic, so they always agree:
/// <see cref="Judge"/> gives only pass or fail and the margin, without allocating, for selection over a whole
/// province; <see cref="Evaluate"/> builds the explainable result tree, on demand, for the officers someone asks about.
/// </summary>
internal static class CriterionEvaluator
{
    /// <summary>Builds the result tree of a criterion.</summary>
    internal static CriterionResult Evaluate(Criterion criterion, OfficerMonth month)
    {
        switch (criterion)
        {
            case MetricCriterion m:
                var passed = Leaf(m, month, needFound: true, out var found, out var margin);
                decimal? shortfall = passed || found is null ? null : Math.Abs(m.Required - found.Value);
                return new CriterionResult(m, passed, found, m.Threshold, shortfall, margin, []);
            case AllOfCriterion or AnyOfCriterion:
                var children = Children(criterion);
                var results = new CriterionResult[children.Count];
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] = Evaluate(children[i], month);
                }

                var every = criterion is AllOfCriterion;
                var (combined, combinedMargin) = (every, 0m);
                foreach (var result in results)
                {
                    Fold(every, result.Passed, result.Margin, ref combined, ref combinedMargin);
                }

                return new CriterionResult(criterion, combined, null, null, null, combinedMargin, results);
            case WeightedScoreCriterion w:
                var scorePassed = Score(w, month, out var score, out var scoreMargin);
                return new CriterionResult(w, scorePassed, score, null, scorePassed ? null : w.Minimum - score, scoreMargin, []);
            default:
                throw new ArgumentException($"Unknown criterion type {criterion.GetType().Name}.", nameof(criterion));
        }
    }

    /// <summary>Judges a criterion without building its tree: passed or not, and the margin the ranking uses.</summary>
    internal static bool Judge(Criterion criterion, OfficerMonth month, out decimal margin)
    {
        switch (criterion)
        {
            case MetricCriterion m:
                return Leaf(m, month, needFound: false, out _, out margin);
            case AllOfCriterion or AnyOfCriterion:
                var children = Children(criterion);
                var every = criterion is AllOfCriterion;
                var passed = every;
                margin = 0m;
                for (var i = 0; i < children.Count; i++)
                {
                    var childPassed = Judge(children[i], month, out var childMargin);
                    Fold(every, childPassed, childMargin, ref passed, ref margin);
                }

                return passed;
            case WeightedScoreCriterion w:
                return Score(w, month, out _, out margin);
            default:
                throw new ArgumentException($"Unknown criterion type {criterion.GetType().Name}.", nameof(criterion));
        }
    }

    /// <summary>Tells only whether a criterion passes: integer and exact-fraction comparisons, no decimal arithmetic.</summary>
    internal static bool Passes(Criterion criterion, OfficerMonth month)
    {
        switch (criterion)
        {
            case MetricCriterion m:
                return LeafPasses(m, month);
            case AllOfCriterion all:
                foreach (var child in all.Criteria)
                {
                    if (!Passes(child, month))
                    {
                        return false;
                    }
                }

                return true;
            case AnyOfCriterion any:
                foreach (var child in any.Criteria)
                {
                    if (Passes(child, month))
                    {
                        return true;
                    }
                }

                return false;
            case WeightedScoreCriterion w:
                return Score(w, month, out _, out _);
            default:
                throw new ArgumentException($"Unknown criterion type {criterion.GetType().Name}.", nameof(criterion));
        }
    }

    /// <summary>Reads a metric as a number: a count, or a rate in percent to four decimals (0 for no data).</summary>
    internal static decimal Value(OfficerMonth month, TallyMetric metric) =>
        TallyMetrics.KindOf(metric) == TallyMetricKind.Count ? month.GetCount(metric) : month.GetRate(metric).ToPercent(4) ?? 0m;

    private static IReadOnlyList<Criterion> Children(Criterion criterion) =>
        criterion is AllOfCriterion all ? all.Criteria : ((AnyOfCriterion)criterion).Criteria;

    /// <summary>
    /// Adds one child to an all-of or any-of: all-of passes when every child passes, with the sum of the children's
    /// margins; any-of passes when one does, with the best margin among those that pass (0 when none). Start from
    /// (passed: every, margin: 0).
    /// </summary>
    private static void Fold(bool every, bool childPassed, decimal childMargin, ref bool passed, ref decimal margin)
    {
        if (every)
        {
            passed &= childPassed;
            margin += childMargin;
        }
        else if (childPassed)
        {
            passed = true;
            margin = Math.Max(margin, childMargin);
        }
    }

    /// <summary>
    /// One metric against its threshold: counts compared as integers, rates as exact fractions (no data never
    /// passes). The margin of a passing at-least criterion is how far the value exceeds the threshold, relative to it.
    /// </summary>
    /// <param name="c">The criterion.</param>
    /// <param name="month">The officer's month.</param>
    /// <param name="needFound">Whether the value found is wanted (for the tree) even when it does not change the margin.</param>
    /// <param name="found">The value found, or <see langword="null"/> (no data, or not wanted).</param>
    /// <param name="margin">The margin.</param>
    private static bool Leaf(MetricCriterion c, OfficerMonth month, bool needFound, out decimal? found, out decimal margin)
    {
        var passed = LeafPasses(c, month);
        if (c.Threshold.Kind == TallyMetricKind.Count)
        {
            found = month.GetCount(c.Metric);
        }
        else
        {
            // The percentage (a decimal division) only when it is shown or ranks: a rate exactly at the threshold has
            // no margin, and the Dezhou rates are all at 100%.
            var rate = month.GetRate(c.Metric);
            found = !needFound && (!passed || c.Comparison != Comparison.AtLeast || rate == c.Threshold.Rate) ? null : rate.ToPercent(4);
            if (!needFound && found is null)
            {
                margin = 0m;
                return passed;
            }
        }

        margin = passed && found is { } f && c.Comparison == Comparison.AtLeast && f != c.Required
            ? (f - c.Required) / Math.Max(c.Required, 1m)
            : 0m;
        return passed;
    }

    /// <summary>One metric against its threshold: counts as integers, rates as exact fractions; no data never passes.</summary>
    private static bool LeafPasses(MetricCriterion c, OfficerMonth month)
    {
        if (c.Threshold.Kind == TallyMetricKind.Count)
        {
            var count = month.GetCount(c.Metric);
            return c.Comparison switch
            {
                Comparison.AtLeast => count >= c.Threshold.Count,
                Comparison.AtMost => count <= c.Threshold.Count,
                _ => count == c.Threshold.Count,
            };
        }

        var rate = month.GetRate(c.Metric);
        return !rate.IsNoData && c.Comparison switch
        {
            Comparison.AtLeast => rate >= c.Threshold.Rate,
            Comparison.AtMost => rate <= c.Threshold.Rate,
            _ => rate == c.Threshold.Rate,
        };
    }

    private static bool Score(WeightedScoreCriterion c, OfficerMonth month, out decimal score, out decimal margin)
    {
        var sum = 0m;
        foreach (var term in c.Terms)
        {
            sum += term.Weight * Value(month, term.Metric);
        }

        score = Math.Round(sum, 4);
        var passed = score >= c.Minimum;
        margin = passed ? (score - c.Minimum) / Math.Max(c.Minimum, 1m) : 0m;
        return passed;
    }
}
