using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>
/// POL006: a <c>switch</c> statement or expression over an enum the library marks <c>[ExhaustiveEnum]</c> that misses
/// a member and has no default arm. A guarded arm (<c>when …</c>) covers nothing; an arm whose pattern the rule does
/// not follow (<c>not</c>, relational) is taken to cover everything, so the rule never reports a switch it cannot read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonExhaustiveSwitchAnalyzer : PolicingAnalyzer
{
    /// <summary>The name of the diagnostic property that lists the missing members, separated by commas.</summary>
    public const string MissingKey = "Missing";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.NonExhaustiveSwitch);

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        context.RegisterOperationAction(c => AnalyzeStatement(c, symbols), OperationKind.Switch);
        context.RegisterOperationAction(c => AnalyzeExpression(c, symbols), OperationKind.SwitchExpression);
    }

    private static void AnalyzeStatement(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var switchOperation = (ISwitchOperation)context.Operation;
        if (ExhaustiveEnumOf(switchOperation.Value.Type, symbols) is not { } type
            || switchOperation.Syntax is not SwitchStatementSyntax syntax)
        {
            return;
        }

        var covered = new List<object?>();
        foreach (var section in switchOperation.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                var understood = clause switch
                {
                    ISingleValueCaseClauseOperation single => AddConstant(single.Value, covered),
                    IPatternCaseClauseOperation { Guard: not null } => true,
                    IPatternCaseClauseOperation pattern => AddPattern(pattern.Pattern, covered),
                    _ => false,
                };
                if (!understood)
                {
                    return;
                }
            }
        }

        Report(context, type, covered, syntax.SwitchKeyword.GetLocation());
    }

    private static void AnalyzeExpression(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var switchOperation = (ISwitchExpressionOperation)context.Operation;
        if (ExhaustiveEnumOf(switchOperation.Value.Type, symbols) is not { } type
            || switchOperation.Syntax is not SwitchExpressionSyntax syntax)
        {
            return;
        }

        var covered = new List<object?>();
        foreach (var arm in switchOperation.Arms)
        {
            if (arm.Guard is null && !AddPattern(arm.Pattern, covered))
            {
                return;
            }
        }

        Report(context, type, covered, syntax.SwitchKeyword.GetLocation());
    }

    private static INamedTypeSymbol? ExhaustiveEnumOf(ITypeSymbol? type, KnownSymbols symbols)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named
            && KnownSymbols.HasAttribute(named, symbols.ExhaustiveEnumAttribute)
            ? named
            : null;
    }

    // Adds the values a pattern matches; false for a pattern that may match anything (a default) or that is not followed.
    private static bool AddPattern(IPatternOperation pattern, List<object?> covered) =>
        pattern switch
        {
            IConstantPatternOperation constant => AddConstant(constant.Value, covered),
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or =>
                AddPattern(or.LeftPattern, covered) && AddPattern(or.RightPattern, covered),
            _ => false,
        };

    private static bool AddConstant(IOperation value, List<object?> covered)
    {
        var constant = value.ConstantValue;
        if (!constant.HasValue)
        {
            return false;
        }

        covered.Add(constant.Value);
        return true;
    }

    private static void Report(OperationAnalysisContext context, INamedTypeSymbol type, List<object?> covered, Location location)
    {
        var missing = new List<string>();
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && !covered.Contains(field.ConstantValue))
            {
                missing.Add(field.Name);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var qualified = new string[missing.Count];
        for (var i = 0; i < missing.Count; i++)
        {
            qualified[i] = type.Name + "." + missing[i];
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NonExhaustiveSwitch,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(MissingKey, string.Join(",", missing)),
            type.Name,
            string.Join(", ", qualified)));
    }
}
