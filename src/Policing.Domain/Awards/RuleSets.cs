using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using static Policing.Domain.Awards.MetricCriterion;

namespace Policing.Domain.Awards;

/// <summary>The built-in rule sets.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RuleSets
{
    /// <summary>The id of the Dezhou 2014 Five-Star rules.</summary>
    public const string DezhouId = "dezhou-2014";

    /// <summary>The id of the Dongping satisfaction-led rules.</summary>
    public const string DongpingId = "dongping-satisfaction";

    /// <summary>
    /// The Dezhou "Five-Star" community officer rules of 2014 (德州“社区六进”五星评选), as the rules box states them:
    /// Household-Visit Star (≥ 80 visits; person-ID consistency, visit rate and satisfaction all 100%), Mediation Star
    /// (≥ 3 mediations, 100% success, every party satisfied on the follow-up call), Investigation Star (≥ 1 lead of any
    /// case kind, or ≥ 1 suspect, or ≥ 1 fugitive), Information Star (≥ 10 information items), Service Star (≥ 3
    /// services recognised by the public; community officers and business-unit officers). Two stars per category,
    /// ten a month, one per officer; a 50-visit monthly quota. In force from January 2014.
    /// </summary>
    /// <param name="applyEligibilityGate">
    /// <see langword="true"/> for the article body's reading: the Household-Visit criterion (80 visits and the three
    /// 100% rates) is what makes an officer eligible for any star at all. Off by default, as the rules box reads.
    /// </param>
    /// <returns>The rule set.</returns>
    public static RuleSet DezhouFiveStar2014(bool applyEligibilityGate = false)
    {
        var visits = new AllOfCriterion(
            AtLeast(TallyMetric.Visits, 80),
            AtLeastPercent(TallyMetric.PersonIdConsistencyRate, 100),
            AtLeastPercent(TallyMetric.VisitRate, 100),
            AtLeastPercent(TallyMetric.SatisfactionRate, 100));
        OfficerRole[] community = [OfficerRole.Community];
        return new RuleSet(
            DezhouId,
            "德州市公安局“社区六进”五星评选 (Dezhou Five-Star, 2014)",
            new YearMonth(2014, 1),
            null,
            applyEligibilityGate ? visits : null,
            [
                new StarCategory("household-visit", "入户走访之星", "Household-Visit Star", visits, 2, community),
                new StarCategory("mediation", "纠纷调解之星", "Mediation Star", new AllOfCriterion(
                    AtLeast(TallyMetric.Mediations, 3),
                    AtLeastPercent(TallyMetric.MediationSuccessRate, 100),
                    AtLeastPercent(TallyMetric.MediationAllPartiesSatisfiedRate, 100)), 2, community),
                new StarCategory("investigation", "侦查破案之星", "Investigation Star", new AnyOfCriterion(
                    AtLeast(TallyMetric.Leads, 1),
                    AtLeast(TallyMetric.SuspectsCaught, 1),
                    AtLeast(TallyMetric.FugitivesCaught, 1)), 2, community),
                new StarCategory("information", "信息采集之星", "Information Star", AtLeast(TallyMetric.InformationItems, 10), 2, community),
                new StarCategory("service", "服务群众之星", "Service Star", AtLeast(TallyMetric.RecognisedServices, 3), 2, [OfficerRole.Community, OfficerRole.Business]),
            ],
            quotaPerMonth: 10,
            starsPerOfficer: 1,
            tieBreakers: [TallyMetric.SatisfactionRate, TallyMetric.Visits],
            visitQuota: 50);
    }

    /// <summary>
    /// A satisfaction-led assessment in the spirit of the Dongping article (东平): residents' satisfaction leads, not
    /// raw counts. Satisfaction Star: a weighted score of 60 × satisfaction + 20 × visit rate + 20 × person-ID
    /// consistency (rates in percent) of at least 95, with at least 20 follow-up calls; Must-Visit Star: at least 5
    /// visits to must-visit groups (五必访) at 95% satisfaction; Harmony Star: at least 2 mediations, every party
    /// satisfied in 90% of them, none escalated. Three per category, nine a month, one per officer. In force from
    /// January 2014.
    /// </summary>
    /// <returns>The rule set.</returns>
    public static RuleSet DongpingSatisfaction()
    {
        OfficerRole[] community = [OfficerRole.Community];
        return new RuleSet(
            DongpingId,
            "东平群众满意导向考核 (Dongping satisfaction-led assessment)",
            new YearMonth(2014, 1),
            null,
            null,
            [
                new StarCategory("satisfaction", "群众满意之星", "Satisfaction Star", new AllOfCriterion(
                    new WeightedScoreCriterion(
                        [new WeightedTerm(TallyMetric.SatisfactionRate, 0.6m), new WeightedTerm(TallyMetric.VisitRate, 0.2m), new WeightedTerm(TallyMetric.PersonIdConsistencyRate, 0.2m)],
                        95m),
                    AtLeast(TallyMetric.FollowUps, 20)), 3, community),
                new StarCategory("must-visit", "五必访之星", "Must-Visit Star", new AllOfCriterion(
                    AtLeast(TallyMetric.PriorityVisits, 5),
                    AtLeastPercent(TallyMetric.SatisfactionRate, 95)), 3, community),
                new StarCategory("harmony", "和谐调解之星", "Harmony Star", new AllOfCriterion(
                    AtLeast(TallyMetric.Mediations, 2),
                    AtLeastPercent(TallyMetric.MediationAllPartiesSatisfiedRate, 90),
                    new MetricCriterion(TallyMetric.MediationsEscalated, Comparison.AtMost, Threshold.OfCount(0))), 3, community),
            ],
            quotaPerMonth: 9,
            starsPerOfficer: 1,
            tieBreakers: [TallyMetric.SatisfactionRate, TallyMetric.FollowUps],
            visitQuota: 50);
    }

    /// <summary>Gets a built-in rule set by id.</summary>
    /// <param name="id"><see cref="DezhouId"/> or <see cref="DongpingId"/>.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> names no built-in rule set.</exception>
    public static RuleSet Builtin(string id) => id switch
    {
        DezhouId => DezhouFiveStar2014(),
        DongpingId => DongpingSatisfaction(),
        _ => throw new ArgumentException($"'{id}' is not a built-in rule set: use '{DezhouId}' or '{DongpingId}', or a JSON file.", nameof(id)),
    };
}
