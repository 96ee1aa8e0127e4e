namespace Policing.Domain.Beats;

/// <summary>Why a beat's assignment breaks "one beat, one officer" (一区一警).</summary>
[ExhaustiveEnum]
public enum AssignmentProblem : byte
{
    /// <summary>The beat has no responsible officer.</summary>
    Uncovered = 0,

    /// <summary>The responsible officer is not among the officers.</summary>
    UnknownOfficer = 1,

    /// <summary>The responsible officer is an auxiliary, who may never answer for a beat.</summary>
    Auxiliary = 2,

    /// <summary>The responsible officer belongs to a business unit, not to community policing.</summary>
    NotCommunityOfficer = 3,
}
