using Policing.Domain.Activity;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Population;
using Policing.Domain.Tests.Population;

namespace Policing.Domain.Tests.Awards;

public sealed class MonthlyAssessmentTests
{
    [Fact]
    public void Run_GeneratedCity_RewardsThePlantedWinner_AndNotThePlantedFailure_AccountingForEveryone()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 20_000, ResidentsPerBeat = 2_000, Seed = 3 });
        var community = city.Officers.Where(o => o.Role == OfficerRole.Community).OrderBy(o => o.Id).ToArray();
        var (winner, failure) = (community[0].Id, community[^1].Id);
        var activity = ActivityGenerator.Generate(city, AwardFixture.January, new ActivityOptions
        {
            Seed = 3,
            Profiles = new Dictionary<OfficerId, OfficerProfile> { [winner] = OfficerProfile.ClearWinner, [failure] = OfficerProfile.ClearFailure },
        });
        var register = Registers.Of(city);

        var month = MonthlyAssessment.Run(register, activity.Log, activity.Period, RuleSets.DezhouFiveStar2014());

        Assert.Equal(20_000, month.Consistency.Residents);
        Assert.Empty(month.Validation.Rejections);
        Assert.Equal(city.Officers.Select(o => o.Id).Order(), month.Tallies.Select(t => t.Officer));
        Assert.Equal(city.Officers.Count, month.Outcome.Officers.Count);
        Assert.NotEmpty(month.Outcome.Of(winner)!.Stars);
        Assert.Empty(month.Outcome.Of(failure)!.Stars);
        Assert.Contains(month.Outcome.UnderVisitQuota, s => s.Officer == failure);
        Assert.True(month.Plan.Count > 0);
    }

    [Fact]
    public void Run_RefusesNulls_AndARuleSetNotInForce()
    {
        var register = new Register([], [], [], [], [], [], []);
        var period = new Policing.Domain.Metrics.MonthlyPeriod(AwardFixture.January);
        var rules = RuleSets.DezhouFiveStar2014();
        Assert.Throws<ArgumentNullException>(() => MonthlyAssessment.Run(null!, ActivityLog.Empty, period, rules));
        Assert.Throws<ArgumentNullException>(() => MonthlyAssessment.Run(register, null!, period, rules));
        Assert.Throws<ArgumentNullException>(() => MonthlyAssessment.Run(register, ActivityLog.Empty, period, null!));
        Assert.Throws<RuleSetException>(() => MonthlyAssessment.Run(register, ActivityLog.Empty, new Policing.Domain.Metrics.MonthlyPeriod(new NodaTime.YearMonth(2000, 1)), rules));
    }
}
