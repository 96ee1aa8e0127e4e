using NodaTime;
using Policing.Domain.Identity;

namespace Policing.Domain.Tests.Identity;

/// <summary>
/// The library against the raw revisions of 1980–2019, code by code: every code is valid in lenient mode, strict mode
/// rejects exactly the birth years after the first revision without the code, and the names at first registration are
/// those of the earliest revision in or after the year of birth. Every expected value is computed here from
/// <c>revisions.tsv</c>, never from the embedded table.
/// </summary>
public sealed class DivisionRevisionsReferenceTests
{
    // The newest revision of the file; the next one is the statistics bureau's list of 2023 (README beside the file).
    private const int LastRawMonth = 201904;
    private const int NextListYear = 2023;

    private static readonly ResidentIdValidationOptions Strict = new() { DivisionCodeMode = DivisionCodeMode.Strict };

    private static RawRevisions Raw => RawRevisions.Instance;

    [Fact]
    public void TheFile_HoldsThe94RevisionsOf1980To2019()
    {
        Assert.Equal(94, Raw.All.Count);
        Assert.Equal(198012, Raw.All[0].Month);
        Assert.Equal(LastRawMonth, Raw.All[^1].Month);
        Assert.InRange(Raw.Codes.Count(), 7_000, 7_100);
    }

    [Fact]
    public void EveryCodeOfEveryRevision_IsKnown_AndValidInLenientMode_ForAnyBirthYear()
    {
        var wrong = new List<string>();
        foreach (var code in Raw.Codes)
        {
            var first = Raw.All.First(r => r.Names.ContainsKey(code)).Month;
            var division = new DivisionCode(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            if (!division.Exists || division.FirstRevision != new YearMonth(first / 100, first % 100))
            {
                wrong.Add($"{code}: exists {division.Exists}, first revision {division.FirstRevision} (file: {first})");
            }

            foreach (var year in new[] { 1900, 1930, 1985, 2005, 2025, 2100 })
            {
                var verdict = ResidentId.Validate(Number(code, year));
                if (verdict != ResidentIdError.None)
                {
                    wrong.Add($"{code} born {year}: {verdict}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void StrictMode_RejectsExactlyTheBirthYearsAfterTheFirstRevisionWithoutTheCode()
    {
        var wrong = new List<string>();
        var inForceAgainIn2023 = 0;
        foreach (var code in Raw.Codes)
        {
            var held = Raw.All.Where(r => r.Names.ContainsKey(code)).ToList();
            var last = held[^1].Month;
            var division = new DivisionCode(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            int? retiredBy = last == LastRawMonth
                ? (division.RetiredBy is null ? null : NextListYear)
                : Raw.All.First(r => r.Month > last).Year;
            if (last < LastRawMonth && division.RetiredBy is null)
            {
                // Missing from the ministry's 2019 list yet in the 2023 one: only a code that the ministry's lists leave
                // out (the statistics bureau's groupings and development zones) can be, and the library must say so.
                inForceAgainIn2023++;
                if (held[^1].Source != "stats" || division.LastRevision != new YearMonth(NextListYear, 6))
                {
                    wrong.Add($"{code}: not retired, though missing after {last} from {held[^1].Source}");
                }

                retiredBy = null;
            }

            if (division.RetiredBy != retiredBy)
            {
                wrong.Add($"{code}: retired by {division.RetiredBy}, the file says {retiredBy}");
            }

            Expect(code, 1930, ResidentIdError.None);
            Expect(code, held[0].Year - 10, ResidentIdError.None);
            if (code[..2] is "81" or "82")
            {
                // 810000 and 820000 begin residence permits, which the permit rule accepts whatever the lists say.
                Expect(code, 2100, ResidentIdError.None);
            }
            else if (retiredBy is { } year)
            {
                Expect(code, year, ResidentIdError.None);
                Expect(code, year + 1, ResidentIdError.DivisionCodeNotInForce);
                Expect(code, 2100, ResidentIdError.DivisionCodeNotInForce);
            }
            else
            {
                Expect(code, 2100, ResidentIdError.None);
            }
        }

        Assert.Empty(wrong);
        Assert.InRange(inForceAgainIn2023, 1, 200);

        void Expect(string code, int year, ResidentIdError expected)
        {
            var verdict = ResidentId.Validate(Number(code, year), Strict, out _);
            if (verdict != expected)
            {
                wrong.Add($"{code} born {year}, strict: {verdict}, expected {expected}");
            }
        }
    }

    [Fact]
    public void NamesAtFirstRegistration_AreThoseOfTheEarliestRevisionInOrAfterTheBirthYear()
    {
        var wrong = new List<string>();
        var compared = 0;
        foreach (var code in Raw.Codes)
        {
            var division = new DivisionCode(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            var held = Raw.All.Where(r => r.Names.ContainsKey(code)).ToList();
            var retiredInTheFile = division.LastRevision <= new YearMonth(2019, 4);
            for (var year = 1970; year <= 2021; year++)
            {
                var revision = held.FirstOrDefault(r => r.Year >= year) ?? (retiredInTheFile ? held[0] : null);
                if (revision is null)
                {
                    continue; // named by the 2023 list, which is not in the file
                }

                compared++;
                Compare($"{code} born {year}", Expected(code, revision), division.NamesAt(year));
            }

            if (retiredInTheFile)
            {
                Compare($"{code} latest", Expected(code, held[^1]), division.LatestNames);
            }
        }

        Assert.Empty(wrong.Take(20));
        Assert.True(compared > 200_000, $"only {compared} names compared");

        void Compare(string what, (string Province, string? Prefecture, string? County, YearMonth Revision) expected, DivisionNames? actual)
        {
            if (actual is null || actual.Province != expected.Province || actual.Prefecture != expected.Prefecture ||
                actual.County != expected.County || actual.Revision != expected.Revision)
            {
                wrong.Add($"{what}: {actual} of {actual?.Revision}, expected {expected}");
            }
        }
    }

    [Fact]
    public void APlace_NamesTheDivisionAsAtFirstRegistration_ForNumbersUnderEveryRetiredCode()
    {
        var wrong = new List<string>();
        foreach (var code in Raw.Codes.Where(c => c[..2] is not ("81" or "82" or "71")))
        {
            var held = Raw.All.Where(r => r.Names.ContainsKey(code)).ToList();
            if (held[^1].Month == LastRawMonth || !new DivisionCode(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)).IsRetired)
            {
                continue;
            }

            var year = held[0].Year - 5;
            var place = ResidentId.Parse(Number(code, year)).Place;
            var expected = Expected(code, held[0]);
            if (!place.IsRetired || place.Division.ToString() != code || place.AtRegistration.County != expected.County ||
                place.AtRegistration.Prefecture != expected.Prefecture || place.AtRegistration.Province != expected.Province ||
                place.Latest.Revision != Expected(code, held[^1]).Revision)
            {
                wrong.Add($"{code} born {year}: {place}");
            }
        }

        Assert.Empty(wrong.Take(20));
    }

    /// <summary>The names of a code in one revision of the file, as the rule of the issue derives them.</summary>
    private static (string Province, string? Prefecture, string? County, YearMonth Revision) Expected(string code, RawRevisions.Revision revision)
    {
        var month = new YearMonth(revision.Year, revision.Month % 100);

        // One list (the ministry's of 1987-12) leaves out a province line (安徽省): the province's last name stands in.
        var province = revision.Names.GetValueOrDefault(code[..2] + "0000")
            ?? Raw.All.Last(r => r.Names.ContainsKey(code[..2] + "0000")).Names[code[..2] + "0000"];
        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return (province, null, null, month);
        }

        if (code.EndsWith("00", StringComparison.Ordinal))
        {
            return (province, revision.Names[code], null, month);
        }

        var prefecture = revision.Names.GetValueOrDefault(code[..4] + "00");
        var grouping = prefecture is null or "市辖区" or "县" || prefecture.StartsWith("省直辖", StringComparison.Ordinal) || prefecture.StartsWith("自治区直辖", StringComparison.Ordinal);
        return (province, grouping ? null : prefecture, revision.Names[code], month);
    }

    private static string Number(string code, int year)
    {
        var first17 = $"{code}{year:D4}0101123";
        return first17 + ResidentId.ComputeCheckCharacter(first17);
    }
}
