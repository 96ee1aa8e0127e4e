using System.Reflection;
using System.Text.Json;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Tests.Metrics;

public sealed class TallyMetricTableTests
{
    [Fact]
    public void EveryTallyMetric_HasExactlyOneRow_AndBothExplanationResourcesNameIt()
    {
        var members = typeof(TallyMetric).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (TallyMetric)f.GetValue(null)!).ToArray();
        var rows = TallyMetricTable.Rows.Select(r => r.Metric).ToArray();
        Assert.Equal(members.Order(), rows.Order());
        Assert.Equal(rows.Length, rows.Distinct().Count());

        foreach (var culture in new[] { "en", "zh-CN" })
        {
            using var stream = typeof(AwardExplainer).Assembly.GetManifestResourceStream($"Policing.Domain.Awards.Resources.explanations.{culture}.json")!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
            foreach (var metric in members)
            {
                var key = JsonNamingPolicy.CamelCase.ConvertName(metric.ToString());
                Assert.True(texts.ContainsKey("metric." + key), $"{culture}: metric.{key}");
                Assert.True(texts.ContainsKey("unit." + key), $"{culture}: unit.{key}");
            }
        }
    }

    [Fact]
    public void EveryRow_ReadsTheMetricsOwnProperty_AndAStoredCountWritesOnlyItself()
    {
        // Each metric read against the OfficerMonth property it names (the rate metric PersonIdConsistencyRate reads
        // PersonIdConsistency), found by reflection, on a month whose every stored count differs (each numerator below its denominator, as the table lists them).
        var month = new OfficerMonth(new OfficerId("C1"), OfficerRole.Community, new NodaTime.YearMonth(2014, 1)) { PersonIdConsistency = Rate.Of(3, 7) };
        var stored = TallyMetricTable.Rows.Where(r => r.Write is not null).ToArray();
        for (var i = 0; i < stored.Length; i++)
        {
            month = stored[i].Write!(month, 1000 - i);
        }

        foreach (var row in TallyMetricTable.Rows)
        {
            var property = typeof(OfficerMonth).GetProperty(row.Metric == TallyMetric.PersonIdConsistencyRate ? nameof(OfficerMonth.PersonIdConsistency) : row.Metric.ToString())!;
            Assert.NotNull(property.GetCustomAttribute<MetricAttribute>());
            if (row.Kind == TallyMetricKind.Count)
            {
                Assert.Equal(Convert.ToInt64(property.GetValue(month)), month.GetCount(row.Metric));
                Assert.Throws<ArgumentOutOfRangeException>(() => month.GetRate(row.Metric));
            }
            else
            {
                Assert.Equal(property.GetValue(month), month.GetRate(row.Metric));
                Assert.Throws<ArgumentOutOfRangeException>(() => month.GetCount(row.Metric));
            }

            // A stored count is an init property; a derived one (a sum of others) is not, and cannot be written.
            Assert.Equal(row.Kind == TallyMetricKind.Count && property.SetMethod is not null, row.Write is not null);
            if (row.Write is { } write)
            {
                var written = write(month, 7);
                Assert.Equal(7, written.GetCount(row.Metric));
                Assert.All(stored.Where(o => o.Metric != row.Metric), other => Assert.Equal(month.GetCount(other.Metric), written.GetCount(other.Metric)));
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => TallyMetrics.KindOf((TallyMetric)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => TallyMetrics.KindOf(0));
    }
}
