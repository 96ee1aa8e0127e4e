using System.Text;
using System.Text.RegularExpressions;
using Policing.Cli;
using Policing.Domain.Data;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Cli;

/// <summary>The reading and reporting side of the tool: <c>--encoding</c> on every verb that reads a folder, and <c>--html</c>.</summary>
public sealed partial class CliReportTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policing-cli-report-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Audit_OfAGb18030Folder_FailsClearlyUnderUtf8_AndWithTheFlagGivesTheUtf8ReportExactly()
    {
        var utf8 = _folder.CreateSubdirectory("utf8");
        var gb = _folder.CreateSubdirectory("gb18030");
        var options = new CityOptions { Residents = 20_000, Seed = 11, RealisticNames = true };
        Assert.Equal(0, GenerateCommand.Run(TextWriter.Null, utf8, options, new NodaTime.YearMonth(2014, 1)));
        Assert.Equal(0, GenerateCommand.Run(TextWriter.Null, gb, options, new NodaTime.YearMonth(2014, 1), DatasetEncoding.Gb18030));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(utf8.FullName, DatasetFiles.Residents)), File.ReadAllBytes(Path.Combine(gb.FullName, DatasetFiles.Residents)));

        var fromUtf8 = new StringWriter();
        var fromGb = new StringWriter();
        Assert.Equal(0, AuditCommand.Run(fromUtf8, TextWriter.Null, utf8, null, 10));
        Assert.Equal(0, AuditCommand.Run(fromGb, TextWriter.Null, gb, null, 10, DatasetEncoding.Gb18030));
        Assert.Equal(fromUtf8.ToString(), fromGb.ToString());
        Assert.Contains("Person-ID consistency", fromGb.ToString(), StringComparison.Ordinal);

        var garbled = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(2, AuditCommand.Run(garbled, error, gb, null, 10));
        Assert.Empty(garbled.ToString());
        Assert.Matches(new Regex(@"audit: stations\.csv is not valid UTF-8: line \d+ holds the bytes [0-9A-F ]+, .*looks like GB18030.*--encoding gb18030"), error.ToString());
        Assert.Equal(2, AwardsCommand.Run(garbled, error = new StringWriter(), gb, "2014-01", "dezhou-2014", "en", null, null, 10));
        Assert.Contains("awards: stations.csv is not valid UTF-8", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(garbled.ToString());
    }

    [Fact]
    public void AuditHtml_IsOneSelfContainedPage_WithBothConsistencyCharts_AndEscapesEveryText()
    {
        Assert.Equal(0, GenerateCommand.Run(TextWriter.Null, _folder, new CityOptions { Residents = 20_000, Seed = 12 }));
        File.AppendAllText(Path.Combine(_folder.FullName, DatasetFiles.Residents), "P_X,<b>名</b>,,,<script>alert(1)</script>,,,\n", Encoding.UTF8);
        var html = new FileInfo(Path.Combine(_folder.FullName, "audit.html"));

        Assert.Equal(0, AuditCommand.Run(TextWriter.Null, TextWriter.Null, _folder, null, 5, html: html));

        var page = File.ReadAllText(html.FullName);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(page, "<figure class=\"chart\"><svg "));
        Assert.Contains("Person-ID consistency per beat", page, StringComparison.Ordinal);
        Assert.Contains("Person-house consistency per beat", page, StringComparison.Ordinal);
        Assert.Contains("&#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; is not one of M, F", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//"), page);
        Assert.Equal(Regex.Count(page, " id=\""), Regex.Matches(page, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().Count());
    }

    [Fact]
    public void AwardsHtml_WithCompare_HasTheStarsShortfallsAndWhatChanges()
    {
        Assert.Equal(0, GenerateCommand.Run(TextWriter.Null, _folder, new CityOptions { Residents = 200_000, Seed = 7 }, new NodaTime.YearMonth(2014, 1)));
        var html = new FileInfo(Path.Combine(_folder.FullName, "awards.html"));
        var output = new StringWriter();

        Assert.Equal(0, AwardsCommand.Run(output, TextWriter.Null, _folder, "2014-01", "dezhou-2014", "en", null, null, 10, "dongping-satisfaction", html: html));

        var page = File.ReadAllText(html.FullName);
        var text = output.ToString();
        foreach (var caption in new[] { "Stars per category", "Stars per station", "Visit-quota shortfalls", "Officers whose outcome changes, by change", "Stars per category of the officers whose outcome changes" })
        {
            Assert.Contains($"{caption}", page, StringComparison.Ordinal);
        }

        Assert.Equal(5, Regex.Count(page, "<figure class=\"chart\"><svg "));
        var differ = Regex.Match(text, @"(\d+) officers' outcomes differ").Groups[1].Value;
        Assert.Contains($"{differ} officers&#39; outcomes differ", page, StringComparison.Ordinal);
        foreach (var officer in Regex.Matches(text, @"^  (C\d{6}) +\S+ \(.*\) -> ", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
        {
            Assert.Contains($"<td>{officer}</td>", page, StringComparison.Ordinal);
        }
    }
}
