namespace Policing.Domain.Metrics;

/// <summary>The additive counts of one officer's month: they merge by addition (and the longest delay by maximum).</summary>
internal readonly record struct OfficerCounts(
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
