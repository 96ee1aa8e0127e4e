using System.Text;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The normalisation of recorded names that decides whether two records are the same person: white space is
/// removed, full-width ASCII forms become ASCII, Latin letters are upper-cased, and the middle-dot variants of
/// minority and foreign names (· • ・ ･ ‧) become one dot.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PersonNames
{
    private const char Dot = '\u00B7';

    /// <summary>Normalises a recorded name.</summary>
    /// <param name="name">The recorded name.</param>
    /// <returns>The normalised name; two names are the same for the analysis when these are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (Map(c) is var mapped and not '\0')
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A stable 64-bit key (FNV-1a) of the normalised name, the birth date and the gender, the same on every machine
    /// and in every process, so that partial results computed apart can be merged.
    /// </summary>
    internal static ulong Key(string name, NodaTime.LocalDate? birthDate, Identity.Gender? gender)
    {
        const ulong Prime = 1099511628211;
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            var mapped = Map(c);
            if (mapped != '\0')
            {
                hash = (hash ^ (byte)mapped) * Prime;
                hash = (hash ^ (byte)(mapped >> 8)) * Prime;
            }
        }

        hash = (hash ^ 0xFF) * Prime;
        var days = birthDate is { } date ? (date.Year * 10_000) + (date.Month * 100) + date.Day : int.MinValue;
        for (var shift = 0; shift < 32; shift += 8)
        {
            hash = (hash ^ (byte)(days >> shift)) * Prime;
        }

        return (hash ^ (byte)(gender is { } g ? (int)g : 0)) * Prime;
    }

    private static char Map(char c) => c switch
    {
        // CJK and everything up to the full-width forms: no white space, no dot, no letter to upper-case. The
        // common case of Chinese names, answered before the Unicode tables are consulted.
        >= '\u3400' and < '\uFF01' => c,
        _ when char.IsWhiteSpace(c) => '\0',
        >= '\uFF01' and <= '\uFF5E' => ToUpper((char)(c - 0xFEE0)),
        '\u2022' or '\u30FB' or '\uFF65' or '\u2027' or '\u00B7' => Dot,
        _ => ToUpper(c),
    };

    private static char ToUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
}
