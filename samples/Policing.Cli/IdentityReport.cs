using Policing.Domain.Identity;

namespace Policing.Cli;

/// <summary>Prints the verdict counts of a batch of identity numbers, and the places its valid numbers name.</summary>
internal static class IdentityReport
{
    internal static void Print(TextWriter output, ResidentIdBatchResult result)
    {
        output.WriteLine($"  lines {result.Lines:N0}: valid {result.Valid:N0}, invalid {result.Invalid:N0}");
        foreach (var (verdict, count) in result.Counts)
        {
            if (verdict != ResidentIdError.None && count > 0)
            {
                output.WriteLine($"    {verdict,-24} {count,12:N0}");
            }
        }
    }

    /// <summary>
    /// Prints, for the valid numbers of an export (one per line, <c>\n</c> or <c>\r\n</c>), how many name each province
    /// (a foreigner's number counts in its province, a permit under 香港, 澳门 or 台湾) and how many carry each retired
    /// division code, with the code's last names and the year it was retired by.
    /// </summary>
    internal static void PrintPlaces(TextWriter output, ReadOnlySpan<byte> export)
    {
        var provinces = new SortedDictionary<int, long>();
        var retired = new SortedDictionary<int, long>();
        long valid = 0;
        while (!export.IsEmpty)
        {
            var end = export.IndexOf((byte)'\n');
            var line = end < 0 ? export : export[..end];
            export = end < 0 ? [] : export[(end + 1)..];
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (!ResidentId.TryParse(line, out var id))
            {
                continue;
            }

            valid++;
            provinces[id.ProvinceCode] = provinces.GetValueOrDefault(id.ProvinceCode) + 1;
            if (id.Division is { IsRetired: true } division && id.Kind == ResidentIdKind.Citizen)
            {
                retired[division.Value] = retired.GetValueOrDefault(division.Value) + 1;
            }
        }

        output.WriteLine($"  valid numbers per province ({valid:N0}):");
        foreach (var (province, count) in provinces)
        {
            output.WriteLine($"    {province:D2} {ProvinceName(province),-12} {count,12:N0}");
        }

        output.WriteLine($"  valid numbers under retired division codes ({retired.Values.Sum():N0} under {retired.Count:N0} codes):");
        foreach (var (code, count) in retired)
        {
            var division = new DivisionCode(code);
            output.WriteLine($"    {count,12:N0}  {division} {division.LatestNames}, retired by {division.RetiredBy}");
        }
    }

    private static string ProvinceName(int province) => province switch
    {
        81 => "香港",
        82 => "澳门",
        83 => "台湾",
        _ => new DivisionCode(province * 10_000).LatestNames?.Province ?? "?",
    };
}
