using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>One metric of the month compared with a threshold, such as "at least 80 household visits".</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record MetricCriterion : Criterion
{
    /// <summary>Initializes a criterion.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="comparison">How it is compared.</param>
    /// <param name="threshold">The threshold: a count for a count metric, a rate for a rate metric.</param>
    /// <exception cref="ArgumentOutOfRangeException">The metric or comparison is not defined.</exception>
    /// <exception cref="ArgumentException">The threshold's kind does not match the metric's.</exception>
    public MetricCriterion(TallyMetric metric, Comparison comparison, Threshold threshold)
    {
        Guard.Against.UndefinedEnum(comparison, "comparison");
        var kind = TallyMetrics.KindOf(metric);
        if (kind != threshold.Kind)
        {
            throw new ArgumentException($"The metric {metric} is a {kind.ToString().ToLowerInvariant()}, but the threshold {threshold} is a {threshold.Kind.ToString().ToLowerInvariant()}.", nameof(threshold));
        }

        Metric = metric;
        Comparison = comparison;
        Threshold = threshold;
        Required = threshold.ToNumber();
    }

    /// <summary>Gets the metric.</summary>
    public TallyMetric Metric { get; }

    /// <summary>Gets how the metric is compared.</summary>
    public Comparison Comparison { get; }

    /// <summary>Gets the threshold.</summary>
    public Threshold Threshold { get; }

    /// <summary>Gets the threshold as a number (a count, or a percentage), computed once for the evaluator.</summary>
    internal decimal Required { get; }

    /// <summary>Creates "at least" a count.</summary>
    /// <param name="metric">A count metric.</param>
    /// <param name="count">The least count.</param>
    /// <returns>The criterion.</returns>
    public static MetricCriterion AtLeast(TallyMetric metric, long count) => new(metric, Comparison.AtLeast, Threshold.OfCount(count));

    /// <summary>Creates "at least" a percentage.</summary>
    /// <param name="metric">A rate metric.</param>
    /// <param name="percent">The least percentage.</param>
    /// <returns>The criterion.</returns>
    public static MetricCriterion AtLeastPercent(TallyMetric metric, decimal percent) => new(metric, Comparison.AtLeast, Threshold.OfPercent(percent));
}
