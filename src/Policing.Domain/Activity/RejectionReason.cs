namespace Policing.Domain.Activity;

/// <summary>Why an event of the activity log was rejected.</summary>
[ExhaustiveEnum]
public enum RejectionReason
{
    /// <summary>Another event of the same kind has the same id; the first is kept.</summary>
    DuplicateId = 0,

    /// <summary>The officer credited is not on the register.</summary>
    UnknownOfficer = 1,

    /// <summary>The household is not on the register.</summary>
    UnknownHousehold = 2,

    /// <summary>The dispute mediated is not in the log.</summary>
    UnknownDispute = 3,

    /// <summary>A person named is not on the register.</summary>
    UnknownPerson = 4,

    /// <summary>The beat is not on the register.</summary>
    UnknownBeat = 5,

    /// <summary>The visit, service or mediation a follow-up call is about is not in the log.</summary>
    UnknownSubject = 6,

    /// <summary>A follow-up call before the event it follows up, or a mediation before the dispute was reported.</summary>
    BeforeSubject = 7,

    /// <summary>A dispute with fewer than two different parties.</summary>
    TooFewParties = 8,

    /// <summary>An information item entered before it was collected.</summary>
    EnteredBeforeCollected = 9,
}
