using Policing.Cli;

namespace Policing.Domain.Tests.Cli;

/// <summary>The demo's month: a winner planted for every Five-Star category, and each checked.</summary>
public sealed class DemoTests
{
    [Theory]
    [InlineData(2014)]
    [InlineData(3)]
    public void Demo_PrintsAWinnerInEveryCategory_AndChecksWhatItPlanted(int seed)
    {
        var output = new StringWriter();
        var saved = Console.Out;
        int exit;
        try
        {
            Console.SetOut(output);
            exit = DemoCommand.Create().Parse(["--numbers", "1000", "--residents", "120000", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]).Invoke();
        }
        finally
        {
            Console.SetOut(saved);
        }

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("every planted winner won their star: yes; a winner in every category: yes", text, StringComparison.Ordinal);
        foreach (var star in new[] { "入户走访之星", "纠纷调解之星", "侦查破案之星", "信息采集之星", "服务群众之星" })
        {
            Assert.Matches($@"  {star}: C\d{{6}}", text);
        }

        Assert.Contains("✓ person-ID consistency 100%, at least the 100% required", text, StringComparison.Ordinal);
    }
}
