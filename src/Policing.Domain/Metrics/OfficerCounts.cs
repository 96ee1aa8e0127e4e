using Policing.Domain.Activity;
using Policing.Domain.Beats;

namespace Policing.Domain.Metrics;

/// <summary>The additive counts of one officer's month: they merge by addition (and the longest delay by maximum). Mutable, so that a pass over columns counts in place.</summary>
internal record struct OfficerCounts(
    int Visits,
    int PriorityVisits,
    int Mediations,
    int MediationsResolved,
    int MediationsEscalated,
    int LeadsCriminal,
    int LeadsPublicOrder,
    int LeadsNarcotics,
    int LeadsEconomic,
    int Suspects,
    int Fugitives,
    int Information,
    int InformationSameDay,
    int InformationNotEntered,
    long InformationDelayDays,
    int InformationMaxDelayDays,
    int Services,
    int RecognisedServices,
    int ServicesAtHome)
{
    /// <summary>What one visit adds to its officer's counts.</summary>
    internal static OfficerCounts Of(Visit v) => new() { Visits = 1, PriorityVisits = v.Kind == VisitKind.Priority ? 1 : 0 };

    /// <summary>What one mediation adds.</summary>
    internal static OfficerCounts Of(Mediation m) => new()
    {
        Mediations = 1,
        MediationsResolved = m.Outcome == MediationOutcome.Resolved ? 1 : 0,
        MediationsEscalated = m.Outcome == MediationOutcome.Escalated ? 1 : 0,
    };

    /// <summary>What one lead adds, by case kind.</summary>
    internal static OfficerCounts Of(CaseLead l) => new()
    {
        LeadsCriminal = l.CaseKind == CaseKind.Criminal ? 1 : 0,
        LeadsPublicOrder = l.CaseKind == CaseKind.PublicOrder ? 1 : 0,
        LeadsNarcotics = l.CaseKind == CaseKind.Narcotics ? 1 : 0,
        LeadsEconomic = l.CaseKind == CaseKind.Economic ? 1 : 0,
    };

    /// <summary>What one apprehension adds.</summary>
    internal static OfficerCounts Of(Apprehension a) => new()
    {
        Suspects = a.Kind == ApprehensionKind.Suspect ? 1 : 0,
        Fugitives = a.Kind == ApprehensionKind.Fugitive ? 1 : 0,
    };

    /// <summary>What one information item adds, with its entry delay (never entered: no delay, counted apart).</summary>
    internal static OfficerCounts Of(InformationItem i)
    {
        var delay = i.EnteredOn is { } entered ? NodaTime.Period.DaysBetween(i.CollectedOn, entered) : -1;
        return new()
        {
            Information = 1,
            InformationSameDay = delay == 0 ? 1 : 0,
            InformationNotEntered = delay < 0 ? 1 : 0,
            InformationDelayDays = Math.Max(delay, 0),
            InformationMaxDelayDays = Math.Max(delay, 0),
        };
    }

    /// <summary>What one service adds.</summary>
    internal static OfficerCounts Of(ServiceRecord s) => new()
    {
        Services = 1,
        RecognisedServices = s.Recognition != Recognition.None ? 1 : 0,
        ServicesAtHome = s.Place == ServicePlace.Home ? 1 : 0,
    };

    /// <summary>Makes an officer's month from these counts and the figures that need more than one event.</summary>
    internal OfficerMonth ToMonth(Officer officer, NodaTime.YearMonth month, int distinctHouseholds, int due, int dueVisited, (int Satisfied, int Dissatisfied, int Unreachable) calls, int allPartiesSatisfied, Rate consistency) =>
        new(officer.Id, officer.Role, month)
        {
            Visits = Visits,
            DistinctHouseholdsVisited = distinctHouseholds,
            DueHouseholds = due,
            DueHouseholdsVisited = dueVisited,
            PriorityVisits = PriorityVisits,
            FollowUpsSatisfied = calls.Satisfied,
            FollowUpsDissatisfied = calls.Dissatisfied,
            FollowUpsUnreachable = calls.Unreachable,
            Mediations = Mediations,
            MediationsResolved = MediationsResolved,
            MediationsEscalated = MediationsEscalated,
            MediationsAllPartiesSatisfied = allPartiesSatisfied,
            LeadsCriminal = LeadsCriminal,
            LeadsPublicOrder = LeadsPublicOrder,
            LeadsNarcotics = LeadsNarcotics,
            LeadsEconomic = LeadsEconomic,
            SuspectsCaught = Suspects,
            FugitivesCaught = Fugitives,
            InformationItems = Information,
            InformationItemsEnteredSameDay = InformationSameDay,
            InformationItemsNotEntered = InformationNotEntered,
            InformationEntryDelayDays = InformationDelayDays,
            InformationMaxEntryDelayDays = InformationMaxDelayDays,
            Services = Services,
            RecognisedServices = RecognisedServices,
            ServicesAtHome = ServicesAtHome,
            PersonIdConsistency = consistency,
        };

    internal OfficerCounts Plus(OfficerCounts o) => new(
        Visits + o.Visits,
        PriorityVisits + o.PriorityVisits,
        Mediations + o.Mediations,
        MediationsResolved + o.MediationsResolved,
        MediationsEscalated + o.MediationsEscalated,
        LeadsCriminal + o.LeadsCriminal,
        LeadsPublicOrder + o.LeadsPublicOrder,
        LeadsNarcotics + o.LeadsNarcotics,
        LeadsEconomic + o.LeadsEconomic,
        Suspects + o.Suspects,
        Fugitives + o.Fugitives,
        Information + o.Information,
        InformationSameDay + o.InformationSameDay,
        InformationNotEntered + o.InformationNotEntered,
        InformationDelayDays + o.InformationDelayDays,
        Math.Max(InformationMaxDelayDays, o.InformationMaxDelayDays),
        Services + o.Services,
        RecognisedServices + o.RecognisedServices,
        ServicesAtHome + o.ServicesAtHome);
}
