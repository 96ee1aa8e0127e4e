using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Policing.Domain.Analyzers.Tests;

public sealed class DescriptorsTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static readonly string[] IdList = typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    public static TheoryData<string> Ids { get; } = new(IdList);

    [Fact]
    public void EveryRuleId_HasOneDescriptorAndOneAnalyzer()
    {
        Assert.Equal(IdList.Order(), Descriptors.All.Select(d => d.Id).Order());
        var supported = Harness.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order();
        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), supported);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_IsAWarningOfThePolicingCategoryWithItsHelpPage(string id)
    {
        var descriptor = Assert.Single(Descriptors.All, d => d.Id == id);
        Assert.Equal("Policing", descriptor.Category);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal($"https://github.com/policing-domain/policing-domain/blob/main/docs/analyzers/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot, "docs", "analyzers", id + ".md")), $"docs/analyzers/{id}.md is missing.");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_IsTrackedInTheUnshippedRelease(string id)
    {
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryRoot, "src", "Policing.Domain.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(unshipped, line => line.StartsWith($"{id} | Policing | Warning |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompilationWithoutTheLibrary_GetsNoDiagnostic()
    {
        const string source = """
            using System;

            public sealed class OfficerMonth
            {
                public int Visits { get; init; }
            }

            public static class Subject
            {
                public static bool Run(OfficerMonth tally) => tally.Visits >= 80 && DateTime.Now.Year > 2000;
            }
            """;
        var domain = typeof(Policing.Domain.Identity.ResidentId).Assembly.Location;
        var references = Harness.References.Where(r => !string.Equals(r.Display, domain, StringComparison.Ordinal)).ToArray();
        Assert.Equal(Harness.References.Length - 1, references.Length);
        var compilation = CSharpCompilation.Create(
            "Subject",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await Harness.AnalyzeAsync(compilation, Harness.AllAnalyzers));
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Policing.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Policing.Domain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
