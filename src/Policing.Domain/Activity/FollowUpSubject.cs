namespace Policing.Domain.Activity;

/// <summary>What a follow-up call asks about.</summary>
[ExhaustiveEnum]
public enum FollowUpSubject
{
    /// <summary>A household visit.</summary>
    Visit = 0,

    /// <summary>A service to a resident.</summary>
    Service = 1,

    /// <summary>A mediation of a dispute.</summary>
    Mediation = 2,

    /// <summary>A household-registration matter (户籍), credited to no officer.</summary>
    Registration = 3,
}
