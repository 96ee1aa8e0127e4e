namespace Policing.Domain.Awards;

/// <summary>Why an officer who qualified for a star was not given it.</summary>
[ExhaustiveEnum]
public enum SelectionReason
{
    /// <summary>The category's quota was filled by officers ranked higher.</summary>
    CategoryQuota = 0,

    /// <summary>The month's stars in all were already given.</summary>
    MonthlyQuota = 1,

    /// <summary>The officer already won as many stars as one officer may in a month.</summary>
    StarsPerOfficer = 2,
}
