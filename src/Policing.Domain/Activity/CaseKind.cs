namespace Policing.Domain.Activity;

/// <summary>The kind of case a lead is for.</summary>
[ExhaustiveEnum]
public enum CaseKind
{
    /// <summary>A criminal case (刑事案件).</summary>
    Criminal = 0,

    /// <summary>A public-order case (治安案件).</summary>
    PublicOrder = 1,

    /// <summary>A narcotics case (禁毒).</summary>
    Narcotics = 2,

    /// <summary>An economic-crime case (经侦).</summary>
    Economic = 3,
}
