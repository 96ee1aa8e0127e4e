using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Orleans.Tests;

/// <summary>The consistency analysis and the month's assessment on a cluster of three silos give exactly the single-process results.</summary>
public sealed class ClusterConsistencyTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    /// <summary>Small batches and few shards per silo, so that a small city still makes many messages to every silo.</summary>
    private static readonly ClusterRunOptions Options = new() { Shards = 24, BatchRecords = 64 };

    [Property(MaxTest = 6)]
    public Property GeneratedCities_GiveTheSingleProcessReport() => Prop.ForAll(
        Gen.Choose(1, 10_000).Zip(Gen.Choose(200, 3_000)).ToArbitrary(),
        city =>
        {
            var (seed, residents) = city;
            var generated = CityGenerator.Generate(Defective(seed, residents));
            var register = RegisterOf(generated, withResidents: false);
            var people = generated.Residents.ToArray();
            var expected = ReportSignature.Of(new ConsistencyAnalyzer(register).Analyze(people));
            var report = new ClusterConsistency(fixture.Cluster.Client, Options).AnalyzeAsync(new ConsistencyAnalyzer(register), people).GetAwaiter().GetResult();
            return ReportSignature.Of(report) == expected;
        });

    [Fact]
    public async Task EveryPlantedVerdict_IsFound_AsInOneProcess()
    {
        var city = CityGenerator.Generate(Defective(7, 4_000));
        var analyzer = new ConsistencyAnalyzer(RegisterOf(city, withResidents: false));
        var report = await new ClusterConsistency(fixture.Cluster.Client, Options).AnalyzeAsync(analyzer, city.Residents);

        Assert.Equal(ReportSignature.Of(analyzer.Analyze(city.Residents)), ReportSignature.Of(report));
        foreach (var verdict in Enum.GetValues<PersonIdVerdict>())
        {
            Assert.True(report.Overall.PersonId[verdict] > 0, $"No {verdict} found: the city plants every verdict.");
        }

        Assert.NotEmpty(report.DefectGroups);
    }

    [Fact]
    public async Task Month_GivesTheSingleProcessTalliesAndOutcome()
    {
        var city = CityGenerator.Generate(Defective(3, 6_000) with { ResidentsPerBeat = 600 });
        var community = city.Officers.Where(o => o.Role == OfficerRole.Community).OrderBy(o => o.Id).ToArray();
        var activity = ActivityGenerator.Generate(city, new NodaTime.YearMonth(2024, 1), new ActivityOptions
        {
            Seed = 3,
            Profiles = new Dictionary<OfficerId, OfficerProfile> { [community[0].Id] = OfficerProfile.ClearWinner, [community[^1].Id] = OfficerProfile.ClearFailure },
        });
        var register = RegisterOf(city, withResidents: true);
        var rules = RuleSets.DezhouFiveStar2014();

        var alone = MonthlyAssessment.Run(register, activity.Log, activity.Period, rules);
        var clustered = await new ClusterConsistency(fixture.Cluster.Client, Options).AssessAsync(register, activity.Log, activity.Period, rules);

        Assert.Equal(ReportSignature.Of(alone.Consistency), ReportSignature.Of(clustered.Consistency));
        Assert.Equal(alone.Tallies, clustered.Tallies);
        Assert.Equal(Outcome(alone.Outcome), Outcome(clustered.Outcome));
        Assert.NotEmpty(clustered.Outcome.Stars);
    }

    [Fact]
    public async Task RepeatedBatches_AreDropped_AndALostBatchIsNoticed()
    {
        var city = CityGenerator.Generate(Defective(5, 500));
        var whole = new ConsistencyAnalyzer(RegisterOf(city, withResidents: false)).AccumulateParallel(city.Residents);
        var (shard, batch) = ConsistencyWire.Batches(whole, ConsistencyShuffle.ByNumber, 1, 1_000).Single();
        var run = Guid.NewGuid();
        var grain = fixture.Cluster.Client.GetGrain<IShuffleShardGrain>(ShardKeys.Of(run, 1, ConsistencyShuffle.ByNumber, shard, 1));
        var stamp = new BatchStamp(run, 1, 0, 0);
        await grain.Receive(stamp, batch);
        await grain.Receive(stamp, batch);
        var receipt = await grain.Finish(stamp);

        Assert.Equal((1L, ConsistencyWire.ValidEntries(whole), 1L), (receipt.Batches, receipt.Records, receipt.Repeats));
        var other = fixture.Cluster.Client.GetGrain<IShuffleShardGrain>(ShardKeys.Of(Guid.NewGuid(), 1, ConsistencyShuffle.ByNumber, 0, 1));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await other.Receive(new BatchStamp(Guid.NewGuid(), 1, 0, 0), batch);
            await other.Receive(new BatchStamp(Guid.NewGuid(), 2, 0, 0), batch);
        });
    }

    internal static CityOptions Defective(int seed, int residents) => new()
    {
        Residents = residents,
        Seed = seed,
        ResidentsPerBeat = 250,
        NoNumberRate = 0.03,
        InvalidNumberRate = 0.03,
        SharedNumberRate = 0.04,
        DuplicateRecordRate = 0.04,
        MultipleNumbersRate = 0.04,
        NumberMismatchRate = 0.03,
        UnknownHouseRate = 0.03,
        LivesElsewhereRate = 0.05,
    };

    internal static Register RegisterOf(SyntheticCity city, bool withResidents) =>
        new(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, withResidents ? city.Residents : []);

    private static string Outcome(MonthlyOutcome outcome) => string.Join(
        "\n",
        outcome.Stars.Select(s => $"star {s.Category.Id} {s.Officer} {s.Rank}")
            .Concat(outcome.QualifiedNotSelected.Select(n => $"passed {n.Category.Id} {n.Officer} {n.Reason} {n.Rank}"))
            .Concat(outcome.UnderVisitQuota.Select(u => $"quota {u.Officer} {u.Visits} {u.ShortBy}"))
            .Concat(outcome.Officers.Select(o => $"officer {o.Officer} {o.Status}")));
}
