namespace Policing.Domain.Activity;

/// <summary>How a mediation ended.</summary>
[ExhaustiveEnum]
public enum MediationOutcome
{
    /// <summary>Resolved (调解成功).</summary>
    Resolved = 0,

    /// <summary>Not resolved.</summary>
    Failed = 1,

    /// <summary>Escalated into a criminal case (民转刑).</summary>
    Escalated = 2,
}
