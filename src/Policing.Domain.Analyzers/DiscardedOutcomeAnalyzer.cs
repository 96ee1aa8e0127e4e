using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>
/// POL003: a call to a method (or constructor) the library marks <c>[MustUseOutcome]</c> used as a statement, its
/// result thrown away. An explicit discard (<c>_ = …</c>) is a deliberate choice and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedOutcomeAnalyzer : PolicingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.DiscardedOutcome);

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols symbols) =>
        context.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.ExpressionStatement);

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var operation = ((IExpressionStatementOperation)context.Operation).Operation;
        if (operation is IAwaitOperation awaited)
        {
            operation = awaited.Operation;
        }

        if (operation is IConditionalAccessOperation conditional)
        {
            operation = conditional.WhenNotNull;
        }

        var method = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (method is null || !KnownSymbols.HasAttribute(method.OriginalDefinition, symbols.MustUseOutcomeAttribute))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DiscardedOutcome,
            context.Operation.Syntax is ExpressionStatementSyntax statement
                ? statement.Expression.GetLocation()
                : context.Operation.Syntax.GetLocation(),
            KnownSymbols.DisplayName(method)));
    }
}
