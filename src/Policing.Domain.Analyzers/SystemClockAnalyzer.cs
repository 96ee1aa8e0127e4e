using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>
/// POL005: <c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTime.Today</c>, <c>DateTimeOffset.Now</c> or
/// <c>DateTimeOffset.UtcNow</c> read inside an argument of a method or constructor of Policing.Domain, or of a
/// NodaTime constructor or conversion that builds a date (<c>LocalDate.FromDateTime</c>,
/// <c>Instant.FromDateTimeUtc</c>, <c>new YearMonth(…)</c>, …).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemClockAnalyzer : PolicingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SystemClock);

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (!symbols.ClockProperties.IsEmpty)
        {
            context.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.PropertyReference);
        }
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        var property = reference.Property;
        if (!property.IsStatic
            || (!SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.DateTime)
                && !SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.DateTimeOffset))
            || !IsClock(property, symbols))
        {
            return;
        }

        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return;
            }

            if (parent is not IArgumentOperation argument)
            {
                continue;
            }

            var target = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (target is not null && BuildsDate(target, symbols))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SystemClock,
                    reference.Syntax.GetLocation(),
                    property.ContainingType.Name + "." + property.Name,
                    KnownSymbols.DisplayName(target)));
                return;
            }
        }
    }

    private static bool IsClock(IPropertySymbol property, KnownSymbols symbols)
    {
        foreach (var clock in symbols.ClockProperties)
        {
            if (SymbolEqualityComparer.Default.Equals(property, clock))
            {
                return true;
            }
        }

        return false;
    }

    // A method of the library, or a NodaTime constructor or static conversion from a BCL date.
    private static bool BuildsDate(IMethodSymbol method, KnownSymbols symbols)
    {
        if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, symbols.DomainAssembly))
        {
            return true;
        }

        if (!KnownSymbols.Contains(symbols.DateBuilders, method.ContainingType))
        {
            return false;
        }

        if (method.MethodKind == MethodKind.Constructor)
        {
            return true;
        }

        if (!method.IsStatic)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.DateTime)
                || SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.DateTimeOffset))
            {
                return true;
            }
        }

        return false;
    }
}
