using System.Text.Json;
using Policing.Cli;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Cli;

/// <summary>The command-line contract: a generated folder judged by <c>awards</c>, the JSON keys the issue names.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policing-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Awards_OnAGeneratedMonth_WritesTheContractedJson()
    {
        Assert.Equal(0, GenerateCommand.Run(TextWriter.Null, _folder, new CityOptions { Residents = 4_000, Seed = 7 }, new NodaTime.YearMonth(2014, 1)));
        var json = new FileInfo(Path.Combine(_folder.FullName, "awards.json"));
        var output = new StringWriter();
        Assert.Equal(0, AwardsCommand.Run(output, TextWriter.Null, _folder, "2014-01", "dezhou-2014", "en", json, "C000000", 10));

        using var document = JsonDocument.Parse(File.ReadAllText(json.FullName));
        var root = document.RootElement;
        Assert.Equal("2014-01", root.GetProperty("month").GetString());
        Assert.Equal("dezhou-2014", root.GetProperty("ruleSet").GetString());
        var officers = root.GetProperty("officers").GetInt32();
        Assert.True(officers > 0);
        Assert.All(root.GetProperty("stars").EnumerateArray(), s => Assert.NotNull(s.GetProperty("category").GetString() + s.GetProperty("officer").GetString()));
        Assert.All(root.GetProperty("qualifiedNotSelected").EnumerateArray(), s => Assert.Contains(s.GetProperty("reason").GetString(), new[] { "categoryQuota", "monthlyQuota", "starsPerOfficer" }));
        Assert.All(root.GetProperty("underVisitQuota").EnumerateArray(), s => Assert.Equal(50 - s.GetProperty("visits").GetInt32(), s.GetProperty("shortBy").GetInt32()));
        Assert.Equal(officers, root.GetProperty("statuses").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Contains("C000000", output.ToString());
        Assert.Contains("Household-Visit Star", output.ToString());
    }

    [Fact]
    public void Awards_Compare_ListsTheOfficersWhoseOutcomeDiffers()
    {
        Assert.Equal(0, GenerateCommand.Run(TextWriter.Null, _folder, new CityOptions { Residents = 4_000, Seed = 7 }, new NodaTime.YearMonth(2014, 1)));
        var output = new StringWriter();
        Assert.Equal(0, AwardsCommand.Run(output, TextWriter.Null, _folder, "2014-01", "dezhou-2014", "en", null, null, 10, "dongping-satisfaction"));
        Assert.Matches(@"What if dongping-satisfaction replaced dezhou-2014: [1-9]\d* officers' outcomes differ", output.ToString());
        Assert.Equal(0, AwardsCommand.Run(output = new StringWriter(), TextWriter.Null, _folder, "2014-01", "dezhou-2014", "en", null, null, 10, "dezhou-2014"));
        Assert.Contains("What if dezhou-2014 replaced dezhou-2014: 0 officers' outcomes differ", output.ToString());
    }

    [Fact]
    public void Awards_BadArguments_AreClearErrors_WithExitCodeTwo()
    {
        var error = new StringWriter();
        Assert.Equal(2, AwardsCommand.Run(TextWriter.Null, error, _folder, "2014-1", "dezhou-2014", "en", null, null, 10));
        Assert.Equal(2, AwardsCommand.Run(TextWriter.Null, error, _folder, "2013-12", "dezhou-2014", "en", null, null, 10));
        Assert.Equal(2, AwardsCommand.Run(TextWriter.Null, error, _folder, "2014-01", "dezhou", "en", null, null, 10));
        Assert.Equal(2, AwardsCommand.Run(TextWriter.Null, error, _folder, "2014-01", "dezhou-2014", "fr", null, null, 10));
        var text = error.ToString();
        Assert.Contains("'2014-1'", text);
        Assert.Contains("not in force in 2013-12", text);
        Assert.Contains("'dezhou'", text);
        Assert.Contains("'fr'", text);
    }

    [Fact]
    public void TestRules_BuiltinCasesPass_AndAFailingCaseExitsOne()
    {
        var output = new StringWriter();
        Assert.Equal(0, TestRulesCommand.Run(output, TextWriter.Null, "builtin", "dezhou-2014"));
        Assert.EndsWith("27 passed, 0 failed, under dezhou-2014" + Environment.NewLine, output.ToString());

        var cases = Path.Combine(_folder.FullName, "cases.json");
        File.WriteAllText(cases, """{ "cases": [ { "name": "79 visits win", "month": "2014-01", "officers": [ { "officer": "C1", "visits": 79 } ], "expect": { "stars": [ { "category": "household-visit", "officer": "C1" } ] } } ] }""");
        output = new StringWriter();
        Assert.Equal(1, TestRulesCommand.Run(output, TextWriter.Null, cases, "dezhou-2014"));
        Assert.Contains("expected star household-visit for C1, not given", output.ToString());
    }
}
