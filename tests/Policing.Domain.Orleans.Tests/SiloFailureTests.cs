using Policing.Domain.Activity;
using Policing.Domain.Metrics;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Activity;
using Xunit.Abstractions;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Orleans.Tests;

/// <summary>A silo killed in the middle of a run: the run gives the exact report, or fails naming the pass, never a partial report.</summary>
public sealed class SiloFailureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KilledSilo_MidRun_GivesTheExactReportOrALoudError()
    {
        await using var cluster = await Clusters.StartAsync();
        var city = CityGenerator.Generate(ClusterConsistencyTests.Defective(21, 60_000) with { ResidentsPerBeat = 2_000 });
        var analyzer = new ConsistencyAnalyzer(ClusterConsistencyTests.RegisterOf(city, withResidents: false));
        var residents = city.Residents.ToArray();
        var expected = ReportSignature.Of(analyzer.Analyze(residents));

        // Small batches with one in flight make the passes long enough for the kill to land inside them.
        var driver = new ClusterConsistency(cluster.Client, new ClusterRunOptions { Shards = 48, BatchRecords = 16, InFlight = 1, Attempts = 3, RetryDelay = TimeSpan.FromSeconds(3) });
        var run = driver.AnalyzeAsync(analyzer, residents);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.False(run.IsCompleted, "The run ended before the silo was killed: the test would prove nothing.");
        await cluster.KillSiloAsync(cluster.Silos[^1]);

        try
        {
            var report = await run.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal(expected, ReportSignature.Of(report));
            output.WriteLine("The run re-ran the lost pass and gave the exact report.");
        }
        catch (ClusterRunException ex)
        {
            Assert.Contains(ex.Pass, new[] { ClusterConsistency.ByNumberPass, ClusterConsistency.ByPersonKeyPass });
            Assert.Contains(ex.Pass, ex.Message, StringComparison.Ordinal);
            output.WriteLine($"The run failed loudly: {ex.Message}");
        }
    }

    [Fact]
    public async Task PassThatCannotComplete_FailsNamingThePass()
    {
        await using var cluster = await Clusters.StartAsync(silos: 1);
        var city = CityGenerator.Generate(ClusterConsistencyTests.Defective(4, 2_000));
        var analyzer = new ConsistencyAnalyzer(ClusterConsistencyTests.RegisterOf(city, withResidents: false));
        var whole = analyzer.AccumulateParallel(city.Residents);
        var client = cluster.Client;
        await cluster.StopSiloAsync(cluster.Silos[0]);

        var error = await Assert.ThrowsAsync<ClusterRunException>(() => new ClusterConsistency(client, new ClusterRunOptions { Attempts = 2, Shards = 4, RetryDelay = TimeSpan.Zero }).CompleteAsync(analyzer, whole).WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(2, error.Attempts);
        Assert.Contains(error.Pass, new[] { ClusterConsistency.ByNumberPass, ClusterConsistency.ByPersonKeyPass });
    }

    [Fact]
    public async Task TallyPassThatCannotComplete_FailsNamingThePass()
    {
        await using var cluster = await Clusters.StartAsync(silos: 1);
        var city = CityGenerator.Generate(ClusterConsistencyTests.Defective(4, 1_000));
        var activity = ActivityGenerator.Generate(city, new NodaTime.YearMonth(2024, 1), new ActivityOptions { Seed = 4 });
        var context = new ActivityContext(ClusterConsistencyTests.RegisterOf(city, withResidents: true));
        var plan = VisitPlan.Build(context, activity.Period, activity.LastVisits);
        var client = cluster.Client;
        await cluster.StopSiloAsync(cluster.Silos[0]);

        var driver = new ClusterConsistency(client, new ClusterRunOptions { Attempts = 2, Shards = 4, RetryDelay = TimeSpan.Zero });
        var error = await Assert.ThrowsAsync<ClusterRunException>(() => driver.TallyAsync(context, activity.Log, plan, _ => Rate.NoData).WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal((ClusterConsistency.TallyPass, 2), (error.Pass, error.Attempts));
    }
}
