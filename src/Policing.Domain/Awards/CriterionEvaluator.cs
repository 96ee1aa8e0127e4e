using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>Evaluates a criterion tree on an officer's month.</summary>
internal static class CriterionEvaluator
{
    internal static CriterionResult Evaluate(Criterion criterion, OfficerMonth month) => criterion switch
    {
        MetricCriterion m => Metric(m, month),
        AllOfCriterion all => Combine(all, all.Criteria.Select(c => Evaluate(c, month)).ToArray(), every: true),
        AnyOfCriterion any => Combine(any, any.Criteria.Select(c => Evaluate(c, month)).ToArray(), every: false),
        WeightedScoreCriterion w => Score(w, month),
        _ => throw new ArgumentException($"Unknown criterion type {criterion.GetType().Name}.", nameof(criterion)),
    };

    internal static decimal Value(OfficerMonth month, TallyMetric metric) =>
        TallyMetrics.KindOf(metric) == TallyMetricKind.Count ? month.GetCount(metric) : month.GetRate(metric).ToPercent(4) ?? 0m;

    private static CriterionResult Metric(MetricCriterion c, OfficerMonth month)
    {
        var threshold = c.Threshold.ToNumber();
        decimal? found;
        bool passed;
        if (c.Threshold.Kind == TallyMetricKind.Count)
        {
            var count = month.GetCount(c.Metric);
            found = count;
            passed = c.Comparison switch
            {
                Comparison.AtLeast => count >= c.Threshold.Count,
                Comparison.AtMost => count <= c.Threshold.Count,
                _ => count == c.Threshold.Count,
            };
        }
        else
        {
            // An exact comparison of fractions; no data never passes (it is not 100%, nor 0%).
            var rate = month.GetRate(c.Metric);
            found = rate.ToPercent(4);
            passed = !rate.IsNoData && c.Comparison switch
            {
                Comparison.AtLeast => rate >= c.Threshold.Rate,
                Comparison.AtMost => rate <= c.Threshold.Rate,
                _ => rate == c.Threshold.Rate,
            };
        }

        decimal? shortfall = passed || found is null ? null : Math.Abs(threshold - found.Value);
        var margin = passed && found is { } f && c.Comparison == Comparison.AtLeast
            ? (f - threshold) / Math.Max(threshold, 1m)
            : 0m;
        return new CriterionResult(c, passed, found, c.Threshold, shortfall, margin, []);
    }

    private static CriterionResult Combine(Criterion c, CriterionResult[] children, bool every)
    {
        var passed = every ? children.All(r => r.Passed) : children.Any(r => r.Passed);
        var margin = every ? children.Sum(r => r.Margin) : children.Where(r => r.Passed).Select(r => r.Margin).DefaultIfEmpty(0m).Max();
        return new CriterionResult(c, passed, null, null, null, margin, children);
    }

    private static CriterionResult Score(WeightedScoreCriterion c, OfficerMonth month)
    {
        var score = Math.Round(c.Terms.Sum(t => t.Weight * Value(month, t.Metric)), 4);
        var passed = score >= c.Minimum;
        return new CriterionResult(c, passed, score, null, passed ? null : c.Minimum - score, passed ? (score - c.Minimum) / Math.Max(c.Minimum, 1m) : 0m, []);
    }
}
