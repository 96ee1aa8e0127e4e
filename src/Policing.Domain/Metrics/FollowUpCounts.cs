using Policing.Domain.Activity;

namespace Policing.Domain.Metrics;

/// <summary>The follow-up calls credited to one officer, by result: they merge by addition. Mutable, so that a pass counts in place.</summary>
internal record struct FollowUpCounts(int Satisfied, int Dissatisfied, int Unreachable)
{
    /// <summary>What one call credited to the officer adds: one of its result (any result but satisfied or dissatisfied counts as unreachable).</summary>
    internal void Add(FollowUpResult result)
    {
        Satisfied += result == FollowUpResult.Satisfied ? 1 : 0;
        Dissatisfied += result == FollowUpResult.Dissatisfied ? 1 : 0;
        Unreachable += result is not (FollowUpResult.Satisfied or FollowUpResult.Dissatisfied) ? 1 : 0;
    }

    /// <summary>The calls of both.</summary>
    internal readonly FollowUpCounts Plus(FollowUpCounts o) => new(Satisfied + o.Satisfied, Dissatisfied + o.Dissatisfied, Unreachable + o.Unreachable);
}
