using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Tests.Awards;

/// <summary>Tallies for award tests: an officer who does nothing, and one who earns the Household-Visit Star exactly.</summary>
internal static class AwardFixture
{
    public static readonly YearMonth January = new(2014, 1);

    /// <summary>A community officer's month with nothing in it (no data for every rate).</summary>
    public static OfficerMonth Idle(string officer, OfficerRole role = OfficerRole.Community) => new(new OfficerId(officer), role, January);

    /// <summary>
    /// A month that meets the Household-Visit Star exactly: 80 visits, every due household visited, every follow-up
    /// satisfied, every resident of the beats consistent.
    /// </summary>
    public static OfficerMonth ExactVisitStar(string officer, OfficerRole role = OfficerRole.Community) => Idle(officer, role) with
    {
        Visits = 80,
        DistinctHouseholdsVisited = 60,
        DueHouseholds = 40,
        DueHouseholdsVisited = 40,
        FollowUpsSatisfied = 30,
        PersonIdConsistency = Rate.Of(500, 500),
    };

    /// <summary>A month that meets the Mediation Star exactly: three mediations, all resolved, every party satisfied.</summary>
    public static OfficerMonth ExactMediationStar(string officer) => Idle(officer) with
    {
        Mediations = 3,
        MediationsResolved = 3,
        MediationsAllPartiesSatisfied = 3,
    };
}
