using System.Globalization;
using Policing.Domain.Analyzers.CodeFixes;

namespace Policing.Domain.Analyzers.Tests;

public sealed class NonExhaustiveSwitchAnalyzerTests
{
    [Fact]
    public Task StatementMissingAMember_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        {|POL006:switch|} (status)
        {
            case OfficerStatus.Starred:
            case OfficerStatus.QualifiedNotSelected:
                break;
            case OfficerStatus.NotQualified:
                break;
        }
        """));

    [Fact]
    public Task ExpressionMissingAMember_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = status {|POL006:switch|}
        {
            OfficerStatus.Starred => 1,
            OfficerStatus.QualifiedNotSelected or OfficerStatus.NotQualified => 2,
        };
        """));

    [Fact]
    public Task GuardedArmCoversNothing_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = status {|POL006:switch|}
        {
            OfficerStatus.Starred => 1,
            OfficerStatus.QualifiedNotSelected or OfficerStatus.NotQualified => 2,
            OfficerStatus.NotEligible when flag => 3,
        };
        PersonIdVerdict? verdict = null;
        {|POL006:switch|} (verdict)
        {
            case PersonIdVerdict.Consistent:
                break;
        }
        """));

    [Fact]
    public Task ExhaustiveSwitch_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        switch (status)
        {
            case OfficerStatus.Starred:
            case OfficerStatus.QualifiedNotSelected:
            case OfficerStatus.NotQualified:
            case OfficerStatus.NotEligible:
                break;
        }
        var a = status switch
        {
            OfficerStatus.Starred or OfficerStatus.QualifiedNotSelected => 1,
            OfficerStatus.NotQualified => 2,
            OfficerStatus.NotEligible => 3,
        };
        """));

    [Fact]
    public Task SwitchWithADefaultArm_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        switch (status)
        {
            case OfficerStatus.Starred:
                break;
            default:
                break;
        }
        var a = status switch
        {
            OfficerStatus.Starred => 1,
            _ => 0,
        };
        var b = status switch
        {
            OfficerStatus.Starred => 1,
            var other => 0,
        };
        var c = status switch
        {
            not OfficerStatus.Starred => 1,
            OfficerStatus.Starred => 0,
        };
        """));

    [Fact]
    public Task SwitchOverAnEnumTheLibraryDoesNotMark_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        switch (DateTime.Today.DayOfWeek)
        {
            case DayOfWeek.Monday:
                break;
        }
        """));

    [Fact]
    public async Task Message_ListsTheMissingMembers()
    {
        var diagnostic = await Harness.SingleDiagnosticAsync(Source.InMethod("""
            switch (status)
            {
                case OfficerStatus.Starred:
                case OfficerStatus.QualifiedNotSelected:
                    break;
            }
            """));
        Assert.Equal(
            "The switch over 'OfficerStatus' misses OfficerStatus.NotQualified, OfficerStatus.NotEligible: add an arm for each, or a default arm that throws",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Fix_StatementGetsThrowingCases() => Harness.VerifyFixAsync(
        Source.InMethod("""
            {|POL006:switch|} (status)
            {
                case OfficerStatus.Starred:
                case OfficerStatus.QualifiedNotSelected:
                    break;
            }
            """),
        Source.InMethod("""
            switch (status)
            {
                case OfficerStatus.Starred:
                case OfficerStatus.QualifiedNotSelected:
                    break;
                case OfficerStatus.NotQualified:
                    throw new NotImplementedException("OfficerStatus.NotQualified is not handled");
                case OfficerStatus.NotEligible:
                    throw new NotImplementedException("OfficerStatus.NotEligible is not handled");
            }
            """),
        new NonExhaustiveSwitchFixer());

    [Fact]
    public Task Fix_ExpressionGetsThrowingArms() => Harness.VerifyFixAsync(
        Source.InMethod("""
            var a = status {|POL006:switch|}
            {
                OfficerStatus.Starred => 1,
                OfficerStatus.QualifiedNotSelected => 2
            };
            """),
        Source.InMethod("""
            var a = status switch
            {
                OfficerStatus.Starred => 1,
                OfficerStatus.QualifiedNotSelected => 2,
                OfficerStatus.NotQualified => throw new NotImplementedException("OfficerStatus.NotQualified is not handled"),
                OfficerStatus.NotEligible => throw new NotImplementedException("OfficerStatus.NotEligible is not handled"),
            };
            """),
        new NonExhaustiveSwitchFixer());

    [Fact]
    public Task Fix_ExpressionWithATrailingCommaGetsThrowingArms() => Harness.VerifyFixAsync(
        Source.InMethod("""
            var a = status {|POL006:switch|}
            {
                OfficerStatus.Starred or OfficerStatus.QualifiedNotSelected or OfficerStatus.NotQualified => 1,
            };
            """),
        Source.InMethod("""
            var a = status switch
            {
                OfficerStatus.Starred or OfficerStatus.QualifiedNotSelected or OfficerStatus.NotQualified => 1,
                OfficerStatus.NotEligible => throw new NotImplementedException("OfficerStatus.NotEligible is not handled"),
            };
            """),
        new NonExhaustiveSwitchFixer());
}
