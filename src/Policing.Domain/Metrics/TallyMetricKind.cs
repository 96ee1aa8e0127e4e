namespace Policing.Domain.Metrics;

/// <summary>Whether a <see cref="TallyMetric"/> is a count or a rate.</summary>
public enum TallyMetricKind : byte
{
    /// <summary>A whole number of things, compared with a whole-number threshold.</summary>
    Count = 1,

    /// <summary>An exact <see cref="Rate"/>, compared with a rate threshold.</summary>
    Rate = 2,
}
