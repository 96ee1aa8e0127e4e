using NodaTime;
using Policing.Domain.Metrics;

namespace Policing.Domain.Tests.Metrics;

public sealed class MonthlyPeriodTests
{
    private static readonly YearMonth January2014 = new(2014, 1);

    [Fact]
    public void Shanghai_MidnightBelongsToTheNewDay()
    {
        var period = new MonthlyPeriod(January2014);
        var firstMidnight = Instant.FromUtc(2013, 12, 31, 16, 0);

        Assert.Equal("Asia/Shanghai", period.Zone.Id);
        Assert.True(period.Contains(firstMidnight));
        Assert.False(period.Contains(firstMidnight - Duration.FromSeconds(1)));
        Assert.True(period.Contains(Instant.FromUtc(2014, 1, 31, 15, 59, 59)));
        Assert.False(period.Contains(Instant.FromUtc(2014, 1, 31, 16, 0)));
        Assert.Equal(new YearMonth(2013, 12), MonthlyPeriod.MonthOf(firstMidnight - Duration.FromSeconds(1)));
        Assert.True(period.Contains(new LocalDate(2014, 1, 31)));
        Assert.False(period.Contains(new LocalDate(2014, 2, 1)));
    }

    [Fact]
    public void OtherZones_FollowTheirOwnOffsetsAcrossDaylightSaving()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var march = new MonthlyPeriod(new YearMonth(2014, 3), newYork);
        var november = new MonthlyPeriod(new YearMonth(2014, 11), newYork);

        // March starts in EST (UTC-5) and ends in EDT (UTC-4); November starts in EDT and ends in EST.
        Assert.Equal(Instant.FromUtc(2014, 3, 1, 5, 0), march.Start);
        Assert.Equal(Instant.FromUtc(2014, 4, 1, 4, 0), march.End);
        Assert.Equal(Instant.FromUtc(2014, 11, 1, 4, 0), november.Start);
        Assert.Equal(Instant.FromUtc(2014, 12, 1, 5, 0), november.End);
        Assert.Equal(new YearMonth(2014, 10), MonthlyPeriod.MonthOf(Instant.FromUtc(2014, 11, 1, 3, 59), newYork));
        Assert.NotEqual(march, new MonthlyPeriod(new YearMonth(2014, 3)));
        Assert.Equal(new MonthlyPeriod(January2014), new MonthlyPeriod(January2014, MonthlyPeriod.DefaultZone));
    }
}
