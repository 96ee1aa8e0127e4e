using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Policing.Domain.Analyzers;

/// <summary>
/// The base of every Policing analyzer: concurrent execution, generated code skipped, and no work at all when the
/// compilation does not reference Policing.Domain. The library's types are resolved once per compilation.
/// </summary>
public abstract class PolicingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Configures the analysis and registers the rule's actions at the start of each compilation.</summary>
    /// <param name="context">The analysis context.</param>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.For(start.Compilation) is { } symbols)
            {
                Register(start, symbols);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext context, KnownSymbols symbols);
}
