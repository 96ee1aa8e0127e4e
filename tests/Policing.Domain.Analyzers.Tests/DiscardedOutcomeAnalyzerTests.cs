using Policing.Domain.Analyzers.CodeFixes;

namespace Policing.Domain.Analyzers.Tests;

public sealed class DiscardedOutcomeAnalyzerTests
{
    [Fact]
    public Task OutcomeCallAsStatement_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        {|POL003:AwardEvaluator.Evaluate(rules, months, month)|};
        {|POL003:analyzer.Analyze(residents)|};
        {|POL003:ResidentIdBatch.Validate("11010519491231002X\n"u8)|};
        {|POL003:RuleSetJson.Read("{}")|};
        {|POL003:analyzer?.Analyze(residents)|};
        """));

    [Fact]
    public Task OutcomeKeptOrDiscardedExplicitly_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var outcome = AwardEvaluator.Evaluate(rules, months, month);
        _ = analyzer.Analyze(residents);
        Console.WriteLine(ResidentIdBatch.Validate("11010519491231002X\n"u8));
        """));

    [Fact]
    public Task DiscardedCallThatIsNotAnOutcome_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        ResidentId.Validate("11010519491231002X");
        tally.ToString();
        Console.WriteLine(tally.Visits);
        """));

    [Fact]
    public Task Fix_KeepsTheOutcomeInAVariable() => Harness.VerifyFixAsync(
        Source.InMethod("""
            {|POL003:AwardEvaluator.Evaluate(rules, months, month)|};
            """),
        Source.InMethod("""
            var outcome = AwardEvaluator.Evaluate(rules, months, month);
            """),
        new DiscardedOutcomeFixer());

    [Fact]
    public Task Fix_PicksANameNotInUse() => Harness.VerifyFixAsync(
        Source.InMethod("""
            var outcome = 1;
            {|POL003:analyzer.Analyze(residents)|};
            """),
        Source.InMethod("""
            var outcome = 1;
            var outcome2 = analyzer.Analyze(residents);
            """),
        new DiscardedOutcomeFixer());

    [Fact]
    public async Task Fix_IsNotOfferedForAnEmbeddedStatement()
    {
        var (_, _, actions) = await Harness.FixesAsync(
            Source.InMethod("""
                if (flag)
                    {|POL003:analyzer.Analyze(residents)|};
                """),
            new DiscardedOutcomeFixer());
        Assert.Empty(actions);
    }
}
