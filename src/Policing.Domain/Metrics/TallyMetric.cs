namespace Policing.Domain.Metrics;

/// <summary>
/// A named figure of an officer's monthly tally (<see cref="OfficerMonth"/>) that award criteria compare with a
/// threshold. Each is a count or an exact <see cref="Rate"/>; <see cref="TallyMetrics.KindOf"/> tells which.
/// </summary>
[ExhaustiveEnum]
public enum TallyMetric
{
    /// <summary>Household visits made (入户走访), a count.</summary>
    Visits = 1,

    /// <summary>Distinct households visited, a count.</summary>
    DistinctHouseholdsVisited,

    /// <summary>Households due a visit in the month, a count.</summary>
    DueHouseholds,

    /// <summary>Households due a visit that were visited, a count.</summary>
    DueHouseholdsVisited,

    /// <summary>The visit rate (入户走访率): due households visited ÷ due households.</summary>
    VisitRate,

    /// <summary>Visits to members of the must-visit groups (五必访), a count.</summary>
    PriorityVisits,

    /// <summary>Follow-up calls made (电话回访) that reached the person, satisfied or not, a count.</summary>
    FollowUps,

    /// <summary>Follow-up calls with a satisfied result, a count.</summary>
    FollowUpsSatisfied,

    /// <summary>Follow-up calls with a dissatisfied result, a count.</summary>
    FollowUpsDissatisfied,

    /// <summary>Follow-up calls that did not reach the person, a count (neither satisfied nor dissatisfied).</summary>
    FollowUpsUnreachable,

    /// <summary>The satisfaction rate (群众满意率): satisfied ÷ (satisfied + dissatisfied).</summary>
    SatisfactionRate,

    /// <summary>Disputes mediated (纠纷调解), a count of mediations.</summary>
    Mediations,

    /// <summary>Mediations resolved, a count.</summary>
    MediationsResolved,

    /// <summary>Mediations that escalated into a criminal case (民转刑), a count.</summary>
    MediationsEscalated,

    /// <summary>The mediation success rate (调解成功率): resolved ÷ mediations.</summary>
    MediationSuccessRate,

    /// <summary>Mediations for which every party of the dispute gave a satisfied follow-up, a count.</summary>
    MediationsAllPartiesSatisfied,

    /// <summary>Mediations with every party satisfied ÷ mediations.</summary>
    MediationAllPartiesSatisfiedRate,

    /// <summary>Case leads of every kind (线索), a count.</summary>
    Leads,

    /// <summary>Leads for criminal cases, a count.</summary>
    LeadsCriminal,

    /// <summary>Leads for public-order cases, a count.</summary>
    LeadsPublicOrder,

    /// <summary>Leads for narcotics cases, a count.</summary>
    LeadsNarcotics,

    /// <summary>Leads for economic-crime cases, a count.</summary>
    LeadsEconomic,

    /// <summary>Suspects caught (抓获犯罪嫌疑人), a count.</summary>
    SuspectsCaught,

    /// <summary>Fugitives caught (抓获逃犯), a count.</summary>
    FugitivesCaught,

    /// <summary>Information items collected (信息采集), a count.</summary>
    InformationItems,

    /// <summary>Information items entered on the day they were collected (一日一采、一日一录), a count.</summary>
    InformationItemsEnteredSameDay,

    /// <summary>Information items entered on the day collected ÷ information items.</summary>
    InformationSameDayEntryRate,

    /// <summary>Services to residents (服务群众), a count.</summary>
    Services,

    /// <summary>Services recognised by the public (a pennant, a letter or a satisfied follow-up), a count.</summary>
    RecognisedServices,

    /// <summary>Services given at the resident's home (上门服务), a count.</summary>
    ServicesAtHome,

    /// <summary>The person-ID consistency rate (人号一致率) of the beats the officer answers for.</summary>
    PersonIdConsistencyRate,
}
