namespace Policing.Domain.Analyzers.Tests;

public sealed class SystemClockAnalyzerTests
{
    [Fact]
    public Task ClockBuildingAPeriodForTheLibrary_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = new MonthlyPeriod(new YearMonth({|POL005:DateTime.Now|}.Year, {|POL005:DateTime.Now|}.Month));
        var b = MonthlyPeriod.MonthOf(Instant.FromDateTimeUtc({|POL005:DateTime.UtcNow|}));
        var c = a.Contains(LocalDate.FromDateTime({|POL005:DateTime.Today|}.Date));
        """));

    [Fact]
    public Task ClockBuildingANodaTimeDate_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = LocalDate.FromDateTime({|POL005:DateTime.Today|});
        var b = Instant.FromDateTimeOffset({|POL005:DateTimeOffset.UtcNow|});
        var c = new YearMonth({|POL005:DateTimeOffset.Now|}.Year, 1);
        var d = LocalDateTime.FromDateTime({|POL005:DateTime.Now|});
        var e = new LocalDate({|POL005:DateTime.Today|}.Year, 1, 1);
        """));

    [Fact]
    public Task ClockNotReachingTheLibrary_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        Console.WriteLine(DateTime.Now);
        var stamp = DateTime.UtcNow;
        var text = DateTimeOffset.Now.ToString("O");
        var elapsed = DateTime.UtcNow - stamp;
        logger.LogInformation("started at {At}", DateTime.Now);
        Func<DateTime> clock = () => DateTime.Now;
        var period = new MonthlyPeriod(month);
        """));

    [Fact]
    public Task OtherDateTimeMembers_DoNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var a = LocalDate.FromDateTime(DateTime.MinValue);
        var b = new MonthlyPeriod(new YearMonth(DateTime.MaxValue.Year, 1));
        """));
}
