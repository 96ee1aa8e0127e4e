using System.Globalization;
using System.Net;
using System.Text;

namespace Policing.Cli;

/// <summary>
/// One self-contained HTML report: headings, paragraphs, tables and inline SVG charts, its style inside the page and
/// nothing fetched from the network. Every text put on the page is HTML-escaped.
/// </summary>
internal sealed class HtmlPage
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em auto; max-width: 72em; color: #222; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #345; padding-bottom: .3em; }
        h2 { font-size: 1.25em; margin-top: 2em; color: #345; }
        table { border-collapse: collapse; margin: .5em 0 1em; }
        th, td { border: 1px solid #ccd; padding: .25em .6em; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        th { background: #eef2f6; }
        figure { margin: 1em 0; }
        figcaption { color: #555; font-size: .9em; }
        """;

    private readonly StringBuilder _body = new();
    private readonly string _title;
    private int _charts;

    internal HtmlPage(string title) => _title = title;

    /// <summary>Gets the number of charts on the page.</summary>
    internal int Charts => _charts;

    internal HtmlPage Heading(string text)
    {
        _body.Append("<h2>").Append(Escape(text)).AppendLine("</h2>");
        return this;
    }

    internal HtmlPage Paragraph(string text)
    {
        _body.Append("<p>").Append(Escape(text)).AppendLine("</p>");
        return this;
    }

    /// <summary>Adds a table; a cell that is a number is set right-aligned.</summary>
    internal HtmlPage Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        _body.AppendLine("<table><thead><tr>");
        foreach (var header in headers)
        {
            _body.Append("<th>").Append(Escape(header)).Append("</th>");
        }

        _body.AppendLine("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                var number = cell is int or long or double or decimal;
                var text = cell is IFormattable formattable ? formattable.ToString(cell is double ? "N2" : "N0", CultureInfo.InvariantCulture) : cell?.ToString() ?? string.Empty;
                _body.Append(number ? "<td class=\"n\">" : "<td>").Append(Escape(text)).Append("</td>");
            }

            _body.AppendLine("</tr>");
        }

        _body.AppendLine("</tbody></table>");
        return this;
    }

    /// <summary>Adds a chart drawn by <see cref="Charts"/>, as inline SVG, with a caption.</summary>
    internal HtmlPage Chart(string svg, string caption)
    {
        // ScottPlot numbers the clip paths of each SVG from one, so every chart's ids get the chart's own prefix.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var prefix = $"chart{_charts + 1}-";
        var inline = (start >= 0 ? svg[start..] : svg)
            .Replace("id=\"", "id=\"" + prefix, StringComparison.Ordinal)
            .Replace("url(#", "url(#" + prefix, StringComparison.Ordinal)
            .Replace("href=\"#", "href=\"#" + prefix, StringComparison.Ordinal);
        _body.Append("<figure class=\"chart\">").Append(inline)
            .Append("<figcaption>").Append(Escape(caption)).AppendLine("</figcaption></figure>");
        _charts++;
        return this;
    }

    /// <summary>Writes the page, UTF-8.</summary>
    internal void Save(FileInfo file) => File.WriteAllText(file.FullName, ToString(), new UTF8Encoding(false));

    public override string ToString() =>
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Escape(_title)}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        <h1>{Escape(_title)}</h1>
        {_body}</body>
        </html>

        """;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
