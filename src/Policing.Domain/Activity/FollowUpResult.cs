namespace Policing.Domain.Activity;

/// <summary>What the resident said on a follow-up call.</summary>
[ExhaustiveEnum]
public enum FollowUpResult
{
    /// <summary>Satisfied (满意).</summary>
    Satisfied = 0,

    /// <summary>Dissatisfied (不满意).</summary>
    Dissatisfied = 1,

    /// <summary>Not reached: neither satisfied nor dissatisfied, counted and reported.</summary>
    Unreachable = 2,
}
