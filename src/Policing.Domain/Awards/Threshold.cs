using System.Globalization;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>The value a criterion requires: a whole count, or an exact rate such as 100%.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct Threshold
{
    private Threshold(TallyMetricKind kind, long count, Rate rate)
    {
        Kind = kind;
        Count = count;
        Rate = rate;
    }

    /// <summary>Gets whether the threshold is a count or a rate.</summary>
    public TallyMetricKind Kind { get; }

    /// <summary>Gets the count, for a count threshold.</summary>
    public long Count { get; }

    /// <summary>Gets the rate, for a rate threshold.</summary>
    public Rate Rate { get; }

    /// <summary>Creates a count threshold.</summary>
    /// <param name="count">The count; not negative.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Threshold OfCount(long count)
    {
        Guard.Against.NegativeCount(count);
        return new(TallyMetricKind.Count, count, default);
    }

    /// <summary>Creates a rate threshold.</summary>
    /// <param name="rate">The rate; not <see cref="Rate.NoData"/>.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is no data.</exception>
    public static Threshold OfRate(Rate rate)
    {
        if (rate.IsNoData)
        {
            throw new ArgumentException("A rate threshold needs a value: 'no data' cannot be required.", nameof(rate));
        }

        return new(TallyMetricKind.Rate, 0, rate);
    }

    /// <summary>Creates a rate threshold from a percentage with up to four decimals, such as 100 or 99.5.</summary>
    /// <param name="percent">The percentage, 0 to 100.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0 to 100 or has more than four decimals.</exception>
    public static Threshold OfPercent(decimal percent)
    {
        if (percent is < 0 or > 100 || decimal.Round(percent, 4) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage threshold must be from 0 to 100 with at most four decimals.");
        }

        return OfRate(Rate.Of((long)(percent * 10_000), 1_000_000));
    }

    /// <summary>Gets the threshold as a number: the count, or the rate in percent.</summary>
    /// <returns>The number a person reads.</returns>
    public decimal ToNumber() => Kind == TallyMetricKind.Count ? Count : Rate.ToPercent(4)!.Value;

    /// <summary>Writes the threshold: a count, or a percentage.</summary>
    /// <returns>For example <c>80</c> or <c>100%</c>.</returns>
    public override string ToString() =>
        Kind == TallyMetricKind.Count ? Count.ToString(CultureInfo.InvariantCulture) : ToNumber().ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
