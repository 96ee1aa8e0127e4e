namespace Policing.Domain.Awards;

/// <summary>How a metric is compared with its threshold.</summary>
[ExhaustiveEnum]
public enum Comparison
{
    /// <summary>The metric must be at least the threshold (≥).</summary>
    AtLeast = 0,

    /// <summary>The metric must be at most the threshold (≤).</summary>
    AtMost = 1,

    /// <summary>The metric must equal the threshold.</summary>
    Equal = 2,
}
