using Policing.Domain.Awards;

namespace Policing.Domain.Tests.Awards;

/// <summary>The rule-set files published in docs/rules are what the library writes for its presets.</summary>
public sealed class RuleDocsTests
{
    [Theory]
    [InlineData(RuleSets.DezhouId)]
    [InlineData(RuleSets.DongpingId)]
    public void PublishedRuleSet_IsThePreset(string id)
    {
        var file = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".json");
        var text = File.ReadAllText(file);
        Assert.Equal(RuleSets.Builtin(id), RuleSetJson.Read(text));
        Assert.Equal(RuleSetJson.Write(RuleSets.Builtin(id)), text.TrimEnd('\n'));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Policing.Domain.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Policing.Domain.sln above {AppContext.BaseDirectory}.");
    }
}
