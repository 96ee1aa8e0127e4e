namespace Policing.Domain.Activity;

/// <summary>How the public recognised a service.</summary>
[ExhaustiveEnum]
public enum Recognition
{
    /// <summary>Not recognised: the service counts toward no star.</summary>
    None = 0,

    /// <summary>A pennant (锦旗).</summary>
    Pennant = 1,

    /// <summary>A thank-you letter (感谢信).</summary>
    Letter = 2,

    /// <summary>A satisfied follow-up call.</summary>
    FollowUp = 3,
}
