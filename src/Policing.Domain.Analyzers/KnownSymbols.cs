using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Policing.Domain.Analyzers;

/// <summary>
/// The library's types and the framework types the rules look at, resolved once per compilation. A compilation
/// that does not reference Policing.Domain has none: the analyzers then register nothing.
/// </summary>
internal sealed class KnownSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private KnownSymbols(Compilation compilation, INamedTypeSymbol metric, INamedTypeSymbol mustUse, INamedTypeSymbol exhaustive)
    {
        DomainAssembly = metric.ContainingAssembly;
        MetricAttribute = metric;
        MustUseOutcomeAttribute = mustUse;
        ExhaustiveEnumAttribute = exhaustive;
        ResidentId = compilation.GetTypeByMetadataName("Policing.Domain.Identity.ResidentId");
        Rate = compilation.GetTypeByMetadataName("Policing.Domain.Rate");
        DateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        Exception = compilation.GetTypeByMetadataName("System.Exception");

        var sinks = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        AddIfFound(sinks, compilation, "System.Console");
        AddIfFound(sinks, compilation, "System.Diagnostics.Debug");
        AddIfFound(sinks, compilation, "System.Diagnostics.Trace");
        AddIfFound(sinks, compilation, "Microsoft.Extensions.Logging.ILogger");
        AddIfFound(sinks, compilation, "Microsoft.Extensions.Logging.LoggerExtensions");
        TextSinks = sinks.ToImmutable();

        var dates = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        AddIfFound(dates, compilation, "NodaTime.LocalDate");
        AddIfFound(dates, compilation, "NodaTime.LocalDateTime");
        AddIfFound(dates, compilation, "NodaTime.YearMonth");
        AddIfFound(dates, compilation, "NodaTime.Instant");
        AddIfFound(dates, compilation, "NodaTime.OffsetDateTime");
        AddIfFound(dates, compilation, "NodaTime.ZonedDateTime");
        DateBuilders = dates.ToImmutable();

        var clock = ImmutableArray.CreateBuilder<IPropertySymbol>();
        AddProperties(clock, DateTime, "Now", "UtcNow", "Today");
        AddProperties(clock, DateTimeOffset, "Now", "UtcNow");
        ClockProperties = clock.ToImmutable();

        if (ResidentId is not null)
        {
            foreach (var member in ResidentId.GetMembers())
            {
                if (member is not IMethodSymbol { IsStatic: false } method)
                {
                    continue;
                }

                if (method.Name == "RevealFull" && method.Parameters.IsEmpty)
                {
                    RevealFull = method;
                }
                else if (method.Name == nameof(ToString) && method.Parameters.Length == 2
                    && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
                {
                    FormattedToString = method;
                }
            }
        }
    }

    /// <summary>Gets the Policing.Domain assembly.</summary>
    public IAssemblySymbol DomainAssembly { get; }

    /// <summary>Gets <c>Policing.Domain.MetricAttribute</c>.</summary>
    public INamedTypeSymbol MetricAttribute { get; }

    /// <summary>Gets <c>Policing.Domain.MustUseOutcomeAttribute</c>.</summary>
    public INamedTypeSymbol MustUseOutcomeAttribute { get; }

    /// <summary>Gets <c>Policing.Domain.ExhaustiveEnumAttribute</c>.</summary>
    public INamedTypeSymbol ExhaustiveEnumAttribute { get; }

    /// <summary>Gets <c>Policing.Domain.Identity.ResidentId</c>, if the library has it.</summary>
    public INamedTypeSymbol? ResidentId { get; }

    /// <summary>Gets <c>ResidentId.RevealFull()</c>.</summary>
    public IMethodSymbol? RevealFull { get; }

    /// <summary>Gets <c>ResidentId.ToString(string, IFormatProvider)</c>.</summary>
    public IMethodSymbol? FormattedToString { get; }

    /// <summary>Gets <c>Policing.Domain.Rate</c>, if the library has it.</summary>
    public INamedTypeSymbol? Rate { get; }

    /// <summary>Gets <c>System.DateTime</c>.</summary>
    public INamedTypeSymbol DateTime { get; }

    /// <summary>Gets <c>System.DateTimeOffset</c>.</summary>
    public INamedTypeSymbol? DateTimeOffset { get; }

    /// <summary>Gets <c>System.Exception</c>.</summary>
    public INamedTypeSymbol? Exception { get; }

    /// <summary>Gets the types whose methods write text out: Console, Debug, Trace, ILogger and its extensions.</summary>
    public ImmutableArray<INamedTypeSymbol> TextSinks { get; }

    /// <summary>Gets the NodaTime date and time types whose constructors and conversions build a date.</summary>
    public ImmutableArray<INamedTypeSymbol> DateBuilders { get; }

    /// <summary>Gets the properties that read the system clock.</summary>
    public ImmutableArray<IPropertySymbol> ClockProperties { get; }

    /// <summary>Gets the symbols of a compilation, resolved on first use and then shared by every analyzer.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The symbols, or <see langword="null"/> when the compilation does not reference Policing.Domain.</returns>
    public static KnownSymbols? For(Compilation compilation) =>
        Cache.GetValue(compilation, static c => new Holder(Create(c))).Symbols;

    /// <summary>Tells whether an operation, conversions aside, reads a property marked as a metric.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="property">The metric read.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool IsMetricRead(IOperation operation, out IPropertyReferenceOperation property)
    {
        if (Unwrap(operation) is IPropertyReferenceOperation reference
            && HasAttribute(reference.Property.OriginalDefinition, MetricAttribute))
        {
            property = reference;
            return true;
        }

        property = null!;
        return false;
    }

    /// <summary>Tells whether a symbol carries an attribute.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="attribute">The attribute's class.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes the conversions (implicit and explicit casts) around an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The converted operation.</returns>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Tells whether a type is one of a list.</summary>
    /// <param name="types">The list.</param>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool Contains(ImmutableArray<INamedTypeSymbol> types, ITypeSymbol? type)
    {
        foreach (var candidate in types)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the name a person reads for a method: <c>Type.Method</c>, or <c>new Type</c> for a constructor.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor
            ? "new " + method.ContainingType.Name
            : method.ContainingType.Name + "." + method.Name;

    private static KnownSymbols? Create(Compilation compilation)
    {
        var metric = compilation.GetTypeByMetadataName("Policing.Domain.MetricAttribute");
        var mustUse = compilation.GetTypeByMetadataName("Policing.Domain.MustUseOutcomeAttribute");
        var exhaustive = compilation.GetTypeByMetadataName("Policing.Domain.ExhaustiveEnumAttribute");
        return metric is null || mustUse is null || exhaustive is null
            ? null
            : new KnownSymbols(compilation, metric, mustUse, exhaustive);
    }

    private static void AddIfFound(ImmutableArray<INamedTypeSymbol>.Builder builder, Compilation compilation, string metadataName)
    {
        if (compilation.GetTypeByMetadataName(metadataName) is { } type)
        {
            builder.Add(type);
        }
    }

    private static void AddProperties(ImmutableArray<IPropertySymbol>.Builder builder, INamedTypeSymbol? type, params string[] names)
    {
        if (type is null)
        {
            return;
        }

        foreach (var name in names)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: true } property)
                {
                    builder.Add(property);
                }
            }
        }
    }

    private sealed class Holder(KnownSymbols? symbols)
    {
        public KnownSymbols? Symbols { get; } = symbols;
    }
}
