using System.Globalization;

namespace Policing.Domain;

/// <summary>
/// An exact rate: a count of successes out of a count of cases, such as 155 satisfied follow-ups out of 155.
/// The numerator is never above the denominator, and both are non-negative. 0 out of 0 is
/// <see cref="NoData"/>: never 100%, never 0%, never a division by zero.
/// </summary>
/// <remarks>
/// <para>
/// Equality and order are by value: 1/2 equals 2/4. <see cref="NoData"/> equals only itself and sorts below
/// every rate with data. Rates of disjoint parts add up with <see cref="Plus"/>, which adds the counts.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable, IFormattable
{
    private Rate(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the rate with no cases: 0 out of 0.</summary>
    public static Rate NoData => default;

    /// <summary>Gets the count of successes.</summary>
    public long Numerator { get; }

    /// <summary>Gets the count of cases.</summary>
    public long Denominator { get; }

    /// <summary>Gets a value indicating whether there are no cases (0 out of 0).</summary>
    public bool IsNoData => Denominator == 0;

    /// <summary>Gets a value indicating whether every case succeeded and there is at least one case (100%).</summary>
    public bool IsComplete => Denominator != 0 && Numerator == Denominator;

    /// <summary>Creates a rate from its counts.</summary>
    /// <param name="numerator">The count of successes: not negative and not above <paramref name="denominator"/>.</param>
    /// <param name="denominator">The count of cases: not negative.</param>
    /// <returns>The rate; <see cref="NoData"/> when both counts are zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public static Rate Of(long numerator, long denominator)
    {
        Guard.Against.NegativeCount(numerator);
        Guard.Against.NegativeCount(denominator);
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(
                nameof(numerator),
                numerator,
                $"A rate's numerator ({numerator}) may not exceed its denominator ({denominator}).");
        }

        return new Rate(numerator, denominator);
    }

    /// <summary>Creates a rate given in percent, such as 100 for every case or 80 for four in five.</summary>
    /// <param name="percent">The percentage, from 0 to 100.</param>
    /// <returns>The rate <paramref name="percent"/> out of 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0 to 100.</exception>
    public static Rate FromPercent(int percent)
    {
        Guard.Against.OutOfRange(percent, nameof(percent), 0, 100, $"A percentage must be from 0 to 100, not {percent}.");
        return new Rate(percent, 100);
    }

    /// <summary>Adds the counts of this rate and another, as for two disjoint parts of the same cases.</summary>
    /// <param name="other">The rate of the other part.</param>
    /// <returns>The rate of the whole.</returns>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public Rate Plus(Rate other) => new(checked(Numerator + other.Numerator), checked(Denominator + other.Denominator));

    /// <summary>Gets the rate as a fraction from 0 to 1, or <see cref="double.NaN"/> for <see cref="NoData"/>.</summary>
    /// <returns>The numerator divided by the denominator.</returns>
    public double ToDouble() => IsNoData ? double.NaN : (double)Numerator / Denominator;

    /// <summary>Gets the rate in percent rounded to a decimal, or <see langword="null"/> for <see cref="NoData"/>.</summary>
    /// <param name="decimals">How many decimals to keep (0 to 10).</param>
    /// <returns>The percentage, rounded half away from zero.</returns>
    public decimal? ToPercent(int decimals = 2)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, 10, $"A percentage keeps from 0 to 10 decimals, not {decimals}.");
        return IsNoData ? null : Math.Round(Numerator * 100m / Denominator, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Writes the counts and the percentage in the invariant culture, e.g. <c>155/155 (100%)</c>.</summary>
    /// <returns>The rate, or <c>no data</c>.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the rate in a culture: <c>"G"</c> (the default) writes the counts and the percentage,
    /// <c>"P"</c> or <c>"Pn"</c> only the percentage with n decimals (default 2, trailing zeros kept).
    /// </summary>
    /// <param name="format"><see langword="null"/>, <c>"G"</c>, <c>"P"</c> or <c>"P0"</c> to <c>"P10"</c>.</param>
    /// <param name="formatProvider">The culture; the invariant culture when <see langword="null"/>.</param>
    /// <returns>The formatted rate; <see cref="NoData"/> is written as <c>no data</c> in every culture but Chinese (<c>无数据</c>).</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var culture = formatProvider as CultureInfo ?? CultureInfo.InvariantCulture;
        var formatInfo = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.InvariantCulture);
        format = string.IsNullOrEmpty(format) ? "G" : format;
        if (IsNoData)
        {
            return culture.TwoLetterISOLanguageName == "zh" ? "无数据" : "no data";
        }

        if (format is "G" or "g")
        {
            var percent = (decimal)ToPercent(2)!;
            return string.Create(formatInfo, $"{Numerator}/{Denominator} ({(percent / 100m).ToString("0.##%", formatInfo)})");
        }

        if (format[0] is 'P' or 'p')
        {
            var decimals = 2;
            if (format.Length > 1 &&
                (!int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > 10))
            {
                throw new FormatException($"The format '{format}' is not supported for a rate: use P0 to P10.");
            }

            var fraction = Math.Round((decimal)Numerator / Denominator, decimals + 2, MidpointRounding.AwayFromZero);
            return fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), formatInfo);
        }

        throw new FormatException($"The format '{format}' is not supported for a rate: use G, P or P0 to P10.");
    }

    /// <inheritdoc/>
    public bool Equals(Rate other)
    {
        if (IsNoData || other.IsNoData)
        {
            return IsNoData && other.IsNoData;
        }

        return (Int128)Numerator * other.Denominator == (Int128)other.Numerator * Denominator;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (IsNoData)
        {
            return 0;
        }

        var divisor = Gcd(Numerator, Denominator);
        return HashCode.Combine(Numerator / divisor, Denominator / divisor);
    }

    /// <summary>Compares two rates by value; <see cref="NoData"/> sorts below every rate with data.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Negative, zero or positive as this rate is below, equal to or above <paramref name="other"/>.</returns>
    public int CompareTo(Rate other)
    {
        if (IsNoData || other.IsNoData)
        {
            return IsNoData.CompareTo(other.IsNoData) * -1;
        }

        return ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Rate)}.", nameof(obj)),
    };

    /// <summary>Determines whether two rates are equal in value.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when the rates are equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Determines whether two rates differ in value.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when the rates differ.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Determines whether one rate is below another.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is below <paramref name="right"/>.</returns>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one rate is above another.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is above <paramref name="right"/>.</returns>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one rate is below or equal to another.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> is above <paramref name="right"/>.</returns>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one rate is above or equal to another.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> is below <paramref name="right"/>.</returns>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
