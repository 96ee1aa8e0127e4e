using ScottPlot;

namespace Policing.Cli;

/// <summary>The charts of the HTML reports, drawn by ScottPlot as SVG. Labels are ids and numbers, so that no font beyond a basic Latin one is needed.</summary>
internal static class Charts
{
    private const int Width = 900;

    /// <summary>
    /// Horizontal bars, one per item, sorted with the lowest value on top (the largest, when <paramref name="largestFirst"/>);
    /// at most <paramref name="most"/> of those are drawn.
    /// </summary>
    internal static string SortedBars(string title, string axis, IEnumerable<(string Label, double Value)> items, int most = 60, bool percent = false, bool largestFirst = false)
    {
        var ordered = largestFirst ? items.OrderByDescending(i => i.Value) : items.OrderBy(i => i.Value);
        var sorted = ordered.ThenBy(i => i.Label, StringComparer.Ordinal).Take(most).Reverse().ToArray();
        var plot = new Plot();
        var bars = plot.Add.Bars(sorted.Select(i => percent ? i.Value * 100 : i.Value).ToArray());
        bars.Horizontal = true;
        foreach (var bar in bars.Bars)
        {
            bar.Label = percent ? $"{bar.Value:0.00}%" : $"{bar.Value:N0}";
        }

        bars.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, sorted.Length).Select(i => (double)i)], [.. sorted.Select(i => i.Label)]);
        plot.Axes.Margins(left: 0, right: 0.12);
        if (percent && sorted.Length > 0)
        {
            // Rates close together are told apart: the axis starts 5 points below the lowest rate, at a multiple of 5.
            var low = Math.Max(0, (Math.Floor(sorted.Min(i => i.Value) * 20) * 5) - 5);
            plot.Axes.SetLimitsX(low, 100 + ((100 - low) * 0.12));
            axis += low > 0 ? $" (the axis starts at {low:0}%)" : string.Empty;
        }

        plot.Title(title);
        plot.XLabel(axis);
        return plot.GetSvgXml(Width, Math.Max(220, 90 + (22 * sorted.Length)));
    }

    /// <summary>Vertical bars, one per label, in the order given.</summary>
    internal static string Bars(string title, string axis, IReadOnlyList<(string Label, double Value)> items)
    {
        var plot = new Plot();
        var bars = plot.Add.Bars(items.Select(i => i.Value).ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.Label = $"{bar.Value:N0}";
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)i)], [.. items.Select(i => i.Label)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = items.Count > 8 ? -45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = items.Count > 8 ? Alignment.MiddleRight : Alignment.UpperCenter;
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Title(title);
        plot.YLabel(axis);
        return plot.GetSvgXml(Width, 360);
    }

    /// <summary>Two bars per label, side by side: one series against another (for a comparison of two rule sets).</summary>
    internal static string PairedBars(string title, string axis, IReadOnlyList<string> labels, (string Name, IReadOnlyList<double> Values) first, (string Name, IReadOnlyList<double> Values) second)
    {
        var plot = new Plot();
        foreach (var (series, offset) in new[] { (first, -0.2), (second, 0.2) })
        {
            var bars = plot.Add.Bars([.. labels.Select((_, i) => i + offset)], [.. series.Values]);
            bars.LegendText = series.Name;
            foreach (var bar in bars.Bars)
            {
                bar.Size = 0.4;
                bar.Label = $"{bar.Value:N0}";
            }
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(title);
        plot.YLabel(axis);
        return plot.GetSvgXml(Width, 360);
    }
}
