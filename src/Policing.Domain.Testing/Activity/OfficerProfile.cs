namespace Policing.Domain.Testing.Activity;

/// <summary>
/// Knobs that override what the activity generator draws for one officer, to make them a clear winner or a clear
/// failure of a star in a test. A <see langword="null"/> knob leaves the draw alone.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record OfficerProfile
{
    /// <summary>Gets a profile that clears every Five-Star criterion by a wide margin.</summary>
    public static OfficerProfile ClearWinner { get; } = new()
    {
        Visits = 160,
        VisitEveryDueHousehold = true,
        SatisfiedShare = 1.0,
        Mediations = 5,
        ResolvedShare = 1.0,
        Leads = 2,
        Suspects = 1,
        Fugitives = 1,
        InformationItems = 18,
        RecognisedServices = 5,
    };

    /// <summary>Gets a profile that misses every Five-Star criterion and the monthly visit quota.</summary>
    public static OfficerProfile ClearFailure { get; } = new()
    {
        Visits = 30,
        VisitEveryDueHousehold = false,
        SatisfiedShare = 0.5,
        Mediations = 2,
        ResolvedShare = 0.5,
        Leads = 0,
        Suspects = 0,
        Fugitives = 0,
        InformationItems = 3,
        RecognisedServices = 0,
    };

    /// <summary>Gets the number of household visits.</summary>
    public int? Visits { get; init; }

    /// <summary>Gets a value indicating whether every household due a visit is visited (given enough visits).</summary>
    public bool? VisitEveryDueHousehold { get; init; }

    /// <summary>Gets the share of reached follow-up calls that are satisfied, 0 to 1.</summary>
    public double? SatisfiedShare { get; init; }

    /// <summary>Gets the share of follow-up calls that reach nobody, 0 to 1 (0.02 when not set).</summary>
    public double? UnreachableShare { get; init; }

    /// <summary>Gets the number of mediations.</summary>
    public int? Mediations { get; init; }

    /// <summary>Gets the share of mediations resolved, 0 to 1 (resolved ones get a satisfied call from every party when <see cref="SatisfiedShare"/> is 1).</summary>
    public double? ResolvedShare { get; init; }

    /// <summary>Gets the number of case leads.</summary>
    public int? Leads { get; init; }

    /// <summary>Gets the number of suspects caught.</summary>
    public int? Suspects { get; init; }

    /// <summary>Gets the number of fugitives caught.</summary>
    public int? Fugitives { get; init; }

    /// <summary>Gets the number of information items.</summary>
    public int? InformationItems { get; init; }

    /// <summary>Gets the number of services recognised by the public.</summary>
    public int? RecognisedServices { get; init; }
}
