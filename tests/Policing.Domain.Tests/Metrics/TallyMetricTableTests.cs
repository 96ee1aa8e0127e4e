using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Tests.Metrics;

public sealed class TallyMetricTableTests
{
    private static readonly YearMonth January = new(2014, 1);

    [Fact]
    public void EveryTallyMetric_HasExactlyOneRow_AndBothExplanationResourcesNameIt()
    {
        var members = typeof(TallyMetric).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (TallyMetric)f.GetValue(null)!).ToArray();
        var rows = TallyMetricTable.Rows.Where(r => r.Metric is not null).Select(r => r.Metric!.Value).ToArray();
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
    public void EveryFigureOfAMonth_HasExactlyOneRow_WithEveryColumn()
    {
        // Every [Metric] property of OfficerMonth is the figure of one row (a TallyMetric or a figure awards do not
        // judge), and each row says its kind, how it is read, whether it is written, and how it merges.
        var figures = typeof(OfficerMonth).GetProperties().Where(p => p.GetCustomAttribute<MetricAttribute>() is not null).Select(p => p.Name).Order().ToArray();
        var rows = TallyMetricTable.Rows.ToArray();
        Assert.Equal(figures, rows.Select(r => r.Figure).Order());
        foreach (var row in rows)
        {
            var property = typeof(OfficerMonth).GetProperty(row.Figure)!;
            Assert.True(Enum.IsDefined(row.Kind), row.Figure);
            Assert.True(Enum.IsDefined(row.Merge), row.Figure);
            Assert.Equal(row.Kind == TallyMetricKind.Count, row.Count is not null);
            Assert.Equal(row.Kind == TallyMetricKind.Rate, row.Rate is not null);

            // A figure a part carries is stored and written; a derived one is neither; one of the whole month is
            // stored (an init property) and written when a count.
            Assert.Equal(row.Merge != MetricMerge.Derived, property.SetMethod is not null);
            Assert.Equal(row.Merge is MetricMerge.Sum or MetricMerge.Max || (row.Merge == MetricMerge.Finished && row.Kind == TallyMetricKind.Count), row.Write is not null);
        }
    }

    [Property]
    public Property Merge_IsTheFieldByFieldMerge_AssociativeCommutative_WithTheEmptyMonthAsIdentity()
    {
        var parts = Gen.Three(Gen.ArrayOf(Gen.Choose(0, 1_000_000), 22).Select(Part)).ToArbitrary();
        var finished = Gen.ArrayOf(Gen.Choose(0, 1_000), 6).ToArbitrary();
        return Prop.ForAll(parts, finished, (p, f) =>
        {
            var (a, b, c) = p;
            var empty = new OfficerMonth(a.Officer, a.Role, a.Month);
            Assert.Equal(FieldByField(a, b), TallyMetricTable.Merge(a, b));
            Assert.Equal(TallyMetricTable.Merge(TallyMetricTable.Merge(a, b), c), TallyMetricTable.Merge(a, TallyMetricTable.Merge(b, c)));
            Assert.Equal(TallyMetricTable.Merge(a, b), TallyMetricTable.Merge(b, a));
            Assert.Equal(a, TallyMetricTable.Merge(a, empty));
            Assert.Equal(a, TallyMetricTable.Merge(empty, a));

            // The figures of the whole month, on the first, stay as they are.
            var whole = a with
            {
                DistinctHouseholdsVisited = f[0],
                DueHouseholds = f[1] + f[2],
                DueHouseholdsVisited = f[2],
                MediationsAllPartiesSatisfied = f[3],
                PersonIdConsistency = Rate.Of(f[4], f[4] + f[5]),
            };
            Assert.Equal(FieldByField(a, b) with
            {
                DistinctHouseholdsVisited = f[0],
                DueHouseholds = f[1] + f[2],
                DueHouseholdsVisited = f[2],
                MediationsAllPartiesSatisfied = f[3],
                PersonIdConsistency = Rate.Of(f[4], f[4] + f[5]),
            }, TallyMetricTable.Merge(whole, b));
        });
    }

    [Fact]
    public void Merge_RefusesMonthsOfAnotherOfficerOrMonth()
    {
        var month = new OfficerMonth(new OfficerId("C1"), OfficerRole.Community, January) { Visits = 2 };
        Assert.Throws<ArgumentException>(() => TallyMetricTable.Merge(month, new OfficerMonth(new OfficerId("C2"), OfficerRole.Community, January)));
        Assert.Throws<ArgumentException>(() => TallyMetricTable.Merge(month, new OfficerMonth(new OfficerId("C1"), OfficerRole.Community, new YearMonth(2014, 2))));
    }

    [Fact]
    public void EveryRow_ReadsTheMetricsOwnProperty_AndAStoredCountWritesOnlyItself()
    {
        // Each metric read against the OfficerMonth property it names (the rate metric PersonIdConsistencyRate reads
        // PersonIdConsistency), found by reflection, on a month whose every stored count differs (each numerator below its denominator, as the table lists them).
        var month = new OfficerMonth(new OfficerId("C1"), OfficerRole.Community, new NodaTime.YearMonth(2014, 1)) { PersonIdConsistency = Rate.Of(3, 7) };
        var stored = TallyMetricTable.Rows.Where(r => r.Metric is not null && r.Write is not null).ToArray();
        for (var i = 0; i < stored.Length; i++)
        {
            month = stored[i].Write!(month, 1000 - i);
        }

        foreach (var row in TallyMetricTable.Rows.Where(r => r.Metric is not null))
        {
            var property = typeof(OfficerMonth).GetProperty(row.Metric == TallyMetric.PersonIdConsistencyRate ? nameof(OfficerMonth.PersonIdConsistency) : row.Metric.ToString()!)!;
            Assert.Equal(property.Name, row.Figure);
            Assert.NotNull(property.GetCustomAttribute<MetricAttribute>());
            if (row.Kind == TallyMetricKind.Count)
            {
                Assert.Equal(Convert.ToInt64(property.GetValue(month)), month.GetCount(row.Metric!.Value));
                Assert.Throws<ArgumentOutOfRangeException>(() => month.GetRate(row.Metric!.Value));
            }
            else
            {
                Assert.Equal(property.GetValue(month), month.GetRate(row.Metric!.Value));
                Assert.Throws<ArgumentOutOfRangeException>(() => month.GetCount(row.Metric!.Value));
            }

            // A stored count is an init property; a derived one (a sum of others) is not, and cannot be written.
            Assert.Equal(row.Kind == TallyMetricKind.Count && property.SetMethod is not null, row.Write is not null);
            if (row.Write is { } write)
            {
                var written = write(month, 7);
                Assert.Equal(7, written.GetCount(row.Metric!.Value));
                Assert.All(stored.Where(o => o.Metric != row.Metric), other => Assert.Equal(month.GetCount(other.Metric!.Value), written.GetCount(other.Metric!.Value)));
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => TallyMetrics.KindOf((TallyMetric)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => TallyMetrics.KindOf(0));
    }

    /// <summary>A part's month of officer C1 in January: every figure a part carries, from the values given.</summary>
    private static OfficerMonth Part(int[] v) => new(new OfficerId("C1"), OfficerRole.Community, January)
    {
        Visits = v[0],
        PriorityVisits = v[1],
        FollowUpsSatisfied = v[2],
        FollowUpsDissatisfied = v[3],
        FollowUpsUnreachable = v[4],
        Mediations = v[5],
        MediationsResolved = v[6],
        MediationsEscalated = v[7],
        LeadsCriminal = v[8],
        LeadsPublicOrder = v[9],
        LeadsNarcotics = v[10],
        LeadsEconomic = v[11],
        SuspectsCaught = v[12],
        FugitivesCaught = v[13],
        InformationItems = v[14],
        InformationItemsEnteredSameDay = v[15],
        InformationItemsNotEntered = v[16],
        InformationEntryDelayDays = v[17] * 1_000_000L,
        InformationMaxEntryDelayDays = v[18],
        Services = v[19],
        RecognisedServices = v[20],
        ServicesAtHome = v[21],
    };

    /// <summary>The merge of two parts' months as the tally defines it, written out: each count added, the longest delay the larger.</summary>
    private static OfficerMonth FieldByField(OfficerMonth a, OfficerMonth b) => a with
    {
        Visits = a.Visits + b.Visits,
        PriorityVisits = a.PriorityVisits + b.PriorityVisits,
        FollowUpsSatisfied = a.FollowUpsSatisfied + b.FollowUpsSatisfied,
        FollowUpsDissatisfied = a.FollowUpsDissatisfied + b.FollowUpsDissatisfied,
        FollowUpsUnreachable = a.FollowUpsUnreachable + b.FollowUpsUnreachable,
        Mediations = a.Mediations + b.Mediations,
        MediationsResolved = a.MediationsResolved + b.MediationsResolved,
        MediationsEscalated = a.MediationsEscalated + b.MediationsEscalated,
        LeadsCriminal = a.LeadsCriminal + b.LeadsCriminal,
        LeadsPublicOrder = a.LeadsPublicOrder + b.LeadsPublicOrder,
        LeadsNarcotics = a.LeadsNarcotics + b.LeadsNarcotics,
        LeadsEconomic = a.LeadsEconomic + b.LeadsEconomic,
        SuspectsCaught = a.SuspectsCaught + b.SuspectsCaught,
        FugitivesCaught = a.FugitivesCaught + b.FugitivesCaught,
        InformationItems = a.InformationItems + b.InformationItems,
        InformationItemsEnteredSameDay = a.InformationItemsEnteredSameDay + b.InformationItemsEnteredSameDay,
        InformationItemsNotEntered = a.InformationItemsNotEntered + b.InformationItemsNotEntered,
        InformationEntryDelayDays = a.InformationEntryDelayDays + b.InformationEntryDelayDays,
        InformationMaxEntryDelayDays = Math.Max(a.InformationMaxEntryDelayDays, b.InformationMaxEntryDelayDays),
        Services = a.Services + b.Services,
        RecognisedServices = a.RecognisedServices + b.RecognisedServices,
        ServicesAtHome = a.ServicesAtHome + b.ServicesAtHome,
    };
}
