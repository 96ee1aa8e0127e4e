using NodaTime;

namespace Policing.Domain.Metrics;

/// <summary>
/// A calendar month in a time zone: an event belongs to the month of its local date there. The default zone is
/// Asia/Shanghai. The library reads no clock: the month is always given.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct MonthlyPeriod : IEquatable<MonthlyPeriod>
{
    private readonly DateTimeZone? _zone;

    /// <summary>Initializes the period of a month in a zone.</summary>
    /// <param name="month">The month.</param>
    /// <param name="zone">The zone; Asia/Shanghai when <see langword="null"/>.</param>
    public MonthlyPeriod(YearMonth month, DateTimeZone? zone = null)
    {
        Month = month;
        _zone = zone;
        Start = month.OnDayOfMonth(1).AtStartOfDayInZone(Zone).ToInstant();
        End = month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(Zone).ToInstant();
    }

    /// <summary>Gets the zone Chinese public-security data is kept in, Asia/Shanghai.</summary>
    public static DateTimeZone DefaultZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the zone.</summary>
    public DateTimeZone Zone => _zone ?? DefaultZone;

    /// <summary>Gets the first instant of the month in the zone.</summary>
    public Instant Start { get; }

    /// <summary>Gets the first instant after the month in the zone.</summary>
    public Instant End { get; }

    /// <summary>Gets the month an instant belongs to in a zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The zone; Asia/Shanghai when <see langword="null"/>.</param>
    /// <returns>The month of the instant's local date in the zone.</returns>
    public static YearMonth MonthOf(Instant instant, DateTimeZone? zone = null)
    {
        var date = instant.InZone(zone ?? DefaultZone).Date;
        return new YearMonth(date.Year, date.Month);
    }

    /// <summary>Tells whether an instant falls in the month, in the period's zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when its local date is in the month.</returns>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Tells whether a date falls in the month.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it is a day of the month.</returns>
    public bool Contains(LocalDate date) => date.Year == Month.Year && date.Month == Month.Month;

    /// <inheritdoc/>
    public bool Equals(MonthlyPeriod other) => Month == other.Month && Zone.Id == other.Zone.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MonthlyPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Month, Zone.Id);

    /// <summary>Writes the month and the zone.</summary>
    /// <returns>For example <c>2014-01 (Asia/Shanghai)</c>.</returns>
    public override string ToString() => $"{Month:uuuu-MM} ({Zone.Id})";

    /// <summary>Determines whether two periods are the same month in the same zone.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they are.</returns>
    public static bool operator ==(MonthlyPeriod left, MonthlyPeriod right) => left.Equals(right);

    /// <summary>Determines whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MonthlyPeriod left, MonthlyPeriod right) => !left.Equals(right);
}
