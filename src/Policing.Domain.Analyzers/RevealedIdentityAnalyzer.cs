using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>
/// POL004: the full form of a <c>ResidentId</c> (<c>RevealFull()</c>, <c>ToString("F", …)</c>, or an interpolation
/// hole <c>{id:F}</c>) flows directly into an interpolated string, a concatenation, a Console, Debug, Trace or
/// ILogger call, or an exception's constructor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RevealedIdentityAnalyzer : PolicingAnalyzer
{
    /// <summary>The name of the diagnostic property that tells the fixer what the revealing code is.</summary>
    public const string FormKey = "Form";

    /// <summary>The value of <see cref="FormKey"/> for a call: <c>RevealFull()</c> or <c>ToString("F", …)</c>.</summary>
    public const string CallForm = "Call";

    /// <summary>The value of <see cref="FormKey"/> for an interpolation hole with the <c>F</c> format.</summary>
    public const string HoleForm = "Hole";

    private const string InterpolatedString = "an interpolated string";

    private static readonly ImmutableDictionary<string, string?> CallProperties =
        ImmutableDictionary<string, string?>.Empty.Add(FormKey, CallForm);

    private static readonly ImmutableDictionary<string, string?> HoleProperties =
        ImmutableDictionary<string, string?>.Empty.Add(FormKey, HoleForm);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.RevealedIdentity);

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (symbols.ResidentId is null)
        {
            return;
        }

        context.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
        context.RegisterSyntaxNodeAction(c => AnalyzeHole(c, symbols), SyntaxKind.Interpolation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ResidentId))
        {
            return;
        }

        var reveals = SymbolEqualityComparer.Default.Equals(method, symbols.RevealFull)
            || (SymbolEqualityComparer.Default.Equals(method, symbols.FormattedToString)
                && HasFullFormat(invocation));
        if (!reveals || SinkOf(invocation, symbols) is not { } sink)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.RevealedIdentity,
            invocation.Syntax.GetLocation(),
            CallProperties,
            invocation.Syntax.ToString(),
            sink));
    }

    private static void AnalyzeHole(SyntaxNodeAnalysisContext context, KnownSymbols symbols)
    {
        var hole = (InterpolationSyntax)context.Node;
        if (hole.FormatClause is not { } format)
        {
            return;
        }

        var text = format.FormatStringToken.ValueText;
        if (text != "F" && text != "f")
        {
            return;
        }

        var type = context.SemanticModel.GetTypeInfo(hole.Expression, context.CancellationToken).Type;
        if (!SymbolEqualityComparer.Default.Equals(type, symbols.ResidentId))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.RevealedIdentity,
            hole.GetLocation(),
            HoleProperties,
            hole.ToString(),
            InterpolatedString));
    }

    // The format is the first parameter, wherever a named argument puts it.
    private static bool HasFullFormat(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: "F" or "f" };
            }
        }

        return false;
    }

    // Where the value goes, conversions aside: the description of a text sink, or null.
    private static string? SinkOf(IOperation value, KnownSymbols symbols)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IInterpolationOperation:
            case IInterpolatedStringAppendOperation:
                return InterpolatedString;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                return "a string concatenation";
            case IArrayInitializerOperation { Parent: IArrayCreationOperation { IsImplicit: true, Parent: IArgumentOperation argument } }:
                return SinkOfArgument(argument, symbols);
            case IArgumentOperation argument:
                return SinkOfArgument(argument, symbols);
            default:
                return null;
        }
    }

    private static string? SinkOfArgument(IArgumentOperation argument, KnownSymbols symbols)
    {
        switch (argument.Parent)
        {
            case IInvocationOperation { Parent: IInterpolatedStringAppendOperation }:
                return InterpolatedString;
            case IInvocationOperation call when KnownSymbols.Contains(symbols.TextSinks, call.TargetMethod.ContainingType):
                return "a call to '" + KnownSymbols.DisplayName(call.TargetMethod) + "'";
            case IObjectCreationOperation creation when IsException(creation.Type, symbols.Exception):
                return "the message of '" + creation.Type!.Name + "'";
            default:
                return null;
        }
    }

    private static bool IsException(ITypeSymbol? type, INamedTypeSymbol? exception)
    {
        for (var t = type; t is not null && exception is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, exception))
            {
                return true;
            }
        }

        return false;
    }
}
