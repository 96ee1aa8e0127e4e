using System.Globalization;
using System.Text.Json;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using static Policing.Domain.Tests.Awards.AwardFixture;

namespace Policing.Domain.Tests.Awards;

/// <summary>Explanations for the officer who was passed over, in both cultures, from resources.</summary>
public sealed class AwardExplainerTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static CriterionResult VisitsOf(OfficerMonth month) =>
        AwardEvaluator.Evaluate(RuleSets.DezhouFiveStar2014(), [month], January).Officers.Single()
            .Categories.Single(c => c.Category.Id == "household-visit").Criterion.Children[0];

    [Fact]
    public void ShortOfVisits_ReadsAsTheIssueWritesIt()
    {
        var result = VisitsOf(ExactVisitStar("C1") with { Visits = 72 });
        Assert.Equal("入户走访 72 户，低于 80 户（差 8 户）", AwardExplainer.Describe(result, Chinese));
        Assert.Equal("72 household visits, below the 80 required (8 short)", AwardExplainer.Describe(result, English));
    }

    [Fact]
    public void PassedCriterion_AndRates_AndNoData()
    {
        Assert.Equal("155 household visits, at least the 80 required", AwardExplainer.Describe(VisitsOf(ExactVisitStar("C1") with { Visits = 155 }), English));
        var month = ExactVisitStar("C1") with { FollowUpsSatisfied = 99, FollowUpsDissatisfied = 1 };
        var satisfaction = AwardEvaluator.Evaluate(RuleSets.DezhouFiveStar2014(), [month], January).Officers.Single().Categories[0].Criterion.Children[3];
        Assert.Equal("satisfaction rate 99%, below the 100% required", AwardExplainer.Describe(satisfaction, English));
        var none = AwardEvaluator.Evaluate(RuleSets.DezhouFiveStar2014(), [Idle("C1")], January).Officers.Single().Categories[0].Criterion.Children[3];
        Assert.Equal("satisfaction rate: no data, 100% required", AwardExplainer.Describe(none, English));
    }

    [Fact]
    public void Explain_GivesTheWholeTree_AndWhyAQualifiedOfficerWasPassedOver()
    {
        var rules = RuleSets.DezhouFiveStar2014();
        var outcome = AwardEvaluator.Evaluate(rules, [ExactVisitStar("C1") with { Visits = 90 }, ExactVisitStar("C2") with { Visits = 85 }, ExactVisitStar("C3")], January);
        var lines = AwardExplainer.Explain(outcome.Of(new OfficerId("C3"))!, rules, English);
        Assert.Equal("C3 qualified but won no star", lines[0]);
        Assert.Contains("  Household-Visit Star: qualified (rank 3), not selected: the 2 places of the category are taken", lines);
        Assert.Contains("      ✓ 80 household visits, at least the 80 required", lines);
        Assert.Contains("    ✗ 0 information items, below the 10 required (10 short)", lines);
        var chinese = AwardExplainer.Explain(outcome.Of(new OfficerId("C1"))!, rules, Chinese);
        Assert.Contains("入户走访之星", chinese[0]);
    }

    [Fact]
    public void VisitShortfall_InBothCultures()
    {
        var outcome = AwardEvaluator.Evaluate(RuleSets.DezhouFiveStar2014(), [Idle("C1") with { Visits = 42 }], January);
        var shortfall = Assert.Single(outcome.UnderVisitQuota);
        Assert.Equal("42 household visits, below the monthly quota of 50 (8 short)", AwardExplainer.Describe(shortfall, English));
        Assert.Contains("42", AwardExplainer.Describe(shortfall, Chinese));
    }

    [Fact]
    public void BothResourceFiles_HaveTheSameKeys()
    {
        Dictionary<string, string> Load(string culture)
        {
            using var stream = typeof(AwardExplainer).Assembly.GetManifestResourceStream($"Policing.Domain.Awards.Resources.explanations.{culture}.json")!;
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
        }

        var en = Load("en");
        var zh = Load("zh-CN");
        Assert.Equal(en.Keys.Order(), zh.Keys.Order());
    }

    [Fact]
    public void EveryCriterionOfEveryBuiltinRuleSet_Describes_InBothCultures()
    {
        var month = ExactVisitStar("C1") with { Mediations = 2, MediationsEscalated = 1 };
        foreach (var rules in new[] { RuleSets.DezhouFiveStar2014(applyEligibilityGate: true), RuleSets.DongpingSatisfaction() })
        {
            foreach (var officer in AwardEvaluator.Evaluate(rules, [month], January).Officers)
            {
                foreach (var culture in new[] { Chinese, English })
                {
                    var lines = AwardExplainer.Explain(officer, rules, culture);
                    Assert.All(lines, l => Assert.DoesNotContain("{", l));
                }
            }
        }
    }
}
