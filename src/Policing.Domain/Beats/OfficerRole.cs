namespace Policing.Domain.Beats;

/// <summary>The role an officer holds, which decides what the officer may answer for and be awarded.</summary>
[ExhaustiveEnum]
public enum OfficerRole : byte
{
    /// <summary>A community officer (社区民警 / 包区民警): responsible for beats, judged by the award rules.</summary>
    Community = 1,

    /// <summary>
    /// An auxiliary officer (辅警): assists, may record activity, is never responsible for a beat and never wins a
    /// star on their own.
    /// </summary>
    Auxiliary = 2,

    /// <summary>An officer of a business unit (traffic, exit-entry, fire, household registration) sent into the community.</summary>
    Business = 3,
}
