namespace Policing.Domain.Analyzers;

/// <summary>The ids of the rules that guard the use of Policing.Domain, shared by the analyzers and the code fixes.</summary>
public static class RuleIds
{
    /// <summary>POL001: a metric compared with a hard-coded threshold.</summary>
    public const string HardCodedThreshold = "POL001";

    /// <summary>POL002: a rate computed by hand from two counts.</summary>
    public const string HandMadeRate = "POL002";

    /// <summary>POL003: the outcome of an evaluation, a selection, a validation or an analysis is discarded.</summary>
    public const string DiscardedOutcome = "POL003";

    /// <summary>POL004: the full form of a resident identity number flows into text.</summary>
    public const string RevealedIdentity = "POL004";

    /// <summary>POL005: the system clock builds a date or period passed to the library.</summary>
    public const string SystemClock = "POL005";

    /// <summary>POL006: a switch over a verdict or category enum misses a member and has no default arm.</summary>
    public const string NonExhaustiveSwitch = "POL006";
}
