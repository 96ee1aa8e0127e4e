using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Policing.Domain.Activity;
using Policing.Domain.Awards;
using Policing.Domain.Internals;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Population;
using Policing.Domain.Tests.Activity;
using Policing.Domain.Tests.Population;

namespace Policing.Domain.Tests.Internals;

/// <summary>
/// The passes over the log hand their items out in pieces, a core taking the next piece as it finishes one: every item
/// is in exactly one piece, the pieces lie in order, and each piece is run once, whatever the cores.
/// </summary>
public sealed class SchedulerTests
{
    [Property]
    public Property EveryItem_IsInOnePiece_AndEveryPieceRunsOnce_InOrderOfItems()
    {
        var cases = Gen.Choose(0, 5_000).SelectMany(count => Gen.Choose(1, 40).SelectMany(pieces =>
            Gen.Choose(1, 6).Select(cores => (count, pieces, cores))));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var seen = new int[c.count];
            var bounds = new (int Start, int End)[c.pieces];
            var runs = new int[c.pieces];
            Scheduler.ForPieces(c.count, c.pieces, new ParallelOptions { MaxDegreeOfParallelism = c.cores }, (piece, start, end) =>
            {
                Interlocked.Increment(ref runs[piece]);
                bounds[piece] = (start, end);
                for (var i = start; i < end; i++)
                {
                    Interlocked.Increment(ref seen[i]);
                }
            });

            Assert.All(runs, r => Assert.Equal(1, r));
            Assert.All(seen, s => Assert.Equal(1, s));
            Assert.Equal(0, bounds[0].Start);
            Assert.Equal(c.count, bounds[^1].End);
            for (var p = 1; p < c.pieces; p++)
            {
                Assert.Equal(bounds[p - 1].End, bounds[p].Start);
            }
        });
    }

    [Property]
    public Property ForRanges_RunsTheBodyOnceForEveryItem()
    {
        return Prop.ForAll(Gen.Choose(0, 20_000).ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (count, cores) =>
        {
            var seen = new int[count];
            Scheduler.ForRanges(count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i => Interlocked.Increment(ref seen[i]));
            Assert.All(seen, s => Assert.Equal(1, s));
        });
    }

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(15, 2, 1)]
    [InlineData(32, 2, 2)]
    [InlineData(100, 1, 6)]
    [InlineData(1_000, 1, 8)]
    [InlineData(10_000_000, 2, 16)]
    [InlineData(10_000_000, 64, 512)]
    public void Pieces_AreEightACore_NoneUnderSixteenItems(int count, int parts, int expected) =>
        Assert.Equal(expected, Scheduler.Pieces(count, parts));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void EveryMaxDegreeOfParallelism_BelowOne_IsRefused_TheSameWay(int cores)
    {
        var context = ActivityFixture.Context();
        var log = ActivityFixture.Log();
        var register = new Register([], [], [], [], [], [], []);
        var analyzer = new ConsistencyAnalyzer(register);
        var plan = VisitPlan.Build(context, new MonthlyPeriod(new NodaTime.YearMonth(2014, 1)), new Dictionary<Policing.Domain.Population.HouseholdId, NodaTime.LocalDate>());
        Action[] calls =
        [
            () => _ = new Register([], [], [], [], [], [], [], cores),
            () => _ = analyzer.Analyze([], cores),
            () => _ = analyzer.AccumulateParallel([], cores),
            () => _ = analyzer.Complete(analyzer.Empty, cores),
            () => _ = ActivityColumns.Create(context, log, cores),
            () => _ = MonthlyTally.Build(context, log, plan, _ => Rate.NoData, cores),
            () => _ = AwardEvaluator.Evaluate(RuleSets.DezhouFiveStar2014(), [], new NodaTime.YearMonth(2014, 1), cores),
            () => _ = MonthlyAssessment.Run(register, log, new MonthlyPeriod(new NodaTime.YearMonth(2014, 1)), RuleSets.DezhouFiveStar2014(), cores),
        ];
        foreach (var call in calls)
        {
            var refused = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("maxDegreeOfParallelism", refused.ParamName);
            Assert.Equal(cores, refused.ActualValue);
        }
    }

    [Fact]
    public void Register_IsTheSame_OnAnyNumberOfCores()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 70_000, Seed = 4, UnknownHouseRate = 0.05 });
        string Signature(Register r) => string.Join("\n", r.Problems) + $"|{r.Houses.Count}|{r.Households.Count}|{r.Residents.Count}";
        var one = new Register(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, city.Residents, 1);
        var analyzer = new ConsistencyAnalyzer(one);
        var expected = ConsistencyAnalyzerTests.Signature(analyzer.Analyze(one.Residents, 1));
        foreach (var cores in new[] { 2, 3, 64, 1000 })
        {
            var many = new Register(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, city.Residents, cores);
            Assert.Equal(Signature(one), Signature(many));
            Assert.Equal(expected, ConsistencyAnalyzerTests.Signature(new ConsistencyAnalyzer(many).Analyze(many.Residents, cores)));
        }
    }
}
