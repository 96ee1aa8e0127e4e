namespace Policing.Domain.Awards;

/// <summary>Where an officer stands in a month's outcome.</summary>
[ExhaustiveEnum]
public enum OfficerStatus
{
    /// <summary>Won at least one star.</summary>
    Starred = 0,

    /// <summary>Qualified for at least one star but was not selected (quota, or stars per officer).</summary>
    QualifiedNotSelected = 1,

    /// <summary>Could compete for a star but qualified for none.</summary>
    NotQualified = 2,

    /// <summary>Holds a role that competes for no star (an auxiliary, under the Dezhou rules).</summary>
    NotEligible = 3,
}
