namespace Policing.Domain.Analyzers.Tests;

public sealed class HardCodedThresholdAnalyzerTests
{
    [Fact]
    public Task MetricComparedWithLiteral_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = {|POL001:tally.Visits >= 80|};
        var b = {|POL001:100 > report.Residents|};
        var c = {|POL001:(double)tally.Mediations < 2.5|};
        """));

    [Fact]
    public Task MetricComparedWithConstant_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        const int Threshold = 80;
        var a = {|POL001:tally.Visits != Threshold|};
        var b = {|POL001:tally.Leads <= int.MaxValue|};
        """));

    [Fact]
    public Task RateMetricComparedWithRateOfConstants_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = {|POL001:beat.PersonIdConsistency < Rate.FromPercent(95)|};
        var b = {|POL001:tally.SatisfactionRate >= Rate.Of(19, 20)|};
        """));

    [Fact]
    public Task MetricMatchedAgainstAHardCodedPattern_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = {|POL001:tally.Visits is >= 80|};
        var b = {|POL001:report.Residents is > 0 and < 1000|};
        var c = {|POL001:tally.Leads is not 0|};
        """));

    [Fact]
    public Task ValueThatIsNotAMetricMatchedAgainstAPattern_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var visits = tally.Visits;
        var a = visits is >= 80;
        var b = months.Count is > 0 and < 10;
        """));

    [Fact]
    public Task LiteralComparedWithCountThatIsNotAMetric_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var visits = tally.Visits;
        var a = visits >= 80;
        var b = month.Month == 12;
        var c = months.Count > 3;
        """));

    [Fact]
    public Task MetricComparedWithAValueThatIsNotHardCoded_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var threshold = months.Count;
        var a = tally.Visits >= threshold;
        var b = tally.DueHouseholdsVisited <= tally.DueHouseholds;
        var c = beat.PersonIdConsistency == Rate.NoData;
        var d = tally.SatisfactionRate >= Rate.Of(tally.FollowUpsSatisfied, threshold);
        """));

    [Fact]
    public Task ArithmeticOnAMetric_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var a = tally.Visits + 80;
        var b = tally.Visits * 2;
        """));

    [Fact]
    public async Task Message_NamesTheComparisonAndTheMetric()
    {
        var diagnostic = await Harness.SingleDiagnosticAsync(Source.InMethod("var a = tally.Visits >= 80;"));
        Assert.Equal(
            "'tally.Visits >= 80' compares the metric 'Visits' with a hard-coded threshold: read the threshold from the rule set in force instead",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
