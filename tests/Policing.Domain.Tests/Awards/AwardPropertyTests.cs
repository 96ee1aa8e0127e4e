using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using static Policing.Domain.Tests.Awards.AwardFixture;

namespace Policing.Domain.Tests.Awards;

/// <summary>The laws of evaluation and selection, on generated months of many officers, for both built-in rule sets.</summary>
public sealed class AwardPropertyTests
{
    private static readonly RuleSet[] Rules = [RuleSets.DezhouFiveStar2014(), RuleSets.DezhouFiveStar2014(applyEligibilityGate: true), RuleSets.DongpingSatisfaction()];

    private static readonly TallyMetric[] CountMetrics = [.. TallyMetrics.All.Where(m => TallyMetrics.KindOf(m) == TallyMetricKind.Count && m is not (TallyMetric.FollowUps or TallyMetric.Leads))];

    /// <summary>One officer's month, with counts around the Dezhou thresholds so that every outcome occurs.</summary>
    private static Gen<OfficerMonth> Month(int index) => Shape.Select(shape => shape($"P{index:D3}"));

    /// <summary>A month without its officer id, so that a list of them can be given distinct ids.</summary>
    private static readonly Gen<Func<string, OfficerMonth>> Shape =
        from role in Gen.Frequency((8, Gen.Constant(OfficerRole.Community)), (1, Gen.Constant(OfficerRole.Auxiliary)), (1, Gen.Constant(OfficerRole.Business)))
        from visits in Gen.Choose(30, 100)
        from due in Gen.Choose(0, 20)
        from dueMissed in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 3)))
        from satisfied in Gen.Choose(0, 30)
        from dissatisfied in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 2)))
        from mediations in Gen.Choose(0, 5)
        from failed in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 1)))
        from leads in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 2)))
        from information in Gen.Choose(0, 14)
        from recognised in Gen.Choose(0, 5)
        from priority in Gen.Choose(0, 8)
        from inconsistent in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 2)))
        select (Func<string, OfficerMonth>)(id => Idle(id, role) with
        {
            Visits = visits,
            DueHouseholds = due,
            DueHouseholdsVisited = Math.Max(0, due - dueMissed),
            FollowUpsSatisfied = satisfied,
            FollowUpsDissatisfied = dissatisfied,
            Mediations = mediations,
            MediationsResolved = Math.Max(0, mediations - failed),
            MediationsAllPartiesSatisfied = Math.Max(0, mediations - failed),
            LeadsNarcotics = leads,
            InformationItems = information,
            Services = recognised + 1,
            RecognisedServices = recognised,
            PriorityVisits = priority,
            PersonIdConsistency = Rate.Of(100 - inconsistent, 100),
        });

    private static readonly Arbitrary<OfficerMonth[]> Months = Gen.Choose(0, 40)
        .SelectMany(n => Gen.ListOf(Shape, n))
        .Select(shapes => shapes.Select((shape, i) => shape($"P{i:D3}")).ToArray())
        .ToArbitrary();

    private static Property ForAll(Action<RuleSet, OfficerMonth[]> law) =>
        Prop.ForAll(Months, months =>
        {
            foreach (var rules in Rules)
            {
                law(rules, months);
            }
        });

    [Property]
    public Property EveryOfficerAppearsExactlyOnce_AndEveryStarAndPlaceIsAccountedFor()
    {
        return ForAll((rules, months) =>
        {
            var outcome = AwardEvaluator.Evaluate(rules, months, January);
            Assert.Equal(months.Select(m => m.Officer).Order(), outcome.Officers.Select(o => o.Officer));
            foreach (var officer in outcome.Officers)
            {
                Assert.Equal(officer.Stars.Count > 0, officer.Status == OfficerStatus.Starred);
                Assert.Equal(officer.Categories.Count(c => c.Qualified), officer.Stars.Count + officer.NotSelected.Count);
            }

            // Every qualification is either a star or a place not given, with its reason.
            Assert.Equal(outcome.Officers.Sum(o => o.Categories.Count(c => c.Qualified)), outcome.Stars.Count + outcome.QualifiedNotSelected.Count);
        });
    }

    [Property]
    public Property TheVerdictsOfSelection_AgreeWithTheExplainedTrees()
    {
        // Selection judges without trees; the trees are built when read. Both must say the same.
        return ForAll((rules, months) =>
        {
            foreach (var officer in AwardEvaluator.Evaluate(rules, months, January).Officers)
            {
                foreach (var category in officer.Categories)
                {
                    Assert.Equal(category.Eligible && (category.Gate?.Passed ?? true) && category.Criterion.Passed, category.Qualified);
                    Assert.Equal(category.Criterion.Passed ? category.Criterion.Margin : 0m, category.Margin);
                }
            }
        });
    }

    [Property]
    public Property NoQuotaIsEverExceeded()
    {
        return ForAll((rules, months) =>
        {
            var outcome = AwardEvaluator.Evaluate(rules, months, January);
            Assert.True(outcome.Stars.Count <= rules.QuotaPerMonth);
            foreach (var category in rules.Categories)
            {
                Assert.True(outcome.Stars.Count(s => s.Category == category) <= category.Quota);
            }

            Assert.All(outcome.Stars.GroupBy(s => s.Officer), g => Assert.True(g.Count() <= rules.StarsPerOfficer));
            Assert.All(outcome.Stars, s => Assert.Contains(outcome.Of(s.Officer)!.Month.Role, s.Category.EligibleRoles));
        });
    }

    [Property]
    public Property ShufflingTheInput_NeverChangesTheOutcome()
    {
        return Prop.ForAll(Months, Gen.Choose(0, int.MaxValue).ToArbitrary(), (months, seed) =>
        {
            var shuffled = months.ToArray();
            new Random(seed).Shuffle(shuffled);
            foreach (var rules in Rules)
            {
                var a = AwardEvaluator.Evaluate(rules, months, January);
                var b = AwardEvaluator.Evaluate(rules, shuffled, January);
                Assert.Equal(a.Stars, b.Stars);
                Assert.Equal(a.QualifiedNotSelected, b.QualifiedNotSelected);
                Assert.Equal(a.UnderVisitQuota, b.UnderVisitQuota);
                Assert.Equal(a.Officers.Select(o => o.Status), b.Officers.Select(o => o.Status));
            }
        });
    }

    [Property]
    public Property RaisingAnyCount_NeverTurnsAQualificationIntoAFailure_ForAtLeastCriteria()
    {
        // Every criterion of the Dezhou rules is "at least"; raising a count can lower a rate only through its
        // denominator, so the law is stated for the counts that are not denominators of a rate.
        var numerators = CountMetrics.Where(m => m is not (TallyMetric.DueHouseholds or TallyMetric.Mediations or TallyMetric.FollowUpsDissatisfied or TallyMetric.InformationItems or TallyMetric.MediationsEscalated)).ToArray();
        var rules = RuleSets.DezhouFiveStar2014(applyEligibilityGate: true);
        return Prop.ForAll(Month(0).ToArbitrary(), Gen.Elements(numerators).ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (month, metric, by) =>
        {
            var raised = Raise(month, metric, by);
            var before = AwardEvaluator.Evaluate(rules, [month], January).Officers.Single().Categories;
            var after = AwardEvaluator.Evaluate(rules, [raised], January).Officers.Single().Categories;
            for (var c = 0; c < before.Count; c++)
            {
                Assert.True(!before[c].Qualified || after[c].Qualified, $"raising {metric} by {by} lost {before[c].Category.Id}");
            }
        });
    }

    [Property]
    public Property AMetricCriterion_IsMonotoneInItsOwnMetric()
    {
        // For one at-least count criterion alone the law holds for every count metric, denominators included.
        var steps = from threshold in Gen.Choose(0, 40) from raise in Gen.Choose(1, 40) select (threshold, raise);
        return Prop.ForAll(Month(0).ToArbitrary(), Gen.Elements(CountMetrics).ToArbitrary(), steps.ToArbitrary(), (month, metric, step) =>
        {
            var (threshold, by) = step;
            var category = new StarCategory("one", "一", "One", MetricCriterion.AtLeast(metric, threshold), 1, [OfficerRole.Community, OfficerRole.Auxiliary, OfficerRole.Business]);
            var rules = new RuleSet("one", "One", January, null, null, [category], 1, 1, [], 0);
            var before = AwardEvaluator.Evaluate(rules, [month], January).Officers.Single().Categories.Single();
            var after = AwardEvaluator.Evaluate(rules, [Raise(month, metric, by)], January).Officers.Single().Categories.Single();
            Assert.True(!before.Qualified || after.Qualified);
            Assert.Equal(month.GetCount(metric) >= threshold, before.Qualified);
        });
    }

    [Property]
    public Property JsonRoundTrip_GivesAnEqualRuleSet_AndTheSameOutcome()
    {
        return ForAll((rules, months) =>
        {
            var json = RuleSetJson.Write(rules);
            var read = RuleSetJson.Read(json);
            Assert.Equal(rules, read);
            Assert.Equal(json, RuleSetJson.Write(read));
            Assert.Equal(AwardEvaluator.Evaluate(rules, months, January).Stars, AwardEvaluator.Evaluate(read, months, January).Stars);
        });
    }

    private static OfficerMonth Raise(OfficerMonth m, TallyMetric metric, int by) => metric switch
    {
        TallyMetric.Visits => m with { Visits = m.Visits + by },
        TallyMetric.DistinctHouseholdsVisited => m with { DistinctHouseholdsVisited = m.DistinctHouseholdsVisited + by },
        TallyMetric.DueHouseholds => m with { DueHouseholds = m.DueHouseholds + by },
        TallyMetric.DueHouseholdsVisited => m with { DueHouseholdsVisited = Math.Min(m.DueHouseholds, m.DueHouseholdsVisited + by) },
        TallyMetric.PriorityVisits => m with { PriorityVisits = m.PriorityVisits + by },
        TallyMetric.FollowUpsSatisfied => m with { FollowUpsSatisfied = m.FollowUpsSatisfied + by },
        TallyMetric.FollowUpsDissatisfied => m with { FollowUpsDissatisfied = m.FollowUpsDissatisfied + by },
        TallyMetric.FollowUpsUnreachable => m with { FollowUpsUnreachable = m.FollowUpsUnreachable + by },
        TallyMetric.Mediations => m with { Mediations = m.Mediations + by },
        TallyMetric.MediationsResolved => m with { MediationsResolved = Math.Min(m.Mediations, m.MediationsResolved + by) },
        TallyMetric.MediationsEscalated => m with { MediationsEscalated = m.MediationsEscalated + by },
        TallyMetric.MediationsAllPartiesSatisfied => m with { MediationsAllPartiesSatisfied = Math.Min(m.Mediations, m.MediationsAllPartiesSatisfied + by) },
        TallyMetric.LeadsCriminal => m with { LeadsCriminal = m.LeadsCriminal + by },
        TallyMetric.LeadsPublicOrder => m with { LeadsPublicOrder = m.LeadsPublicOrder + by },
        TallyMetric.LeadsNarcotics => m with { LeadsNarcotics = m.LeadsNarcotics + by },
        TallyMetric.LeadsEconomic => m with { LeadsEconomic = m.LeadsEconomic + by },
        TallyMetric.SuspectsCaught => m with { SuspectsCaught = m.SuspectsCaught + by },
        TallyMetric.FugitivesCaught => m with { FugitivesCaught = m.FugitivesCaught + by },
        TallyMetric.InformationItems => m with { InformationItems = m.InformationItems + by },
        TallyMetric.InformationItemsEnteredSameDay => m with { InformationItemsEnteredSameDay = Math.Min(m.InformationItems, m.InformationItemsEnteredSameDay + by) },
        TallyMetric.Services => m with { Services = m.Services + by },
        TallyMetric.RecognisedServices => m with { RecognisedServices = m.RecognisedServices + by, Services = m.Services + by },
        TallyMetric.ServicesAtHome => m with { ServicesAtHome = Math.Min(m.Services, m.ServicesAtHome + by) },
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a raisable count"),
    };
}
