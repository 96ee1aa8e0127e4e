using Policing.Domain.Activity;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Orleans.Tests;

/// <summary>The month's tallies on a cluster of three silos: the log split by officer, each part tallied by a grain, the partial months merged in the driver.</summary>
public sealed class ClusterTallyTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    /// <summary>Small batches and many parts, so that every silo tallies parts of several batches.</summary>
    private static readonly ClusterRunOptions Options = new() { Shards = 24, BatchRecords = 200 };

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task LogsWithRepeatedIds_GiveTheSingleProcessMonthsAndOutcome(int seed)
    {
        var city = CityGenerator.Generate(ClusterConsistencyTests.Defective(seed, 3_000) with { ResidentsPerBeat = 300 });
        var activity = ActivityGenerator.Generate(city, new NodaTime.YearMonth(2024, 1), new ActivityOptions { Seed = seed });
        var log = WithRepeatedIds(activity.Log, [.. city.Officers.Select(o => o.Id)], new Random(seed));
        var register = ClusterConsistencyTests.RegisterOf(city, withResidents: true);
        var rules = RuleSets.DezhouFiveStar2014();
        var driver = new ClusterConsistency(fixture.Cluster.Client, Options);

        // The whole month: the validator rejects the repeats, on both sides alike.
        var alone = MonthlyAssessment.Run(register, log, activity.Period, rules);
        var clustered = await driver.AssessAsync(register, log, activity.Period, rules);
        Assert.Contains(alone.Validation.Rejections, r => r.Reason == RejectionReason.DuplicateId);
        Assert.Equal(alone.Tallies, clustered.Tallies);
        Assert.Equal(alone.Outcome.Stars.Select(s => (s.Category.Id, s.Officer, s.Rank)), clustered.Outcome.Stars.Select(s => (s.Category.Id, s.Officer, s.Rank)));
        Assert.Equal(alone.Outcome.Officers.Select(o => (o.Officer, o.Status)), clustered.Outcome.Officers.Select(o => (o.Officer, o.Status)));

        // The tallies of the log as it is, repeats kept: the last event of the month with an id is the one a call
        // follows up, the first dispute with an id the one mediated, wherever the officers' parts went.
        var context = new ActivityContext(register);
        var expected = MonthlyTally.Build(context, log, alone.Plan, alone.Consistency.PersonIdConsistencyOf);
        Assert.Equal(expected, await driver.TallyAsync(context, log, alone.Plan, alone.Consistency.PersonIdConsistencyOf));
        Assert.Contains(expected, m => m.FollowUps > 0 && m.MediationsAllPartiesSatisfied > 0);
    }

    [Fact]
    public async Task RepeatedBatches_AreDropped_AndCounted()
    {
        var context = new ActivityContext(ClusterConsistencyTests.RegisterOf(CityGenerator.Generate(ClusterConsistencyTests.Defective(4, 300)), withResidents: false));
        var run = Guid.NewGuid();
        var grain = fixture.Cluster.Client.GetGrain<ITallyPartGrain>(ShardKeys.OfTallyPart(run, 1, 0, 1));
        var visit = new Visit(new VisitId("V-1"), context.Officers.First().Id, context.Households.First().Key, NodaTime.Instant.FromUtc(2024, 1, 5, 3, 0), VisitKind.Routine, VisitOutcomes.None);
        var bytes = new System.Buffers.ArrayBufferWriter<byte>();
        ActivityPartWire.Write(ActivityLog.Empty with { Visits = [visit] }, [true], bytes);
        var stamp = new BatchStamp(run, 1, 0, 0);
        await grain.Receive(stamp, bytes.WrittenSpan.ToArray());
        await grain.Receive(stamp, bytes.WrittenSpan.ToArray());
        var receipt = await grain.Finish(stamp, new TallyMonth(2024, 1, "Asia/Shanghai"));

        Assert.Equal((1L, 1L, 1L), (receipt.Batches, receipt.Events, receipt.Repeats));
        var month = Assert.Single(OfficerMonthWire.Read(receipt.Months));
        Assert.Equal((visit.Officer, 1, 1, 1), (month.Officer, month.Counts.Visits, month.DistinctHouseholds, month.DueHouseholdsVisited));
    }

    /// <summary>About one event in eight of each kind given again under its id, with another officer (or other parties, or another result), at a random place.</summary>
    internal static ActivityLog WithRepeatedIds(ActivityLog log, OfficerId[] officers, Random random)
    {
        OfficerId Other() => officers[random.Next(officers.Length)];
        List<T> Again<T>(IReadOnlyList<T> events, Func<T, T> copy)
        {
            var result = events.ToList();
            foreach (var e in events.Where(_ => random.Next(8) == 0).ToList())
            {
                result.Insert(random.Next(result.Count + 1), copy(e));
            }

            return result;
        }

        return new ActivityLog(
            Again(log.Visits, v => v with { Officer = Other() }),
            Again(log.FollowUps, c => c with { Result = (FollowUpResult)random.Next(3) }),
            Again(log.Disputes, d => d with { Parties = [.. d.Parties.Reverse()] }),
            Again(log.Mediations, m => m with { Officer = Other() }),
            Again(log.Leads, l => l with { Officer = Other() }),
            Again(log.Apprehensions, a => a with { Officer = Other() }),
            Again(log.Information, i => i with { Officer = Other(), EnteredOn = random.Next(3) == 0 ? null : i.CollectedOn }),
            Again(log.Services, s => s with { Officer = Other() }));
    }
}
