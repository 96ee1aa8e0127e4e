using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Tests.Awards;

/// <summary>Rule test cases as data: the shipped cases pass, a wrong rule set fails them, a bad file names its paths.</summary>
public sealed class RuleCaseTests
{
    [Theory]
    [InlineData(RuleSets.DezhouId, 27)]
    [InlineData(RuleSets.DongpingId, 8)]
    public void ShippedCases_PassAgainstTheirRuleSet(string id, int count)
    {
        var results = RuleCases.Run(RuleSets.Builtin(id), RuleCases.Builtin(id));
        Assert.Equal(count, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Case.Name}: {string.Join("; ", r.Differences)}"));
    }

    [Fact]
    public void ShippedCases_CatchARuleSetWithAThresholdChanged()
    {
        var d = RuleSets.DezhouFiveStar2014();
        var lenient = new RuleSet(
            "lenient",
            d.Name,
            d.From,
            d.To,
            d.Gate,
            [.. d.Categories.Select(c => c.Id != "mediation" ? c : new StarCategory(c.Id, c.NameZh, c.NameEn, MetricCriterion.AtLeast(TallyMetric.Mediations, 2), c.Quota, c.EligibleRoles))],
            d.QuotaPerMonth,
            d.StarsPerOfficer,
            d.TieBreakers,
            d.VisitQuota);
        var failed = RuleCases.Run(lenient, RuleCases.Builtin(RuleSets.DezhouId)).Where(r => !r.Passed).ToArray();
        Assert.Equal(
            ["two mediations do not qualify", "one mediation where a party was not satisfied fails the Mediation Star", "one unresolved mediation fails the Mediation Star"],
            failed.Select(r => r.Case.Name));
        Assert.Equal(["star mediation given to C1, not expected", "expected C1 NotQualified, found Starred"], failed[0].Differences);
    }

    [Fact]
    public void Read_ACaseFile_WithEveryField()
    {
        const string json = """
            { "cases": [ { "name": "n", "month": "2014-03",
                "officers": [ { "officer": "C1", "visits": 7, "leadsNarcotics": 2, "personIdConsistency": "3/4" },
                              { "officer": "B1", "role": "business" } ],
                "expect": { "stars": [ { "category": "investigation", "officer": "C1" } ],
                            "statuses": { "B1": "notQualified" },
                            "underVisitQuota": [ { "officer": "C1", "shortBy": 43 } ] } } ] }
            """;
        var c = Assert.Single(RuleCases.Read(json));
        Assert.Equal(new NodaTime.YearMonth(2014, 3), c.Month);
        var officer = c.Officers[0];
        Assert.Equal((7, 2, 2L, Rate.Of(3, 4)), (officer.Visits, officer.LeadsNarcotics, officer.GetCount(TallyMetric.Leads), officer.PersonIdConsistency));
        Assert.Equal(OfficerRole.Business, c.Officers[1].Role);
        Assert.Equal([("investigation", new OfficerId("C1"))], c.Stars);
        Assert.Equal(OfficerStatus.NotQualified, c.Statuses[new OfficerId("B1")]);
        Assert.Equal([(new OfficerId("C1"), 43)], c.UnderVisitQuota!);
        Assert.True(Assert.Single(RuleCases.Run(RuleSets.DezhouFiveStar2014(), [c])).Passed);
    }

    [Fact]
    public void Read_EveryMistake_WithItsPath()
    {
        const string json = """
            { "cases": [ { "name": "n", "month": "2014-13",
                "officers": [ { "officer": "C1", "visitz": 7, "leads": 2, "visits": -1, "personIdConsistency": "5/4", "role": "chief" } ],
                "expect": { "statuses": { "C1": "winner" } } } ] }
            """;
        var paths = Assert.Throws<RuleSetException>(() => RuleCases.Read(json)).Problems.Select(p => p.Path).ToArray();
        Assert.Equal(
            ["$.cases[0].month", "$.cases[0].expect.stars", "$.cases[0].expect.statuses.C1"],
            paths);
        const string officers = """
            { "cases": [ { "name": "n", "month": "2014-01",
                "officers": [ { "officer": "C1", "visitz": 7, "leads": 2, "visits": -1, "personIdConsistency": "5/4", "role": "chief" } ],
                "expect": { "stars": [] } } ] }
            """;
        Assert.Equal(
            ["$.cases[0].officers[0].role", "$.cases[0].officers[0].visitz", "$.cases[0].officers[0].leads", "$.cases[0].officers[0].visits", "$.cases[0].officers[0].personIdConsistency"],
            Assert.Throws<RuleSetException>(() => RuleCases.Read(officers)).Problems.Select(p => p.Path));
    }

    [Fact]
    public void Run_ACaseOutsideTheRuleSetsMonths_FailsWithTheReason_WithoutStoppingTheOthers()
    {
        const string json = """
            { "cases": [ { "name": "before", "month": "2013-12", "officers": [], "expect": { "stars": [] } },
                         { "name": "after", "month": "2014-02", "officers": [], "expect": { "stars": [] } } ] }
            """;
        var results = RuleCases.Run(RuleSets.DezhouFiveStar2014(), RuleCases.Read(json));
        Assert.False(results[0].Passed);
        Assert.Contains("2013-12", Assert.Single(results[0].Differences));
        Assert.True(results[1].Passed);
    }

    [Fact]
    public void Builtin_UnknownId_IsAClearError() =>
        Assert.Contains("dezhou-2014", Assert.Throws<ArgumentException>(() => RuleCases.Builtin("nowhere")).Message);
}
