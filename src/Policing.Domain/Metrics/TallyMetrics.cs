namespace Policing.Domain.Metrics;

/// <summary>Facts about the <see cref="TallyMetric"/> values.</summary>
public static class TallyMetrics
{
    /// <summary>Gets every metric, in declaration order.</summary>
    public static IReadOnlyList<TallyMetric> All { get; } = Enum.GetValues<TallyMetric>();

    /// <summary>Tells whether a metric is a count or a rate.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The metric's kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    public static TallyMetricKind KindOf(TallyMetric metric) => TallyMetricTable.Of(metric).Kind;
}
