using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>One term of a weighted score: a metric and its weight. A rate counts in percent (0 to 100), a count as itself.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Weight">The weight; positive.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct WeightedTerm(TallyMetric Metric, decimal Weight);
