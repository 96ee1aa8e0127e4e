namespace Policing.Domain.Analyzers.Tests;

public sealed class HandMadeRateAnalyzerTests
{
    [Fact]
    public Task DivisionOfTwoMetrics_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = {|POL002:(double)tally.MediationsResolved / tally.Mediations|};
        var b = {|POL002:tally.DueHouseholdsVisited / (decimal)tally.DueHouseholds|};
        var c = {|POL002:tally.Visits / tally.DistinctHouseholdsVisited|};
        var d = {|POL002:(double)beat.Residents / report.Residents|};
        """));

    [Fact]
    public Task DivisionOfCountsThatAreNotMetrics_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        int resolved = tally.MediationsResolved, total = tally.Mediations;
        var a = (double)resolved / total;
        var b = months.Count / 2.0;
        """));

    [Fact]
    public Task MetricDividedByAValueThatIsNotAMetric_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var perDay = tally.Visits / 30.0;
        var perMonth = (double)tally.Visits / months.Count;
        var rate = tally.MediationSuccessRate;
        """));
}
