using System.Text.RegularExpressions;
using Policing.Cli;
using Policing.Domain.Identity;

namespace Policing.Domain.Tests.Cli;

/// <summary>The <c>check --places</c> flag: valid numbers counted per province and per retired division code.</summary>
public sealed class CheckPlacesTests : IDisposable
{
    private readonly FileInfo _file = new(Path.Combine(Path.GetTempPath(), $"policing-check-{Guid.NewGuid():N}.txt"));

    public void Dispose() => _file.Delete();

    [Fact]
    public void Places_CountsPerProvinceAndPerRetiredCode_OverTheValidNumbersOnly()
    {
        // Two numbers under 110221 (昌平县, retired by 1999), one under 110105, one Hong Kong permit, one foreigner
        // registered in Shandong, one under 422427 (沔阳县, retired by 1986), and two bad lines.
        File.WriteAllLines(_file.FullName,
        [
            Number("110221", "19620101"), Number("110221", "19700101"), Number("110105", "19491231"), Number("810000", "19900101"),
            Number("937840", "19800101"), Number("422427", "19550101"), "110221196201010", Number("110299", "19900101"),
        ]);
        var output = new StringWriter();

        Assert.Equal(1, CheckCommand.Run(output, TextWriter.Null, _file, show: 0, places: true));

        var text = output.ToString();
        Assert.Contains("valid numbers per province (6):", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\s+11 北京市\s+3$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^\s+37 山东省\s+1$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^\s+42 湖北省\s+1$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^\s+81 香港\s+1$", RegexOptions.Multiline), text);
        Assert.Contains("valid numbers under retired division codes (3 under 2 codes):", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\s+2  110221 北京市 昌平县, retired by 1999$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^\s+1  422427 湖北省 荆州地区 沔阳县, retired by 1986$", RegexOptions.Multiline), text);
        Assert.DoesNotContain("19620101", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutPlaces_NoPlaceIsPrinted()
    {
        File.WriteAllLines(_file.FullName, [Number("110221", "19620101")]);
        var output = new StringWriter();

        Assert.Equal(0, CheckCommand.Run(output, TextWriter.Null, _file, show: 0));

        Assert.DoesNotContain("per province", output.ToString(), StringComparison.Ordinal);
    }

    private static string Number(string first6, string date)
    {
        var first17 = first6 + date + "123";
        return first17 + ResidentId.ComputeCheckCharacter(first17);
    }
}
