using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using static Policing.Domain.Tests.Awards.AwardFixture;

namespace Policing.Domain.Tests.Awards;

/// <summary>Every sentence of the Five-Star section of DOMAIN.md, one example each, on the built-in Dezhou rules.</summary>
public sealed class FiveStarTests
{
    private static readonly RuleSet Dezhou = RuleSets.DezhouFiveStar2014();

    private static MonthlyOutcome Evaluate(params OfficerMonth[] months) => AwardEvaluator.Evaluate(Dezhou, months, January);

    private static MonthlyOutcome Evaluate(RuleSet rules, params OfficerMonth[] months) => AwardEvaluator.Evaluate(rules, months, January);

    private static bool Qualifies(OfficerMonth month, string category) =>
        Evaluate(month).Officers.Single().Categories.Single(c => c.Category.Id == category).Qualified;

    private static string[] StarsOf(MonthlyOutcome outcome, string officer) =>
        [.. outcome.Of(new OfficerId(officer))!.Stars.Select(s => s.Id)];

    [Fact]
    public void HouseholdVisitStar_EightyVisitsQualify_SeventyNineDoNot()
    {
        Assert.True(Qualifies(ExactVisitStar("C1"), "household-visit"));
        Assert.False(Qualifies(ExactVisitStar("C1") with { Visits = 79 }, "household-visit"));
    }

    [Fact]
    public void HouseholdVisitStar_EveryRateMustBeAHundredPercent()
    {
        // 99 satisfied of 100 answered calls: 99% is not 100%.
        Assert.False(Qualifies(ExactVisitStar("C1") with { FollowUpsSatisfied = 99, FollowUpsDissatisfied = 1 }, "household-visit"));
        Assert.False(Qualifies(ExactVisitStar("C1") with { DueHouseholdsVisited = 39 }, "household-visit"));
        Assert.False(Qualifies(ExactVisitStar("C1") with { PersonIdConsistency = Rate.Of(499, 500) }, "household-visit"));

        // A rate with no data is not 100%: no calls answered means no satisfaction measured.
        Assert.False(Qualifies(ExactVisitStar("C1") with { FollowUpsSatisfied = 0 }, "household-visit"));

        // Unreached calls are not answers: they do not lower satisfaction.
        Assert.True(Qualifies(ExactVisitStar("C1") with { FollowUpsUnreachable = 7 }, "household-visit"));
    }

    [Fact]
    public void MediationStar_ThreeMediationsAllResolvedAndEveryPartySatisfied()
    {
        Assert.True(Qualifies(ExactMediationStar("C1"), "mediation"));
        Assert.False(Qualifies(ExactMediationStar("C1") with { Mediations = 2, MediationsResolved = 2, MediationsAllPartiesSatisfied = 2 }, "mediation"));
        Assert.False(Qualifies(ExactMediationStar("C1") with { Mediations = 4, MediationsAllPartiesSatisfied = 4 }, "mediation"));

        // Both parties satisfied on the follow-up call: one mediation where one party was not satisfied fails it.
        Assert.False(Qualifies(ExactMediationStar("C1") with { MediationsAllPartiesSatisfied = 2 }, "mediation"));
    }

    [Theory]
    [InlineData(1, 0, 0, 0, 0, 0, true)]
    [InlineData(0, 1, 0, 0, 0, 0, true)]
    [InlineData(0, 0, 1, 0, 0, 0, true)]
    [InlineData(0, 0, 0, 1, 0, 0, true)]
    [InlineData(0, 0, 0, 0, 1, 0, true)]
    [InlineData(0, 0, 0, 0, 0, 1, true)]
    [InlineData(0, 0, 0, 0, 0, 0, false)]
    public void InvestigationStar_AnyOneLeadOfAnyCaseKind_OrSuspect_OrFugitive(int criminal, int publicOrder, int narcotics, int economic, int suspects, int fugitives, bool expected)
    {
        // "刑事案件(包括治安、禁毒、经侦等部门管辖的全部案件)": a lead of any case kind counts.
        var month = Idle("C1") with
        {
            LeadsCriminal = criminal,
            LeadsPublicOrder = publicOrder,
            LeadsNarcotics = narcotics,
            LeadsEconomic = economic,
            SuspectsCaught = suspects,
            FugitivesCaught = fugitives,
        };
        Assert.Equal(expected, Qualifies(month, "investigation"));
    }

    [Fact]
    public void InformationStar_TenItemsQualify_NineDoNot()
    {
        Assert.True(Qualifies(Idle("C1") with { InformationItems = 10 }, "information"));
        Assert.False(Qualifies(Idle("C1") with { InformationItems = 9 }, "information"));
    }

    [Fact]
    public void ServiceStar_ThreeRecognisedServicesQualify_UnrecognisedOnesDoNotCount()
    {
        Assert.True(Qualifies(Idle("C1") with { Services = 3, RecognisedServices = 3 }, "service"));
        Assert.False(Qualifies(Idle("C1") with { Services = 10, RecognisedServices = 2 }, "service"));
    }

    [Fact]
    public void ServiceStar_BusinessUnitOfficerCompetes_ForNoOtherStar()
    {
        var business = Idle("B1", OfficerRole.Business) with { Services = 3, RecognisedServices = 3, InformationItems = 50, Visits = 200 };
        var outcome = Evaluate(business);
        Assert.Equal(["service"], StarsOf(outcome, "B1"));
        Assert.All(outcome.Officers.Single().Categories.Where(c => c.Category.Id != "service"), c => Assert.False(c.Eligible));

        // A business-unit officer is not under the community officers' visit quota.
        Assert.Empty(outcome.UnderVisitQuota);
    }

    [Fact]
    public void Auxiliary_NeverWinsAStar_AndIsReportedNotEligible()
    {
        var auxiliary = ExactVisitStar("A1", OfficerRole.Auxiliary) with { InformationItems = 99, RecognisedServices = 9, Services = 9, LeadsCriminal = 5 };
        var outcome = Evaluate(auxiliary);
        Assert.Empty(outcome.Stars);
        Assert.Equal(OfficerStatus.NotEligible, outcome.Officers.Single().Status);
    }

    [Fact]
    public void VisitQuota_EveryCommunityOfficerUnderFifty_IsReportedWithTheShortfall()
    {
        var outcome = Evaluate(Idle("C1") with { Visits = 50 }, Idle("C2") with { Visits = 49 }, Idle("C3") with { Visits = 12 });
        Assert.Equal(
            [("C2", 49, 1), ("C3", 12, 38)],
            outcome.UnderVisitQuota.Select(s => (s.Officer.Value, s.Visits, s.ShortBy)));
    }

    [Fact]
    public void Quotas_TwoPerCategory_OneStarPerOfficer_TenInAll()
    {
        // Five officers qualify for the Household-Visit Star; the two with the highest margin win.
        var months = Enumerable.Range(1, 5).Select(i => ExactVisitStar($"C{i}") with { Visits = 80 + i }).ToArray();
        var outcome = Evaluate(months);
        Assert.Equal(["C5", "C4"], outcome.Stars.Select(s => s.Officer.Value));
        Assert.Equal(
            [("C3", 3), ("C2", 4), ("C1", 5)],
            outcome.QualifiedNotSelected.Select(n => (n.Officer.Value, n.Rank)));
        Assert.All(outcome.QualifiedNotSelected, n => Assert.Equal(SelectionReason.CategoryQuota, n.Reason));
    }

    [Fact]
    public void OneStarPerOfficer_TheNextInRankTakesTheSecondCategory()
    {
        var allRounder = ExactVisitStar("C1") with { InformationItems = 40 };
        var informant = Idle("C2") with { InformationItems = 12 };
        var outcome = Evaluate(allRounder, informant);
        Assert.Equal(["household-visit"], StarsOf(outcome, "C1"));
        Assert.Equal(["information"], StarsOf(outcome, "C2"));
        var passedOver = Assert.Single(outcome.QualifiedNotSelected);
        Assert.Equal((new OfficerId("C1"), SelectionReason.StarsPerOfficer, "information"), (passedOver.Officer, passedOver.Reason, passedOver.Category.Id));
    }

    [Fact]
    public void TenStarsAMonth_AtMost_WithTheMonthlyQuotaReported()
    {
        var rules = RuleSets.DezhouFiveStar2014();
        var tight = new RuleSet(rules.Id, rules.Name, rules.From, rules.To, rules.Gate, rules.Categories, quotaPerMonth: 3, rules.StarsPerOfficer, rules.TieBreakers, rules.VisitQuota);
        var months = Enumerable.Range(10, 20).Select(i => ExactVisitStar($"C{i}") with { InformationItems = 10 + i, RecognisedServices = 3, Services = 3, LeadsCriminal = 1 }).ToArray();
        var full = Evaluate(months);
        Assert.Equal(8, full.Stars.Count); // four categories met by all, two each; nobody mediated
        var limited = Evaluate(tight, months);
        Assert.Equal(3, limited.Stars.Count);
        Assert.Contains(limited.QualifiedNotSelected, n => n.Reason == SelectionReason.MonthlyQuota);
    }

    [Fact]
    public void EligibilityGate_Off_ByDefault_On_RequiresTheVisitCriterionForEveryStar()
    {
        var informant = Idle("C1") with { InformationItems = 12 };
        Assert.Null(RuleSets.DezhouFiveStar2014().Gate);
        Assert.Equal(["information"], StarsOf(Evaluate(informant), "C1"));

        var gated = RuleSets.DezhouFiveStar2014(applyEligibilityGate: true);
        Assert.Empty(StarsOf(Evaluate(gated, informant), "C1"));
        var category = Evaluate(gated, informant).Officers.Single().Categories.Single(c => c.Category.Id == "information");
        Assert.True(category.Criterion.Passed);
        Assert.False(category.Gate!.Passed);
        
        // Two better visitors take the Household-Visit places; the gated informant then wins the Information Star.
        var outcome = Evaluate(gated, ExactVisitStar("C2") with { InformationItems = 12 }, ExactVisitStar("C3") with { Visits = 100 }, ExactVisitStar("C4") with { Visits = 90 });
        Assert.Equal(["information"], StarsOf(outcome, "C2"));
    }

    [Fact]
    public void ArticleExample_XueCuicui_155Visits_AllSatisfied_WinsTheHouseholdVisitStar()
    {
        var xue = ExactVisitStar("xue-cuicui") with { Visits = 155 };
        var outcome = Evaluate(xue, ExactVisitStar("C2"), ExactVisitStar("C3"));
        Assert.Equal(["household-visit"], StarsOf(outcome, "xue-cuicui"));
        Assert.Equal(1, outcome.Stars.Single(s => s.Officer.Value == "xue-cuicui").Rank);
    }

    [Fact]
    public void Ranking_MarginThenSatisfactionThenVisitsThenOfficerId()
    {
        // Equal margins (same counts), so satisfaction decides, then visits, then the officer id.
        var a = Idle("C9") with { InformationItems = 10, FollowUpsSatisfied = 9, FollowUpsDissatisfied = 1 };
        var b = Idle("C8") with { InformationItems = 10, FollowUpsSatisfied = 10 };
        var c = Idle("C7") with { InformationItems = 10, FollowUpsSatisfied = 9, FollowUpsDissatisfied = 1, Visits = 60 };
        var d = Idle("C6") with { InformationItems = 10, FollowUpsSatisfied = 9, FollowUpsDissatisfied = 1 };
        var outcome = Evaluate(a, b, c, d);
        var ranks = outcome.Stars.Select(s => (s.Officer.Value, s.Rank))
            .Concat(outcome.QualifiedNotSelected.Select(n => (n.Officer.Value, n.Rank)))
            .OrderBy(p => p.Rank)
            .Select(p => p.Value);
        Assert.Equal(["C8", "C7", "C6", "C9"], ranks);
    }

    [Fact]
    public void Statuses_EveryOfficerExactlyOnce()
    {
        var outcome = Evaluate(ExactVisitStar("C1"), ExactVisitStar("C2"), ExactVisitStar("C3"), Idle("C4"), Idle("A1", OfficerRole.Auxiliary));
        Assert.Equal(
            [("A1", OfficerStatus.NotEligible), ("C1", OfficerStatus.Starred), ("C2", OfficerStatus.Starred), ("C3", OfficerStatus.QualifiedNotSelected), ("C4", OfficerStatus.NotQualified)],
            outcome.Officers.Select(o => (o.Officer.Value, o.Status)));
    }

    [Fact]
    public void Evaluate_RejectsAMonthOutOfForce_ATallyOfAnotherMonth_AndDuplicates()
    {
        var before = Assert.Throws<RuleSetException>(() => AwardEvaluator.Evaluate(Dezhou, [], new YearMonth(2013, 12)));
        Assert.Contains("2013-12", before.Message);
        var other = Assert.Throws<ArgumentException>(() => AwardEvaluator.Evaluate(Dezhou, [Idle("C1") with { }, new OfficerMonth(new OfficerId("C2"), OfficerRole.Community, new YearMonth(2014, 2))], January));
        Assert.Contains("C2", other.Message);
        Assert.Throws<ArgumentException>(() => AwardEvaluator.Evaluate(Dezhou, [Idle("C1"), Idle("C1")], January));
        Assert.Contains("position 1", Assert.Throws<ArgumentException>(() => AwardEvaluator.Evaluate(Dezhou, [Idle("C1"), null!], January)).Message);
    }

    [Fact]
    public void CriterionResult_GivesFoundRequiredAndShortfall()
    {
        var category = Evaluate(ExactVisitStar("C1") with { Visits = 72 }).Officers.Single().Categories.Single(c => c.Category.Id == "household-visit");
        var failed = Assert.Single(category.Criterion.FailedLeaves());
        Assert.Equal(TallyMetric.Visits, failed.Metric);
        Assert.Equal(72m, failed.Found);
        Assert.Equal(80m, failed.Required!.Value.ToNumber());
        Assert.Equal(8m, failed.Shortfall);
    }

    [Fact]
    public void WhatIf_ListsOnlyTheOfficersWhoseOutcomeChanges()
    {
        var rules = RuleSets.DezhouFiveStar2014();
        var lowered = new RuleSet(
            rules.Id + "-70",
            rules.Name,
            rules.From,
            rules.To,
            rules.Gate,
            [.. rules.Categories.Select(c => c.Id != "household-visit" ? c : new StarCategory(c.Id, c.NameZh, c.NameEn, new AllOfCriterion(MetricCriterion.AtLeast(TallyMetric.Visits, 70), MetricCriterion.AtLeastPercent(TallyMetric.SatisfactionRate, 100)), c.Quota, c.EligibleRoles))],
            rules.QuotaPerMonth,
            rules.StarsPerOfficer,
            rules.TieBreakers,
            rules.VisitQuota);
        var months = new[] { ExactVisitStar("C1") with { Visits = 75 }, Idle("C2") with { InformationItems = 11 }, Idle("C3") };
        var differences = AwardEvaluator.Compare(rules, lowered, months, January);
        var difference = Assert.Single(differences);
        Assert.Equal("C1", difference.Officer.Value);
        Assert.Equal(OfficerStatus.NotQualified, difference.Current.Status);
        Assert.Equal(["household-visit"], difference.Proposed.Stars.Select(s => s.Id));
    }
}
