using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Policing.Domain.Analyzers.Tests;

/// <summary>
/// Compiles a test source against the real Policing.Domain assembly, NodaTime and the runtime's assemblies, runs the
/// analyzers, and compares their diagnostics with the marks in the source; applies a code fix through a workspace.
/// Nothing is downloaded: the references are the assemblies the test itself runs on.
/// </summary>
internal static class Harness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>Gets every Policing analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } =
    [
        new HardCodedThresholdAnalyzer(),
        new HandMadeRateAnalyzer(),
        new DiscardedOutcomeAnalyzer(),
        new RevealedIdentityAnalyzer(),
        new SystemClockAnalyzer(),
        new NonExhaustiveSwitchAnalyzer(),
    ];

    /// <summary>Gets the references a test source is compiled against.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Asserts that the analyzers report exactly the marked diagnostics of a source, which must compile.</summary>
    public static async Task VerifyAsync(string markup)
    {
        var parsed = Markup.Parse(markup);
        var diagnostics = await AnalyzeAsync(Compile(parsed.Source), AllAnalyzers);
        var actual = diagnostics
            .Select(d => (d.Id, d.Location.SourceSpan))
            .OrderBy(d => d.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            parsed.Expected.SequenceEqual(actual),
            $"Expected:\n{Describe(parsed.Source, parsed.Expected)}\nActual:\n{Describe(parsed.Source, actual)}\nMessages:\n"
            + string.Join("\n", diagnostics.Select(d => d.ToString())));
    }

    /// <summary>Asserts that the analyzers report exactly one diagnostic on a source, which must compile, and returns it.</summary>
    public static async Task<Diagnostic> SingleDiagnosticAsync(string source)
    {
        var diagnostics = await AnalyzeAsync(Compile(source), AllAnalyzers);
        return Assert.Single(diagnostics);
    }

    /// <summary>Applies the one fix a provider offers for the marked diagnostic and compares the fixed source.</summary>
    public static async Task VerifyFixAsync(string markup, string expected, CodeFixProvider fixer)
    {
        var (document, target, actions) = await FixesAsync(markup, fixer);
        var first = Assert.Single(actions);
        var operations = await first.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        var fixedDocument = apply.ChangedSolution.GetDocument(document.Id)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(expected.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));

        // The fixed source compiles and no longer has the diagnostic the fix was for.
        var fixedCompilation = await fixedDocument.Project.GetCompilationAsync();
        AssertCompiles(fixedCompilation!);
        var after = await AnalyzeAsync(fixedCompilation!, AllAnalyzers);
        Assert.DoesNotContain(after, d => d.Id == target.Id);
    }

    /// <summary>Gets the fixes a provider offers for the one marked diagnostic it can fix, in a workspace.</summary>
    public static async Task<(Document Document, Diagnostic Diagnostic, IReadOnlyList<CodeAction> Actions)> FixesAsync(string markup, CodeFixProvider fixer)
    {
        var parsed = Markup.Parse(markup);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Subject",
            "Subject",
            LanguageNames.CSharp,
            compilationOptions: CompilationOptions,
            parseOptions: ParseOptions,
            metadataReferences: References));
        var document = workspace.AddDocument(project.Id, "Subject.cs", SourceText.From(parsed.Source));
        var compilation = await document.Project.GetCompilationAsync();
        AssertCompiles(compilation!);
        var diagnostics = await AnalyzeAsync(compilation!, AllAnalyzers);
        Assert.Equal(parsed.Expected, diagnostics.Select(d => (d.Id, d.Location.SourceSpan)).ToList());
        var target = Assert.Single(diagnostics, d => fixer.FixableDiagnosticIds.Contains(d.Id));

        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, target, (action, _) => actions.Add(action), CancellationToken.None));
        return (document, target, actions);
    }

    /// <summary>Compiles a source; fails the test if it does not compile.</summary>
    public static Compilation Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Subject",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Subject.cs")],
            References,
            CompilationOptions);
        AssertCompiles(compilation);
        return compilation;
    }

    /// <summary>Runs analyzers over a compilation.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        var failures = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(failures.Count == 0, "An analyzer threw: " + string.Join("\n", failures));
        return [.. (await withAnalyzers.GetAnalyzerDiagnosticsAsync()).OrderBy(d => d.Location.SourceSpan.Start)];
    }

    private static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static void AssertCompiles(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
    }

    private static string Describe(string source, IEnumerable<(string Id, TextSpan Span)> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"  {d.Id} {d.Span} '{source.Substring(d.Span.Start, d.Span.Length)}'"));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.Ordinal);
        paths.Add(typeof(Policing.Domain.Identity.ResidentId).Assembly.Location);
        paths.Add(typeof(NodaTime.Instant).Assembly.Location);
        paths.Add(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);
        return [.. paths.Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
