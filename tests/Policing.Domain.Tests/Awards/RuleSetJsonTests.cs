using System.Text.Json.Nodes;
using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Metrics;

namespace Policing.Domain.Tests.Awards;

/// <summary>Rule sets as data: every mistake in a file is reported with its JSON path; the rule book's months.</summary>
public sealed class RuleSetJsonTests
{
    private static JsonObject Dezhou() => JsonNode.Parse(RuleSetJson.Write(RuleSets.DezhouFiveStar2014()))!.AsObject();

    private static IReadOnlyList<RuleProblem> ProblemsOf(JsonNode json) =>
        Assert.Throws<RuleSetException>(() => RuleSetJson.Read(json.ToJsonString())).Problems;

    [Fact]
    public void Write_IsTheDocumentedSchema()
    {
        var json = Dezhou();
        Assert.Equal("dezhou-2014", (string?)json["id"]);
        Assert.Equal("2014-01", (string?)json["from"]);
        Assert.Null(json["to"]);
        Assert.Equal(50, (int?)json["visitQuota"]);
        var visits = json["categories"]![0]!;
        Assert.Equal("入户走访之星", (string?)visits["nameZh"]);
        Assert.Equal("visits", (string?)visits["criterion"]!["allOf"]![0]!["metric"]);
        Assert.Equal(80m, (decimal?)visits["criterion"]!["allOf"]![0]!["atLeast"]);
        Assert.Equal(["community", "business"], json["categories"]![4]!["eligibleRoles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public void Read_UnknownMetric_IsReportedWithItsPath()
    {
        var json = Dezhou();
        json["categories"]![1]!["criterion"]!["allOf"]![0]!["metric"] = "mediationz";
        var problem = Assert.Single(ProblemsOf(json));
        Assert.Equal("$.categories[1].criterion.allOf[0].metric", problem.Path);
        Assert.Contains("mediationz", problem.Message);
    }

    [Theory]
    [InlineData(-1, "not a whole, non-negative count")]
    [InlineData(2.5, "not a whole, non-negative count")]
    public void Read_ImpossibleCount_IsReportedWithItsPath(double threshold, string message)
    {
        var json = Dezhou();
        json["categories"]![3]!["criterion"]!["atLeast"] = threshold;
        var problem = Assert.Single(ProblemsOf(json));
        Assert.Equal("$.categories[3].criterion.atLeast", problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Read_RateAboveAHundredPercent_IsReportedWithItsPath()
    {
        var json = Dezhou();
        json["categories"]![0]!["criterion"]!["allOf"]![3]!["atLeast"] = 101;
        Assert.Equal("$.categories[0].criterion.allOf[3].atLeast", Assert.Single(ProblemsOf(json)).Path);
    }

    [Fact]
    public void Read_EmptyCategory_EmptyList_UnknownProperty_AndEveryProblemAtOnce()
    {
        var json = Dezhou();
        json["categories"]![2]!.AsObject().Remove("criterion");
        json["categories"]![3]!["criterion"] = new JsonObject { ["anyOf"] = new JsonArray() };
        json["categories"]![4]!["expression"] = "officer.Visits > 3";
        json["to"] = "2013-06";
        var paths = ProblemsOf(json).Select(p => p.Path).ToArray();
        Assert.Contains("$.categories[2].criterion", paths);
        Assert.Contains("$.categories[3].criterion.anyOf", paths);
        Assert.Contains("$.categories[4].expression", paths);
    }

    [Fact]
    public void Read_LastMonthBeforeFirst_IsReported()
    {
        var json = Dezhou();
        json["to"] = "2013-06";
        Assert.Equal("$.to", Assert.Single(ProblemsOf(json)).Path);
    }

    [Fact]
    public void Read_DuplicateCategoryIds_AndNoCategories_AreReported()
    {
        var json = Dezhou();
        json["categories"]![1]!["id"] = "household-visit";
        Assert.Equal("$.categories[1].id", Assert.Single(ProblemsOf(json)).Path);
        json["categories"] = new JsonArray();
        Assert.Equal("$.categories", Assert.Single(ProblemsOf(json)).Path);
    }

    [Fact]
    public void Read_NotJsonAtAll_IsAClearError()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetJson.Read("{ \"id\": "));
        Assert.StartsWith("$", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Read_TypeNamesInTheFile_AreNeverResolved()
    {
        // Pure data: a "$type" or a type name is an unknown property, not an instruction.
        var json = Dezhou();
        json["categories"]![0]!["criterion"]!["$type"] = "System.IO.File, System.IO";
        Assert.Equal("$.categories[0].criterion.$type", Assert.Single(ProblemsOf(json)).Path);
    }

    [Fact]
    public void Builtin_ByIdOrError()
    {
        Assert.Equal(RuleSets.DezhouFiveStar2014(), RuleSets.Builtin("dezhou-2014"));
        Assert.Equal(RuleSets.DongpingSatisfaction(), RuleSets.Builtin("dongping-satisfaction"));
        Assert.Contains("dezhou-2014", Assert.Throws<ArgumentException>(() => RuleSets.Builtin("dezhou")).Message);
    }

    [Fact]
    public void Dongping_IsADifferentShape_LedBySatisfaction()
    {
        var rules = RuleSets.DongpingSatisfaction();
        var score = Assert.IsType<WeightedScoreCriterion>(Assert.IsType<AllOfCriterion>(rules.Categories[0].Criterion).Criteria[0]);
        Assert.Equal(TallyMetric.SatisfactionRate, score.Terms.MaxBy(t => t.Weight)!.Metric);
        Assert.NotEqual(RuleSets.DezhouFiveStar2014().Categories.Select(c => c.Id), rules.Categories.Select(c => c.Id));
    }

    [Fact]
    public void RuleBook_AnswersTheVersionInForce_AndRejectsOverlapsAndGaps()
    {
        var v1 = Version("v1", new YearMonth(2014, 1), new YearMonth(2014, 12));
        var v2 = Version("v2", new YearMonth(2015, 3), null);
        var book = new RuleBook([v2, v1]);
        Assert.Equal("v1", book.InForce(new YearMonth(2014, 12)).Id);
        Assert.Equal("v2", book.InForce(new YearMonth(2031, 1)).Id);
        var gap = Assert.Throws<RuleSetException>(() => book.InForce(new YearMonth(2015, 2)));
        Assert.Contains("2015-02", gap.Message);
        Assert.Throws<RuleSetException>(() => book.InForce(new YearMonth(2013, 12)));

        var overlap = Assert.Throws<RuleSetException>(() => new RuleBook([v1, Version("v1b", new YearMonth(2014, 6), null)]));
        Assert.Contains("v1b", overlap.Message);
        Assert.Throws<RuleSetException>(() => new RuleBook([Version("open", new YearMonth(2014, 1), null), v2]));
    }

    [Fact]
    public void RuleSet_Constructor_ListsEveryProblem()
    {
        var rules = RuleSets.DezhouFiveStar2014();
        var error = Assert.Throws<RuleSetException>(() => new RuleSet(" ", rules.Name, rules.From, rules.To, null, rules.Categories, 0, 0, [], -1));
        Assert.Equal(["$.id", "$.quotaPerMonth", "$.starsPerOfficer", "$.visitQuota"], error.Problems.Select(p => p.Path));
    }

    private static RuleSet Version(string id, YearMonth from, YearMonth? to)
    {
        var d = RuleSets.DezhouFiveStar2014();
        return new RuleSet(id, d.Name, from, to, d.Gate, d.Categories, d.QuotaPerMonth, d.StarsPerOfficer, d.TieBreakers, d.VisitQuota);
    }
}
