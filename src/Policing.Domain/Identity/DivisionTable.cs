using System.Globalization;
using NodaTime;

namespace Policing.Domain.Identity;

/// <summary>
/// The embedded GB/T 2260 division codes of every revision from 1980 to 2023, with their names in each, and the ISO
/// 3166-1 numeric nationality codes, loaded once. The lenient check is one bit test; the strict check reads the year
/// a retired code was retired by; the names and revision runs are parsed on first use, only for places and revision
/// dates. See <c>Identity/Data/README.md</c>.
/// </summary>
internal static class DivisionTable
{
    // Bit c is set when the six-digit code c is in some revision.
    private static readonly ulong[] KnownCodes = new ulong[1_000_000 / 64 + 1];
    private static readonly bool[] KnownNationalities = new bool[1_000];

    // The revisions, oldest first (for one month: the ministry's, the standard's, the statistics bureau's).
    private static readonly YearMonth[] Revisions;

    // Per code, in code order: the code, the year it was retired by (0 while in force), and the text of its runs of
    // revisions and names, parsed only when a name or a revision date is first asked for (see Runs).
    private static readonly int[] CodeValues;
    private static readonly short[] RetiredByYear;
    private static readonly string[] RunText;

    static DivisionTable()
    {
        var lines = ReadLines("divisions.txt");
        var header = lines[0].Split('\t');
        if (header[0] != "@")
        {
            throw new InvalidOperationException("The embedded table 'divisions.txt' does not start with its list of revisions.");
        }

        Revisions = [.. header.Skip(1).Select(r => new YearMonth(Number(r.AsSpan()[^6..^2]), Number(r.AsSpan()[^2..])))];
        CodeValues = new int[lines.Count - 1];
        RetiredByYear = new short[lines.Count - 1];
        RunText = new string[lines.Count - 1];
        for (var i = 0; i < CodeValues.Length; i++)
        {
            // code TAB retired-by TAB runs
            var line = lines[i + 1];
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var second = line.IndexOf('\t', tab + 1);
            var code = Number(line.AsSpan(0, tab));
            CodeValues[i] = code;
            RetiredByYear[i] = second == tab + 1 ? (short)0 : (short)Number(line.AsSpan(tab + 1, second - tab - 1));
            RunText[i] = line[(second + 1)..];
            KnownCodes[code >> 6] |= 1UL << (code & 63);
        }

        foreach (var line in ReadLines("nationalities.txt"))
        {
            KnownNationalities[Number(line)] = true;
        }
    }

    /// <summary>Gets the number of distinct names in the table.</summary>
    internal static int NameCount => Runs.NameCount;

    /// <summary>Gets the revisions of the table, oldest first.</summary>
    internal static ReadOnlySpan<YearMonth> RevisionDates => Revisions;

    /// <summary>Tells whether a six-digit code is in some revision.</summary>
    internal static bool IsKnown(int code) => (KnownCodes[code >> 6] & (1UL << (code & 63))) != 0;

    /// <summary>
    /// Tells whether a code was retired before a year: it is in the table, missing from the newest revision, and the
    /// first revision dated after its last one is of an earlier year. No allocation.
    /// </summary>
    internal static bool IsRetiredBefore(int code, int year)
    {
        var index = IndexOf(code);
        return index >= 0 && RetiredByYear[index] != 0 && year > RetiredByYear[index];
    }

    /// <summary>
    /// Gets the year of the first revision dated after the last one holding a retired code, or <see langword="null"/>
    /// for a code in the newest revision or not in the table.
    /// </summary>
    internal static int? RetiredBy(int code)
    {
        var index = IndexOf(code);
        return index >= 0 && RetiredByYear[index] != 0 ? RetiredByYear[index] : null;
    }

    /// <summary>Gets the date of the first revision holding a code, or <see langword="null"/> for a code not in the table.</summary>
    internal static YearMonth? FirstRevision(int code) => IndexOf(code) is var i and >= 0 ? Revisions[Runs.From[Runs.Start[i]]] : null;

    /// <summary>Gets the date of the last revision holding a code, or <see langword="null"/> for a code not in the table.</summary>
    internal static YearMonth? LastRevision(int code) => IndexOf(code) is var i and >= 0 ? Revisions[Runs.To[Runs.Start[i + 1] - 1]] : null;

    /// <summary>Gets every code in the table, in order.</summary>
    internal static IEnumerable<int> Codes() => CodeValues;

    /// <summary>Tells whether a three-digit code is an ISO 3166-1 numeric nationality code.</summary>
    internal static bool IsNationality(int code) => (uint)code < 1_000 && KnownNationalities[code];

    /// <summary>
    /// Gets the names of a code as a person born in a year was first registered under it: the names of the earliest
    /// revision dated in or after that year that holds the code, or, for a year after every such revision, of the first
    /// one; <see langword="null"/> for a code not in the table.
    /// </summary>
    internal static DivisionNames? NamesAt(int code, int year)
    {
        var index = IndexOf(code);
        if (index < 0)
        {
            return null;
        }

        for (var k = Runs.Start[index]; k < Runs.Start[index + 1]; k++)
        {
            if (Revisions[Runs.To[k]].Year >= year)
            {
                // The first revision of this run that is not dated before the year.
                var revision = (int)Runs.From[k];
                while (Revisions[revision].Year < year)
                {
                    revision++;
                }

                return NamesIn(code, revision);
            }
        }

        // Born after every revision holding the code (lenient mode accepts such numbers): the issue's rule falls back
        // to the code's first revision.
        return NamesIn(code, Runs.From[Runs.Start[index]]);
    }

    /// <summary>Gets the names of a code in the last revision that holds it; <see langword="null"/> for a code not in the table.</summary>
    internal static DivisionNames? LatestNames(int code) =>
        IndexOf(code) is var i and >= 0 ? NamesIn(code, Runs.To[Runs.Start[i + 1] - 1]) : null;

    /// <summary>
    /// Gets the names of a code in a revision that holds it: the county-level name (none for a prefecture or province
    /// code), the prefecture's (the code itself when it ends in 00, else the XXXX00 code of the same revision unless
    /// that is only a grouping such as 市辖区 or 省直辖县级行政区划), and the province's (XX0000).
    /// </summary>
    private static DivisionNames NamesIn(int code, int revision)
    {
        var own = NameIn(code, revision)!;
        var provinceCode = code / 10_000 * 10_000;
        var province = code == provinceCode ? own : NameIn(provinceCode, revision) ?? LatestNames(provinceCode)?.Province ?? string.Empty;
        if (code == provinceCode)
        {
            return new DivisionNames(province, null, null, Revisions[revision]);
        }

        if (code % 100 == 0)
        {
            return new DivisionNames(province, own, null, Revisions[revision]);
        }

        var prefecture = NameIn(code / 100 * 100, revision);
        return new DivisionNames(province, prefecture is null || IsGrouping(prefecture) ? null : prefecture, own, Revisions[revision]);
    }

    /// <summary>
    /// Tells whether the name of an XXXX00 code is a grouping of the sources rather than a place: the districts
    /// (市辖区) or counties (县) of a municipality, or the county-level divisions under a province directly.
    /// </summary>
    private static bool IsGrouping(string name) =>
        name is "市辖区" or "县" || name.StartsWith("省直辖", StringComparison.Ordinal) || name.StartsWith("自治区直辖", StringComparison.Ordinal);

    private static string? NameIn(int code, int revision)
    {
        var index = IndexOf(code);
        if (index < 0)
        {
            return null;
        }

        for (var k = Runs.Start[index]; k < Runs.Start[index + 1]; k++)
        {
            if (Runs.From[k] <= revision && revision <= Runs.To[k])
            {
                return Runs.Name[k];
            }
        }

        return null;
    }

    private static int IndexOf(int code) => Array.BinarySearch(CodeValues, code) is var i and >= 0 ? i : -1;

    private static int Number(ReadOnlySpan<char> text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// The runs of every code, parsed from <see cref="RunText"/> on first use, so that validating numbers never pays
    /// for the names: code i has the runs <c>From[k]..To[k]</c> (positions in <see cref="Revisions"/>) under
    /// <c>Name[k]</c> for k from <c>Start[i]</c> to <c>Start[i + 1] - 1</c>, oldest first; equal names share one string.
    /// </summary>
    private static class Runs
    {
        internal static readonly int[] Start;
        internal static readonly byte[] From;
        internal static readonly byte[] To;
        internal static readonly string[] Name;
        internal static readonly int NameCount;

        static Runs()
        {
            Start = new int[RunText.Length + 1];
            var runs = new List<(byte From, byte To, string Name)>(RunText.Length * 2);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var byFrom = Comparer<(byte From, byte To, string Name)>.Create((a, b) => a.From.CompareTo(b.From));
            for (var i = 0; i < RunText.Length; i++)
            {
                Start[i] = runs.Count;
                foreach (var group in RunText[i].Split(';'))
                {
                    // spans=name, the spans "a-b" or "a" separated by commas
                    var equals = group.IndexOf('=', StringComparison.Ordinal);
                    var name = group[(equals + 1)..];
                    name = names.TryGetValue(name, out var shared) ? shared : names[name] = name;
                    foreach (var span in group[..equals].Split(','))
                    {
                        var dash = span.IndexOf('-', StringComparison.Ordinal);
                        var from = (byte)Number(dash < 0 ? span : span.AsSpan(0, dash));
                        runs.Add((from, dash < 0 ? from : (byte)Number(span.AsSpan(dash + 1)), name));
                    }
                }

                runs.Sort(Start[i], runs.Count - Start[i], byFrom);
            }

            Start[RunText.Length] = runs.Count;
            From = [.. runs.Select(r => r.From)];
            To = [.. runs.Select(r => r.To)];
            Name = [.. runs.Select(r => r.Name)];
            NameCount = names.Count;
        }
    }

    private static List<string> ReadLines(string name)
    {
        var assembly = typeof(DivisionTable).Assembly;
        using var stream = assembly.GetManifestResourceStream("Policing.Domain.Identity.Data." + name)
            ?? throw new InvalidOperationException($"The embedded table '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
