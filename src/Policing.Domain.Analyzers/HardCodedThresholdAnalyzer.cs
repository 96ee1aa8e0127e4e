using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>
/// POL001: a metric of a tally or report (a property marked <c>[Metric]</c>) compared with a numeric literal, a
/// constant, or a <c>Rate</c> built from constants, with an operator or a relational or constant pattern.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedThresholdAnalyzer : PolicingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardCodedThreshold);

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        context.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Binary);
        context.RegisterOperationAction(c => AnalyzePattern(c, symbols), OperationKind.IsPattern);
    }

    // tally.Visits is >= 80, report.Residents is > 0 and < 1000
    private static void AnalyzePattern(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var isPattern = (IIsPatternOperation)context.Operation;
        if (!symbols.IsMetricRead(isPattern.Value, out var metric) || !IsHardCodedPattern(isPattern.Pattern))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.HardCodedThreshold,
            isPattern.Syntax.GetLocation(),
            isPattern.Syntax.ToString(),
            metric.Property.Name));
    }

    private static bool IsHardCodedPattern(IPatternOperation pattern) =>
        pattern switch
        {
            IRelationalPatternOperation relational => relational.Value.ConstantValue is { HasValue: true, Value: not null },
            IConstantPatternOperation constant => constant.Value.ConstantValue is { HasValue: true, Value: not null },
            INegatedPatternOperation negated => IsHardCodedPattern(negated.Pattern),
            IBinaryPatternOperation binary => IsHardCodedPattern(binary.LeftPattern) || IsHardCodedPattern(binary.RightPattern),
            _ => false,
        };

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var binary = (IBinaryOperation)context.Operation;
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Equals:
            case BinaryOperatorKind.NotEquals:
            case BinaryOperatorKind.LessThan:
            case BinaryOperatorKind.LessThanOrEqual:
            case BinaryOperatorKind.GreaterThan:
            case BinaryOperatorKind.GreaterThanOrEqual:
                break;
            default:
                return;
        }

        IPropertyReferenceOperation metric;
        IOperation other;
        if (symbols.IsMetricRead(binary.LeftOperand, out metric))
        {
            other = binary.RightOperand;
        }
        else if (symbols.IsMetricRead(binary.RightOperand, out metric))
        {
            other = binary.LeftOperand;
        }
        else
        {
            return;
        }

        if (IsHardCoded(other, symbols))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HardCodedThreshold,
                binary.Syntax.GetLocation(),
                binary.Syntax.ToString(),
                metric.Property.Name));
        }
    }

    private static bool IsHardCoded(IOperation operation, KnownSymbols symbols)
    {
        operation = KnownSymbols.Unwrap(operation);
        if (operation.ConstantValue is { HasValue: true, Value: not null })
        {
            return true;
        }

        // Rate.FromPercent(95) or Rate.Of(19, 20): a threshold written as a rate is still hard-coded.
        if (operation is not IInvocationOperation { TargetMethod.IsStatic: true } invocation
            || symbols.Rate is null
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.Rate)
            || invocation.Arguments.IsEmpty)
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (!KnownSymbols.Unwrap(argument.Value).ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }
}
