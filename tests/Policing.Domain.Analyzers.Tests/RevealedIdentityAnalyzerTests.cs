using Policing.Domain.Analyzers.CodeFixes;

namespace Policing.Domain.Analyzers.Tests;

public sealed class RevealedIdentityAnalyzerTests
{
    [Fact]
    public Task FullFormIntoTextSinks_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        Console.WriteLine({|POL004:id.RevealFull()|});
        Debug.WriteLine({|POL004:id.ToString("f", null)|});
        Trace.TraceInformation({|POL004:id.RevealFull()|});
        logger.LogWarning("resident {Id} rejected", {|POL004:id.RevealFull()|});
        """));

    [Fact]
    public Task FullFormIntoInterpolationOrConcatenation_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        var a = $"resident {{|POL004:id.RevealFull()|}}";
        var b = $"resident {|POL004:{id:F}|}";
        var c = "resident " + {|POL004:id.ToString("F", null)|};
        var d = "resident ";
        d += {|POL004:id.RevealFull()|};
        """));

    [Fact]
    public Task FullFormIntoAnInterpolatedStringHandler_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        Debug.Assert(flag, $"resident {{|POL004:id.RevealFull()|}}");
        Debug.Assert(flag, $"resident {|POL004:{id:F}|}");
        """));

    [Fact]
    public Task FullFormIntoAnExceptionMessage_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        if (flag)
        {
            throw new InvalidOperationException({|POL004:id.RevealFull()|});
        }
        """));

    [Fact]
    public Task FullFormatGivenByName_Triggers() => Harness.VerifyAsync(Source.InMethod("""
        Console.WriteLine({|POL004:id.ToString(formatProvider: null, format: "F")|});
        Console.WriteLine(id.ToString(formatProvider: null, format: "M"));
        """));

    [Fact]
    public Task MaskedIdInALog_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        Console.WriteLine(id);
        Console.WriteLine(id.ToString());
        Console.WriteLine(id.ToString("M", null));
        logger.LogInformation("resident {Id}", id);
        var a = $"resident {id} {id:M}";
        var b = "resident " + id;
        """));

    [Fact]
    public Task FullFormKeptForAComparison_DoesNotTrigger() => Harness.VerifyAsync(Source.InMethod("""
        var full = id.RevealFull();
        var same = string.Equals(id.RevealFull(), full, StringComparison.Ordinal);
        var length = id.RevealFull().Length;
        """));

    [Fact]
    public Task Fix_RevealFullBecomesTheMaskedForm() => Harness.VerifyFixAsync(
        Source.InMethod("""Console.WriteLine({|POL004:id.RevealFull()|});"""),
        Source.InMethod("""Console.WriteLine(id.ToString());"""),
        new RevealedIdentityFixer());

    [Fact]
    public Task Fix_FullFormatBecomesTheMaskedForm() => Harness.VerifyFixAsync(
        Source.InMethod("""var c = "resident " + {|POL004:id.ToString("F", null)|};"""),
        Source.InMethod("""var c = "resident " + id.ToString();"""),
        new RevealedIdentityFixer());

    [Fact]
    public Task Fix_FullFormatHoleLosesItsFormat() => Harness.VerifyFixAsync(
        Source.InMethod("""var b = $"resident {|POL004:{id:F}|}.";"""),
        Source.InMethod("""var b = $"resident {id}.";"""),
        new RevealedIdentityFixer());
}
