namespace Policing.Domain.Activity;

/// <summary>The kind of a household visit.</summary>
[ExhaustiveEnum]
public enum VisitKind
{
    /// <summary>A routine visit of the visit plan.</summary>
    Routine = 0,

    /// <summary>A visit to a household with a member of a must-visit group (五必访).</summary>
    Priority = 1,
}
