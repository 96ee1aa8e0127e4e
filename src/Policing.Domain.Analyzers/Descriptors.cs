using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Policing.Domain.Analyzers;

/// <summary>
/// Every rule's descriptor, in one place; the help link of each is derived from its id by <see cref="HelpLinkOf"/>.
/// Each is created with constant arguments, so that the release-tracking analyzer can read it.
/// </summary>
public static class Descriptors
{
    /// <summary>The category of every rule.</summary>
    public const string Category = "Policing";

    /// <summary>The address the help links are relative to: the rule pages in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/policing-domain/policing-domain/blob/main/docs/analyzers/";

    /// <summary>The descriptor of POL001, a metric compared with a hard-coded threshold.</summary>
    public static readonly DiagnosticDescriptor HardCodedThreshold = new DiagnosticDescriptor(
        RuleIds.HardCodedThreshold,
        "Metric compared with a hard-coded threshold",
        "'{0}' compares the metric '{1}' with a hard-coded threshold: read the threshold from the rule set in force instead",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A metric of a tally or a consistency report is compared with a numeric literal or a constant. Thresholds belong to the rule set in force for the month, which can change without a rebuild.",
        helpLinkUri: HelpLinkOf(RuleIds.HardCodedThreshold));

    /// <summary>The descriptor of POL002, a rate computed by hand from two counts.</summary>
    public static readonly DiagnosticDescriptor HandMadeRate = new DiagnosticDescriptor(
        RuleIds.HandMadeRate,
        "Rate computed by hand from two counts",
        "'{0}' divides two counts of the library by hand: use the exact Rate the library gives (a Rate metric of the tally or report, or Rate.Of)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two counts read from the library's tallies or reports are divided by hand. The library already gives each rate as an exact Rate, with the same rounding and no-data rule that the award rules use.",
        helpLinkUri: HelpLinkOf(RuleIds.HandMadeRate));

    /// <summary>The descriptor of POL003, a discarded outcome.</summary>
    public static readonly DiagnosticDescriptor DiscardedOutcome = new DiagnosticDescriptor(
        RuleIds.DiscardedOutcome,
        "Outcome discarded",
        "The outcome of '{0}' is discarded: keep it in a variable and act on it, or discard it explicitly with '_ ='",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The result of an evaluation, a selection, a validation or a consistency analysis is not used. The library marks such methods with MustUseOutcome; ignoring their result usually means a check that was never acted upon.",
        helpLinkUri: HelpLinkOf(RuleIds.DiscardedOutcome));

    /// <summary>The descriptor of POL004, the full form of a resident identity number flowing into text.</summary>
    public static readonly DiagnosticDescriptor RevealedIdentity = new DiagnosticDescriptor(
        RuleIds.RevealedIdentity,
        "Full identity number revealed",
        "The full identity number from '{0}' flows into {1}: use the masked form (ToString() or a hole without the \"F\" format)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The full form of a ResidentId flows into string interpolation, concatenation, a Console, ILogger, Debug or Trace call, or an exception message. The masked form is the default because identity numbers are personal data.",
        helpLinkUri: HelpLinkOf(RuleIds.RevealedIdentity));

    /// <summary>The descriptor of POL005, the system clock building a date passed to the library.</summary>
    public static readonly DiagnosticDescriptor SystemClock = new DiagnosticDescriptor(
        RuleIds.SystemClock,
        "System clock used to build a date for the library",
        "'{0}' reads the system clock to build a date passed to '{1}': take a NodaTime IClock and a DateTimeZone so that the month under evaluation is explicit and testable",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "DateTime.Now, DateTime.UtcNow, DateTime.Today, DateTimeOffset.Now or DateTimeOffset.UtcNow builds a period or date passed to the library. The month under evaluation then depends on the machine's clock and time zone.",
        helpLinkUri: HelpLinkOf(RuleIds.SystemClock));

    /// <summary>The descriptor of POL006, a switch over a verdict or category enum that misses a member.</summary>
    public static readonly DiagnosticDescriptor NonExhaustiveSwitch = new DiagnosticDescriptor(
        RuleIds.NonExhaustiveSwitch,
        "Switch over a verdict or category misses a member",
        "The switch over '{0}' misses {1}: add an arm for each, or a default arm that throws",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A switch over one of the library's verdict or category enums misses a member and has no default arm. When the library adds a verdict, the code must not silently ignore it.",
        helpLinkUri: HelpLinkOf(RuleIds.NonExhaustiveSwitch));

    /// <summary>Gets every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        HardCodedThreshold,
        HandMadeRate,
        DiscardedOutcome,
        RevealedIdentity,
        SystemClock,
        NonExhaustiveSwitch,
    ];

    /// <summary>Gets the help link of a rule.</summary>
    /// <param name="id">The rule's id, for example <c>POL001</c>.</param>
    /// <returns>The address of the rule's page.</returns>
    public static string HelpLinkOf(string id) => HelpLinkBase + id + ".md";
}
