using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>POL002: a division of two counts read from the library's tallies or reports (properties marked <c>[Metric]</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandMadeRateAnalyzer : PolicingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HandMadeRate);

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols symbols) =>
        context.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Binary);

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind != BinaryOperatorKind.Divide
            || !symbols.IsMetricRead(binary.LeftOperand, out _)
            || !symbols.IsMetricRead(binary.RightOperand, out _))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.HandMadeRate,
            binary.Syntax.GetLocation(),
            binary.Syntax.ToString()));
    }
}
