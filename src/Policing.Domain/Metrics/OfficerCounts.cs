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
    /// <summary>The entry delay of an information item never entered (see <see cref="EntryDelay"/>).</summary>
    internal const int NotEntered = int.MinValue;

    // The rules of what each kind of event adds to its officer's month: one function a kind, over the fields both
    // tally paths hold (the accumulator reads them off the event, the columnar tally off its columns), so that the
    // rules are stated once. An event counts only in the month it belongs to; the callers decide that.

    /// <summary>What one visit adds to its officer's counts: a visit, and a priority visit when it is one.</summary>
    internal void AddVisit(VisitKind kind)
    {
        Visits++;
        PriorityVisits += kind == VisitKind.Priority ? 1 : 0;
    }

    /// <summary>What one mediation adds: a mediation, resolved or escalated as its outcome says.</summary>
    internal void AddMediation(MediationOutcome outcome)
    {
        Mediations++;
        MediationsResolved += outcome == MediationOutcome.Resolved ? 1 : 0;
        MediationsEscalated += outcome == MediationOutcome.Escalated ? 1 : 0;
    }

    /// <summary>What one lead adds, by case kind (a lead of another kind adds nothing).</summary>
    internal void AddLead(CaseKind kind)
    {
        LeadsCriminal += kind == CaseKind.Criminal ? 1 : 0;
        LeadsPublicOrder += kind == CaseKind.PublicOrder ? 1 : 0;
        LeadsNarcotics += kind == CaseKind.Narcotics ? 1 : 0;
        LeadsEconomic += kind == CaseKind.Economic ? 1 : 0;
    }

    /// <summary>What one apprehension adds, by kind.</summary>
    internal void AddApprehension(ApprehensionKind kind)
    {
        Suspects += kind == ApprehensionKind.Suspect ? 1 : 0;
        Fugitives += kind == ApprehensionKind.Fugitive ? 1 : 0;
    }

    /// <summary>
    /// What one information item adds, given its <see cref="EntryDelay"/>: an item, entered the same day or not, its
    /// delay to the total and the longest. An item never entered, or entered before it was collected, has no delay and
    /// counts as not entered.
    /// </summary>
    internal void AddInformation(int entryDelay)
    {
        var delay = Math.Max(entryDelay, 0);
        Information++;
        InformationSameDay += entryDelay == 0 ? 1 : 0;
        InformationNotEntered += entryDelay < 0 ? 1 : 0;
        InformationDelayDays += delay;
        InformationMaxDelayDays = Math.Max(InformationMaxDelayDays, delay);
    }

    /// <summary>What one service adds: a service, recognised or not, at home or not.</summary>
    internal void AddService(Recognition recognition, ServicePlace place)
    {
        Services++;
        RecognisedServices += recognition != Recognition.None ? 1 : 0;
        ServicesAtHome += place == ServicePlace.Home ? 1 : 0;
    }

    /// <summary>The days from an information item's collection to its entry (negative when entered before), or <see cref="NotEntered"/>.</summary>
    internal static int EntryDelay(NodaTime.LocalDate collectedOn, NodaTime.LocalDate? enteredOn) =>
        enteredOn is { } entered ? NodaTime.Period.DaysBetween(collectedOn, entered) : NotEntered;

    /// <summary>Makes an officer's month from these counts and the figures that need more than one event.</summary>
    internal OfficerMonth ToMonth(OfficerId officer, OfficerRole role, NodaTime.YearMonth month, int distinctHouseholds, int due, int dueVisited, FollowUpCounts calls, int allPartiesSatisfied, Rate consistency) =>
        new(officer, role, month)
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

    /// <summary>
    /// The counts of two parts of the month, field by field: the columnar tally's own merge of its parts, kept off the
    /// metric table for speed (a property test holds it to <see cref="TallyMetricTable.Merge"/> through the tally).
    /// </summary>
    internal readonly OfficerCounts Plus(OfficerCounts o) => new(
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
