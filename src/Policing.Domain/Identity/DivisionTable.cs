using System.Reflection;

namespace Policing.Domain.Identity;

/// <summary>
/// The embedded GB/T 2260 division codes (current and historical) and ISO 3166-1 numeric nationality codes,
/// loaded once. The lenient check is one bit test; the strict check reads the years a code was in force.
/// </summary>
internal static class DivisionTable
{
    /// <summary>The earliest year the sources cover: a code seen then may be older.</summary>
    internal const int EarliestSourceYear = 2002;

    private const int OpenEnd = int.MaxValue;

    // Bit c is set when the six-digit code c ever existed.
    private static readonly ulong[] KnownCodes = new ulong[1_000_000 / 64 + 1];
    private static readonly bool[] KnownNationalities = new bool[1_000];
    private static readonly Dictionary<int, (int From, int To)> Years = [];

    static DivisionTable()
    {
        foreach (var line in ReadLines("divisions.txt"))
        {
            var parts = line.Split(',');
            var code = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            var from = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var to = parts[2].Length == 0 ? OpenEnd : int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            KnownCodes[code >> 6] |= 1UL << (code & 63);
            Years[code] = (from, to);
        }

        foreach (var line in ReadLines("nationalities.txt"))
        {
            KnownNationalities[int.Parse(line, System.Globalization.CultureInfo.InvariantCulture)] = true;
        }

        CodeCount = Years.Count;
    }

    /// <summary>Gets the number of division codes in the table.</summary>
    internal static int CodeCount { get; }

    /// <summary>Tells whether a six-digit code ever existed.</summary>
    internal static bool IsKnown(int code) => (KnownCodes[code >> 6] & (1UL << (code & 63))) != 0;

    /// <summary>Tells whether a known code was in force in a year, as far as the sources can tell.</summary>
    internal static bool IsInForce(int code, int year)
    {
        if (!Years.TryGetValue(code, out var span))
        {
            return false;
        }

        var from = span.From <= EarliestSourceYear ? int.MinValue : span.From;
        return year >= from && year <= span.To;
    }

    /// <summary>Gets every code in the table, in order.</summary>
    internal static IEnumerable<int> Codes() => Years.Keys.Order();

    /// <summary>Tells whether a three-digit code is an ISO 3166-1 numeric nationality code.</summary>
    internal static bool IsNationality(int code) => (uint)code < 1_000 && KnownNationalities[code];

    private static IEnumerable<string> ReadLines(string name)
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
