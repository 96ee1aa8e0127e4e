using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Population;
using static Policing.Domain.Tests.Activity.ActivityFixture;

using Policing.Domain.Tests.Population;

namespace Policing.Domain.Tests.Activity;

public sealed class TallyTests
{
    private static readonly MonthlyPeriod January = new(new YearMonth(2014, 1));

    [Fact]
    public void VisitPlan_DueWhenNeverOrLongAgoVisited_OrInAMustVisitGroup()
    {
        var lastVisits = new Dictionary<HouseholdId, LocalDate>
        {
            [F1] = new LocalDate(2013, 2, 1),
            [F2] = new LocalDate(2013, 12, 20),
        };

        var plan = VisitPlan.Build(Context(), January, lastVisits);

        Assert.False(plan.IsDue(F1, new BeatId("B1")));
        Assert.True(plan.IsDue(F2, new BeatId("B2")));
        Assert.True(plan.IsDue(F3, new BeatId("B1")));
        Assert.Equal(2, plan.Count);
        var stale = VisitPlan.Build(Context(), January, new Dictionary<HouseholdId, LocalDate> { [F1] = new LocalDate(2012, 12, 31) });
        Assert.True(stale.IsDue(F1, new BeatId("B1")));
        Assert.Throws<ArgumentOutOfRangeException>(() => VisitPlan.Build(Context(), January, lastVisits, 0));
    }

    [Fact]
    public void Tally_WorkedExample_GivesEveryFigure()
    {
        var dispute = new Dispute(new DisputeId("D1"), new BeatId("B1"), DisputeKind.Neighbour, At(3), [P1, P3]);
        var log = Log(
            visits:
            [
                new Visit(new VisitId("V1"), C1, F1, At(2), VisitKind.Routine, VisitOutcomes.Information),
                new Visit(new VisitId("V2"), C1, F1, At(9), VisitKind.Routine, VisitOutcomes.Prevention),
                new Visit(new VisitId("V3"), C1, F2, At(31, 23), VisitKind.Priority, VisitOutcomes.Assistance),
                new Visit(new VisitId("V4"), C1, F3, Instant.FromUtc(2014, 1, 31, 16, 0), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V5"), A1, F3, At(5), VisitKind.Routine, VisitOutcomes.None),
            ],
            followUps:
            [
                new FollowUpCall(new CallId("T1"), FollowUpSubject.Visit, "V1", P1, At(3), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T2"), FollowUpSubject.Visit, "V3", P2, Instant.FromUtc(2014, 2, 2, 2, 0), FollowUpResult.Dissatisfied),
                new FollowUpCall(new CallId("T3"), FollowUpSubject.Visit, "V2", P1, At(10), FollowUpResult.Unreachable),
                new FollowUpCall(new CallId("T4"), FollowUpSubject.Mediation, "M1", P1, At(5), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T5"), FollowUpSubject.Mediation, "M1", P3, At(5), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T6"), FollowUpSubject.Mediation, "M2", P1, At(6), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T7"), FollowUpSubject.Registration, "F1", P1, At(6), FollowUpResult.Dissatisfied),
            ],
            disputes: [dispute],
            mediations:
            [
                new Mediation(new MediationId("M1"), dispute.Id, C1, At(4), MediationMode.OnSite, MediationOutcome.Resolved),
                new Mediation(new MediationId("M2"), dispute.Id, C1, At(5), MediationMode.Home, MediationOutcome.Escalated),
            ],
            leads: [new CaseLead(new LeadId("L1"), C1, At(7), CaseKind.Narcotics)],
            apprehensions: [new Apprehension(new ApprehensionId("A1"), C1, At(8), ApprehensionKind.Fugitive)],
            information:
            [
                new InformationItem(new InformationItemId("I1"), C1, InformationKind.RentalHouse, new LocalDate(2014, 1, 5), new LocalDate(2014, 1, 5)),
                new InformationItem(new InformationItemId("I2"), C1, InformationKind.FloatingPopulation, new LocalDate(2014, 1, 30), new LocalDate(2014, 2, 2)),
                new InformationItem(new InformationItemId("I3"), C1, InformationKind.Other, new LocalDate(2014, 1, 30), null),
                new InformationItem(new InformationItemId("I4"), C1, InformationKind.Other, new LocalDate(2014, 2, 1), null),
            ],
            services:
            [
                new ServiceRecord(new ServiceId("S1"), C1, At(10), "id_card", ServicePlace.Home, Recognition.Pennant),
                new ServiceRecord(new ServiceId("S2"), C1, At(11), "hukou", ServicePlace.Office, Recognition.None),
            ]);
        var context = Context();
        var plan = VisitPlan.Build(context, January, new Dictionary<HouseholdId, LocalDate>());
        var consistency = new Dictionary<BeatId, Rate> { [new BeatId("B1")] = Rate.Of(9, 10), [new BeatId("B2")] = Rate.Of(5, 5) };

        var months = MonthlyTally.Build(context, ActivityValidator.Validate(log, context).Accepted, plan, b => consistency.GetValueOrDefault(b));
        var c1 = months.Single(m => m.Officer == C1);

        Assert.Equal([A1, C1, C2], months.Select(m => m.Officer));
        Assert.Equal(3, c1.Visits);
        Assert.Equal(2, c1.DistinctHouseholdsVisited);
        Assert.Equal(3, c1.DueHouseholds);
        Assert.Equal(2, c1.DueHouseholdsVisited);
        Assert.Equal(Rate.Of(2, 3), c1.VisitRate);
        Assert.Equal(1, c1.PriorityVisits);
        Assert.Equal((4, 1, 1), (c1.FollowUpsSatisfied, c1.FollowUpsDissatisfied, c1.FollowUpsUnreachable));
        Assert.Equal(Rate.Of(4, 5), c1.SatisfactionRate);
        Assert.Equal((2, 1, 1, 1), (c1.Mediations, c1.MediationsResolved, c1.MediationsEscalated, c1.MediationsAllPartiesSatisfied));
        Assert.Equal(Rate.Of(1, 2), c1.MediationSuccessRate);
        Assert.Equal((1, 1, 0, 1), (c1.Leads, c1.LeadsNarcotics, c1.SuspectsCaught, c1.FugitivesCaught));
        Assert.Equal((3, 1, 1, 3L, 3), (c1.InformationItems, c1.InformationItemsEnteredSameDay, c1.InformationItemsNotEntered, c1.InformationEntryDelayDays, c1.InformationMaxEntryDelayDays));
        Assert.Equal((2, 1, 1), (c1.Services, c1.RecognisedServices, c1.ServicesAtHome));
        Assert.Equal(Rate.Of(14, 15), c1.PersonIdConsistency);
        var auxiliary = months.Single(m => m.Officer == A1);
        Assert.Equal((OfficerRole.Auxiliary, 1), (auxiliary.Role, auxiliary.Visits));
        Assert.Equal(Rate.NoData, months.Single(m => m.Officer == C2).SatisfactionRate);
    }

    [Property]
    public Property Merge_IsAMonoid_AndAnySplitInAnyOrderGivesTheWholeTally()
    {
        var (context, generated, plan) = GeneratedMonth(1_500, 4);
        var log = generated.Log;
        var whole = TallyAccumulator.Of(log, January).Finish(context, plan, _ => Rate.NoData);
        var splits = (from parts in Gen.Choose(1, 5)
                      from seed in Gen.Choose(0, 10_000)
                      select (Parts: parts, Seed: seed)).ToArbitrary();

        return Prop.ForAll(splits, split =>
        {
            var random = new Random(split.Seed);
            var slices = Split(log, split.Parts, random).Select(part => TallyAccumulator.Of(part, January)).ToList();
            var shuffled = slices.OrderBy(_ => random.Next()).ToList();
            var left = shuffled.Aggregate(TallyAccumulator.Empty(January), (a, b) => a.Merge(b));
            var right = shuffled.AsEnumerable().Reverse().Aggregate(TallyAccumulator.Empty(January), (a, b) => b.Merge(a));
            return left.Finish(context, plan, _ => Rate.NoData).SequenceEqual(whole)
                && right.Finish(context, plan, _ => Rate.NoData).SequenceEqual(whole);
        });
    }

    [Fact]
    public void Merge_EmptyIsIdentity_AndOtherMonthsAreRefused()
    {
        var (context, generated, plan) = GeneratedMonth(500, 5);
        var tally = TallyAccumulator.Of(generated.Log, January);

        Assert.Equal(tally.Finish(context, plan, _ => Rate.NoData), tally.Merge(TallyAccumulator.Empty(January)).Finish(context, plan, _ => Rate.NoData));
        Assert.Equal(tally.Finish(context, plan, _ => Rate.NoData), TallyAccumulator.Empty(January).Merge(tally).Finish(context, plan, _ => Rate.NoData));
        Assert.Throws<ArgumentException>(() => tally.Merge(TallyAccumulator.Empty(new MonthlyPeriod(new YearMonth(2014, 2)))));
    }

    [Property]
    public Property Build_OnAnyNumberOfCores_EqualsTheMonoidsOnePass_EvenOnUnvalidatedEvents()
    {
        // The fast build and the mergeable tally are two ways to the same figures; they must never disagree, whatever
        // the split into parts, and whatever strays into an unvalidated log.
        var (context, generated, plan) = GeneratedMonth(3_000, 6);
        var stray = generated.Log with
        {
            Visits =
            [
                .. generated.Log.Visits,
                new Visit(new VisitId("X1"), generated.Log.Visits[0].Officer, new HouseholdId("nowhere"), At(4), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("X2"), generated.Log.Visits[0].Officer, new HouseholdId("nowhere"), At(5), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("X3"), new OfficerId("stranger"), generated.Log.Visits[0].Household, At(5), VisitKind.Priority, VisitOutcomes.None),
            ],
            FollowUps =
            [
                .. generated.Log.FollowUps,
                new FollowUpCall(new CallId("Y1"), FollowUpSubject.Visit, "X1", null, At(6), FollowUpResult.Dissatisfied),
                new FollowUpCall(new CallId("Y2"), FollowUpSubject.Visit, "X3", null, At(6), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y3"), FollowUpSubject.Service, "no-such-service", null, At(6), FollowUpResult.Satisfied),
            ],
        };
        var expected = TallyAccumulator.Of(stray, January).Finish(context, plan, b => Rate.Of(b.Value.Length, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyTally.Build(context, stray, plan, _ => Rate.NoData, 0));
        return Prop.ForAll(Gen.Choose(1, 9).ToArbitrary(), parts =>
            Assert.Equal(expected, MonthlyTally.Build(context, stray, plan, b => Rate.Of(b.Value.Length, 10), parts)));
    }

    [Property]
    public Property Build_EqualsTheMonoid_OnGeneratedMonthsOfEverySeed()
    {
        return Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (seed, parts) =>
        {
            var (context, generated, plan) = GeneratedMonth(600, seed);
            Assert.Equal(
                TallyAccumulator.Of(generated.Log, January).Finish(context, plan, _ => Rate.NoData),
                MonthlyTally.Build(context, generated.Log, plan, _ => Rate.NoData, parts));
        });
    }

    [Property]
    public Property Build_OfAnEmptyLog_GivesEveryOfficerTheEmptyTally_OnAnyNumberOfCores()
    {
        // No event of any kind: every pass runs over no items, and every officer still has a month, with nothing in it
        // but the due households of the plan and the consistency of the beats.
        var (context, _, plan) = GeneratedMonth(600, 3);
        var expected = TallyAccumulator.Of(ActivityLog.Empty, January).Finish(context, plan, _ => Rate.FromPercent(100));
        Assert.Equal(context.Officers.Count(), expected.Count);
        Assert.All(expected, m => Assert.Equal((0, 0, 0, 0, 0), (m.Visits, m.FollowUpsSatisfied, m.Mediations, m.InformationItems, m.Services)));
        return Prop.ForAll(Gen.Choose(1, 6).ToArbitrary(), parts =>
            Assert.Equal(expected, MonthlyTally.Build(context, ActivityLog.Empty, plan, _ => Rate.FromPercent(100), parts)));
    }

    [Property]
    public Property Build_MatchesCalledPersonsWithParties_WhateverTheLengthOfTheirIds()
    {
        // The tally straight from a log matches the persons called about a mediation with the parties by packed id, and
        // ids too long to pack (a real identity number is eighteen characters) by their strings: the id of every person
        // whose id ends in an even character is lengthened here, in a fresh string at each appearance.
        return Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (seed, parts) =>
        {
            var (context, generated, plan) = GeneratedMonth(600, seed);
            var log = WithLengthenedPersonIds(generated.Log);
            Assert.Equal(
                TallyAccumulator.Of(log, January).Finish(context, plan, _ => Rate.NoData),
                MonthlyTally.Build(context, log, plan, _ => Rate.NoData, parts));
        });
    }

    [Fact]
    public void LengthenedPersonIds_StillGiveMediationsWithAllPartiesSatisfied()
    {
        // The property above tries the matching only if the generated months have mediations whose every party said
        // they were satisfied, among them parties with lengthened ids: here, in the first seeds, both paths find some.
        var matched = 0;
        var lengthened = 0;
        foreach (var seed in Enumerable.Range(1, 5))
        {
            var (context, generated, plan) = GeneratedMonth(600, seed);
            var log = WithLengthenedPersonIds(generated.Log);
            var months = MonthlyTally.Build(context, log, plan, _ => Rate.NoData, 2);
            Assert.Equal(TallyAccumulator.Of(log, January).Finish(context, plan, _ => Rate.NoData), months);
            matched += months.Sum(m => m.MediationsAllPartiesSatisfied);
            lengthened += log.Disputes.SelectMany(d => d.Parties).Count(p => p.Value.Length > 18);
        }

        Assert.True(matched > 0, "No mediation had all its parties satisfied: the matching went untried.");
        Assert.True(lengthened > 0, "No party had a lengthened id: the matching by string went untried.");
    }

    private static ActivityLog WithLengthenedPersonIds(ActivityLog log)
    {
        static PersonId Lengthen(PersonId person) => person.Value[^1] % 2 == 0
            ? new PersonId(string.Concat(person.Value, "-370102199001011234"))
            : person;
        return log with
        {
            Disputes = [.. log.Disputes.Select(d => d with { Parties = [.. d.Parties.Select(Lengthen)] })],
            FollowUps = [.. log.FollowUps.Select(f => f with { Person = f.Person is { } person ? Lengthen(person) : null })],
        };
    }

    [Fact]
    public void Generator_IsValidDeterministic_AndProfilesDecideTheFigures()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 4_000, ResidentsPerBeat = 1_000, Seed = 8 });
        var winner = city.Beats[0].ResponsibleOfficer!.Value;
        var failure = city.Beats[1].ResponsibleOfficer!.Value;
        var options = new ActivityOptions { Profiles = new Dictionary<OfficerId, OfficerProfile> { [winner] = OfficerProfile.ClearWinner, [failure] = OfficerProfile.ClearFailure } };
        var generated = ActivityGenerator.Generate(city, January.Month, options);
        var again = ActivityGenerator.Generate(city, January.Month, options);
        var context = new ActivityContext(Registers.Of(city));
        var validation = ActivityValidator.Validate(generated.Log, context);

        Assert.Empty(validation.Rejections);
        Assert.Equal(generated.Log.Visits, again.Log.Visits);
        Assert.True(validation.CreditedToAuxiliaries > 0);
        var plan = VisitPlan.Build(context, January, generated.LastVisits);
        var months = MonthlyTally.Build(context, validation.Accepted, plan, _ => Rate.FromPercent(100)).ToDictionary(m => m.Officer);
        var w = months[winner];
        Assert.True(w.Visits >= 80 && w.VisitRate.IsComplete && w.SatisfactionRate.IsComplete);
        Assert.True(w.Mediations >= 3 && w.MediationSuccessRate.IsComplete && w.MediationsAllPartiesSatisfied == w.Mediations);
        Assert.True(w.Leads >= 1 && w.InformationItems >= 10 && w.RecognisedServices >= 3);
        var f = months[failure];
        Assert.True(f.Visits < 50 && !f.SatisfactionRate.IsComplete && f.Leads == 0 && f.RecognisedServices == 0 && f.InformationItems < 10);
        Assert.InRange(months.Values.Where(m => m.Role == OfficerRole.Community).Average(m => m.Visits), 50, 130);
    }

    internal static (ActivityContext Context, GeneratedActivity Generated, VisitPlan Plan) GeneratedMonth(int residents, int seed)
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = residents, ResidentsPerBeat = 300, Seed = seed });
        var generated = ActivityGenerator.Generate(city, January.Month, new ActivityOptions { Seed = seed });
        var context = new ActivityContext(Registers.Of(city));
        return (context, generated, VisitPlan.Build(context, January, generated.LastVisits));
    }

    private static IEnumerable<ActivityLog> Split(ActivityLog log, int parts, Random random)
    {
        List<T>[] Deal<T>(IReadOnlyList<T> items)
        {
            var piles = Enumerable.Range(0, parts).Select(_ => new List<T>()).ToArray();
            foreach (var item in items)
            {
                piles[random.Next(parts)].Add(item);
            }

            return piles;
        }

        var v = Deal(log.Visits);
        var f = Deal(log.FollowUps);
        var d = Deal(log.Disputes);
        var m = Deal(log.Mediations);
        var l = Deal(log.Leads);
        var a = Deal(log.Apprehensions);
        var i = Deal(log.Information);
        var s = Deal(log.Services);
        return Enumerable.Range(0, parts).Select(p => new ActivityLog(v[p], f[p], d[p], m[p], l[p], a[p], i[p], s[p]));
    }
}
