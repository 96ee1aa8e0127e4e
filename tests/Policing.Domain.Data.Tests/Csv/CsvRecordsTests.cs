using System.Text;
using System.Text.Json;
using Policing.Domain.Data.Csv;

namespace Policing.Domain.Data.Tests.Csv;

public sealed class CsvRecordsTests
{
    private static readonly string Spectrum = Path.Combine(AppContext.BaseDirectory, "Csv", "Spectrum");

    public static TheoryData<string> SpectrumCases() =>
        [.. Directory.GetFiles(Path.Combine(Spectrum, "csvs"), "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Fact]
    public void Spectrum_HasEveryCaseOfThePackage() =>
        Assert.Equal(12, SpectrumCases().Count);

    [Theory]
    [MemberData(nameof(SpectrumCases))]
    public void Spectrum_EveryCaseReadsAsItsJsonSays(string name)
    {
        using var records = new CsvRecords(new StreamReader(Path.Combine(Spectrum, "csvs", name + ".csv"), new UTF8Encoding(false, true)));
        Assert.True(records.MoveNext());
        var header = records.Fields();
        var read = new List<Dictionary<string, string>>();
        while (records.MoveNext())
        {
            Assert.Null(records.Malformation());
            var fields = records.Fields();
            read.Add(header.Select((column, i) => (column, value: i < fields.Length ? fields[i] : string.Empty)).ToDictionary(p => p.column, p => p.value));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Spectrum, "json", name + ".json")));
        var expected = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var property in expected[i].EnumerateObject())
            {
                // The one flaw of the upstream data (see Csv/Spectrum/README.md): this JSON's phone number is not its CSV's.
                var value = name == "location_coordinates" && property.Name == "Contact Phone Number" ? "2095257564" : property.Value.GetString();
                Assert.Equal(value, read[i][property.Name]);
            }

            Assert.Equal(expected[i].EnumerateObject().Count(), read[i].Count);
        }
    }

    [Fact]
    public void LineNumbers_CountTheLinesInsideQuotes_AndBlankLinesAreBlank()
    {
        using var records = new CsvRecords(new StringReader("h\r\n\"a\nb\nc\"\r\n\r\nnext\n"));
        Assert.True(records.MoveNext());
        Assert.True(records.MoveNext());
        Assert.Equal(2, records.Line);
        Assert.Equal("a\nb\nc", records.Field(0).ToString());
        Assert.True(records.MoveNext());
        Assert.True(records.IsBlank);
        Assert.True(records.MoveNext());
        Assert.Equal(6, records.Line);
        Assert.Equal("next", records.Field(0).ToString());
        Assert.False(records.MoveNext());
    }

    [Theory]
    [InlineData("\"x\"y,z", "text follows a closing quote")]
    [InlineData("a,\"x\" ", "text follows a closing quote")]
    [InlineData("a,\"open\nstill open", "a quoted field is not closed before the end of the file")]
    [InlineData("a\"b,c\nd,e", "a quote inside an unquoted field opens a quoted run that joins lines 2 to 3 into one record")]
    public void Malformation_NamesWhatIsWrong(string text, string reason)
    {
        using var records = new CsvRecords(new StringReader("header\n" + text));
        Assert.True(records.MoveNext());
        Assert.True(records.MoveNext());
        Assert.Equal(reason, records.Malformation());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("  padded  ", "padded")]
    [InlineData("\"quoted, with comma\"", "quoted, with comma")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData("\"\"", "")]
    [InlineData("37°36'37.8\"N", "37°36'37.8\"N")]
    public void Field_UnquotesAndTrims_AndTakesAnUnquotedFieldAsItStands(string text, string expected)
    {
        using var records = new CsvRecords(new StringReader(text));
        Assert.True(records.MoveNext());
        Assert.Null(records.Malformation());
        Assert.Equal(expected, records.Field(0).ToString());
        Assert.Equal(string.Empty, records.Field(5).ToString());
    }
}
