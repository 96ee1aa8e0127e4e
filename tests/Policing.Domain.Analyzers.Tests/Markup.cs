using Microsoft.CodeAnalysis.Text;

namespace Policing.Domain.Analyzers.Tests;

/// <summary>A test source with its expected diagnostics marked as <c>{|POL001:…|}</c>, and the source without the marks.</summary>
internal sealed record Markup(string Source, IReadOnlyList<(string Id, TextSpan Span)> Expected)
{
    /// <summary>Reads the marks out of a test source; marks may nest.</summary>
    public static Markup Parse(string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(string Id, int Start)>();
        var expected = new List<(string, TextSpan)>();
        for (var i = 0; i < markup.Length;)
        {
            if (string.CompareOrdinal(markup, i, "{|", 0, 2) == 0)
            {
                var colon = markup.IndexOf(':', i);
                Assert.True(colon > i + 2, $"A mark at {i} has no id.");
                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon + 1;
            }
            else if (string.CompareOrdinal(markup, i, "|}", 0, 2) == 0)
            {
                Assert.True(open.Count > 0, $"A mark closes at {i} that was never opened.");
                var (id, start) = open.Pop();
                expected.Add((id, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        Assert.True(open.Count == 0, "A mark is never closed.");
        return new Markup(text.ToString(), expected.OrderBy(e => e.Item2.Start).ThenBy(e => e.Item1, StringComparer.Ordinal).ToList());
    }
}
