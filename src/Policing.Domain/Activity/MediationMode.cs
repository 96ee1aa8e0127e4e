namespace Policing.Domain.Activity;

/// <summary>Where a dispute was mediated.</summary>
[ExhaustiveEnum]
public enum MediationMode
{
    /// <summary>On the spot (现场调解).</summary>
    OnSite = 0,

    /// <summary>By a later home visit (上门调解), when the spot attempt failed or was unsuitable.</summary>
    Home = 1,
}
