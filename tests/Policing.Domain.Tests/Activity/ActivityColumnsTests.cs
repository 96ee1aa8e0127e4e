using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using static Policing.Domain.Tests.Activity.ActivityFixture;

namespace Policing.Domain.Tests.Activity;

public sealed class ActivityColumnsTests
{
    private static readonly MonthlyPeriod January = new(new YearMonth(2014, 1));

    [Property]
    public Property BuildOverColumns_EqualsTheMonoid_OnGeneratedMonthsOfEverySeedAndAnyCores()
    {
        return Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (seed, createParts, buildParts) =>
        {
            var (context, generated, plan) = TallyTests.GeneratedMonth(600, seed);
            var columns = ActivityColumns.Create(context, generated.Log, createParts);
            Assert.Equal(
                TallyAccumulator.Of(generated.Log, January).Finish(context, plan, b => Rate.Of(b.Value.Length % 7, 7)),
                MonthlyTally.Build(context, columns, plan, b => Rate.Of(b.Value.Length % 7, 7), buildParts));
        });
    }

    [Property]
    public Property Columns_RoundTripWhatTheTallyReads_OnGeneratedMonthsOfEverySeed()
    {
        return Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (seed, parts) =>
        {
            var (context, generated, _) = TallyTests.GeneratedMonth(400, seed);
            var log = WithStrays(generated.Log, seed);
            AssertRoundTrip(context, log, ActivityColumns.Create(context, log, parts));
        });
    }

    [Fact]
    public void OneContext_ServesManyLogs_InTurnAndAtOnce()
    {
        // The register is numbered once per context, and the scratch arrays come from a pool that each log's build
        // takes dirty from the last: logs put into columns in turn, then at once, each round-trip alone.
        var (context, generated, _) = TallyTests.GeneratedMonth(400, 7);
        var logs = Enumerable.Range(1, 6).Select(seed => WithStrays(generated.Log, seed)).ToList();
        foreach (var log in logs)
        {
            AssertRoundTrip(context, log, ActivityColumns.Create(context, log, 2));
        }

        var fresh = TallyTests.GeneratedMonth(400, 7).Context;
        Parallel.ForEach(logs, log => AssertRoundTrip(fresh, log, ActivityColumns.Create(fresh, log, 2)));
        Assert.Same(context.NumberingFor(1), context.NumberingFor(2));
        Assert.Equal(ActivityColumns.Create(context, logs[0]).Households, ActivityColumns.Create(fresh, logs[0]).Households);
    }

    [Fact]
    public void PooledColumns_RoundTrip_WhenThePoolHandsBackDirtyArrays()
    {
        // The tally straight from a log borrows its largest columns from the shared pool and gives them back: each
        // build must write every place it reads, whatever an earlier build (or anyone) left in the arrays.
        var (context, generated, plan) = TallyTests.GeneratedMonth(400, 11);
        var logs = Enumerable.Range(1, 4).Select(seed => WithStrays(generated.Log, seed)).ToList();
        foreach (var log in logs.Concat(logs))
        {
            foreach (var length in new[] { log.Visits.Count, log.FollowUps.Count, log.Services.Count, log.Mediations.Count, log.Information.Count })
            {
                Poison(length, 0x5A5A5A5A);
                Poison(length, 0x5A5A5A5A5A5A5A5AL);
            }

            var columns = ActivityColumns.CreatePooled(context, log, 2, everyPerson: true);
            AssertRoundTrip(context, log, columns);
            Assert.Equal(ActivityColumns.Create(context, log).Persons, columns.Persons);
            columns.ReturnPooled();

            var forTally = ActivityColumns.CreatePooled(context, log, 2);
            AssertPersonsOfATally(log, forTally);
            forTally.ReturnPooled();

            // The tally's own scratch arrays, by officer, mediation and call, come from the pool too.
            foreach (var length in new[] { context.Officers.Count(), log.Mediations.Count, log.FollowUps.Count })
            {
                Poison(length, 0x5A5A5A5A);
                Poison(length, 0x5A5A5A5A5A5A5A5AL);
                Poison(length, true);
                Poison(length, (0x5A5A5A5A, 0x5A5A5A5A, 0x5A5A5A5A));
            }

            Assert.Equal(TallyAccumulator.Of(log, January).Finish(context, plan, _ => Rate.NoData), MonthlyTally.Build(context, log, plan, _ => Rate.NoData, 2));
        }

        static void Poison<T>(int length, T value)
        {
            var array = System.Buffers.ArrayPool<T>.Shared.Rent(length);
            array.AsSpan().Fill(value);
            System.Buffers.ArrayPool<T>.Shared.Return(array);
        }
    }

    [Fact]
    public void VisitHouseholds_AreFound_OwnedByTheVisitorOrNot_AndThoseTheRegisterLacksNumberedAfterIt()
    {
        // A household is looked for among its visiting officer's own, then in the whole register: visits to another
        // officer's household, to one whose beat has no officer, by an officer not on the register or without a beat,
        // and to an id too long to pack all find theirs; households the register lacks follow its own, in order of first
        // appearance.
        var (c1, c2, b1, b2, b3) = (new OfficerId("C1"), new OfficerId("C2"), new BeatId("B1"), new BeatId("B2"), new BeatId("B3"));
        var (f1, f2, f3, longId) = (new HouseholdId("F1"), new HouseholdId("F2"), new HouseholdId("F3"), new HouseholdId("HOUSEHOLD-0000000000001"));
        var c3 = new OfficerId("C3");
        var context = new ActivityContext(new Register(
            [],
            [],
            [new Officer(c1, "一", new StationId("S1"), OfficerRole.Community), new Officer(c2, "二", new StationId("S1"), OfficerRole.Community), new Officer(c3, "三", new StationId("S1"), OfficerRole.Community)],
            [new Beat(b1, new OfficeId("W1"), "一", c1), new Beat(b2, new OfficeId("W1"), "二", c2), new Beat(b3, new OfficeId("W1"), "三", null)],
            [new House(new HouseId("H1"), b1, string.Empty, HouseKind.Owner), new House(new HouseId("H2"), b2, string.Empty, HouseKind.Owner), new House(new HouseId("H3"), b3, string.Empty, HouseKind.Owner)],
            [new Household(f1, new HouseId("H1")), new Household(longId, new HouseId("H1")), new Household(f2, new HouseId("H2")), new Household(f3, new HouseId("H3"))],
            []));
        var (nowhere, longNowhere) = (new HouseholdId("nowhere"), new HouseholdId("a-household-the-register-lacks"));
        (OfficerId Officer, HouseholdId Household)[] visited =
        [
            (c1, f1), (c1, longId), (c1, f2), (c2, f1), (c2, f2), (new OfficerId("stranger"), f1), (c1, f3), (c1, nowhere),
            (c2, longNowhere), (c1, nowhere), (c2, longId), (new OfficerId("stranger"), nowhere), (c1, default), (c3, f1), (c3, longId),
        ];
        var log = Log(visits: [.. visited.Select((v, i) => new Visit(new VisitId($"V{i}"), v.Officer, v.Household, At(2 + i), VisitKind.Routine, VisitOutcomes.None))]);
        for (var parts = 1; parts <= 3; parts++)
        {
            var columns = ActivityColumns.Create(context, log, parts);
            AssertRoundTrip(context, log, columns);
            Assert.Equal([f1, longId, f2, f3, nowhere, longNowhere, default], columns.Households);
            var pooled = ActivityColumns.CreatePooled(context, log, parts, everyPerson: true);
            AssertRoundTrip(context, log, pooled);
            pooled.ReturnPooled();
        }
    }

    [Fact]
    public void ColumnsForATally_MatchThePersonsCalledAboutMediations_WithTheParties_AndNoOtherCaller()
    {
        // A tally matches the persons called about a mediation with the dispute's parties and reads no other person:
        // its columns number none, and tell, for each such call and each party, whether they are the same person, by
        // packed id, or by the string for ids too long to pack.
        var (context, generated, _) = TallyTests.GeneratedMonth(400, 5);
        var log = WithStrays(generated.Log, 5);
        var party = log.Disputes[0].Parties[0];
        var (longParty, otherLongParty) = (new PersonId("370102199001011234"), new PersonId("370102199001011235"));
        var mediated = log.Mediations[0].Id.Value;
        log = log with
        {
            Disputes = [.. log.Disputes, new Dispute(new DisputeId("D-long"), log.Disputes[0].Beat, DisputeKind.Neighbour, At(3), [longParty, otherLongParty, party])],
            FollowUps =
            [
                .. log.FollowUps,
                new FollowUpCall(new CallId("Y3"), FollowUpSubject.Visit, log.Visits[0].Id.Value, party, At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y4"), FollowUpSubject.Mediation, mediated, null, At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y5"), FollowUpSubject.Mediation, mediated, new PersonId("not-a-party"), At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y6"), FollowUpSubject.Mediation, mediated, new PersonId(string.Concat("3701021990", "01011234")), At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y7"), FollowUpSubject.Mediation, mediated, new PersonId("370102199001011236"), At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y8"), FollowUpSubject.Mediation, mediated, party, At(9), FollowUpResult.Dissatisfied),
            ],
        };
        Assert.Contains(log.FollowUps, f => f.Subject == FollowUpSubject.Mediation && f.Person is not null);
        for (var parts = 1; parts <= 3; parts++)
        {
            var columns = ActivityColumns.CreatePooled(context, log, parts);
            AssertPersonsOfATally(log, columns);
            columns.ReturnPooled();
        }
    }

    [Fact]
    public void Build_EqualsTheMonoid_WhenIdsRepeatInAndOutOfTheMonth()
    {
        // An unvalidated log may repeat an id: a call follows up the last event of the month with it, as in the monoid.
        var dispute = new Dispute(new DisputeId("D1"), new BeatId("B1"), DisputeKind.Neighbour, At(3), [P1, P3]);
        var log = Log(
            visits:
            [
                new Visit(new VisitId("V1"), C1, F1, At(2), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V1"), C2, F2, At(3), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V1"), C1, F3, Instant.FromUtc(2014, 2, 5, 0, 0), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V2"), new OfficerId("stranger"), F1, At(4), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V2"), C2, F1, At(3), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V3"), C2, new HouseholdId("nowhere"), At(3), VisitKind.Priority, VisitOutcomes.None),

                // An id too long to pack into a slot is tabled by its string, repeated all the same.
                new Visit(new VisitId("VISIT-2014-0000001"), C1, F2, At(5), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("VISIT-2014-0000001"), C2, F3, At(6), VisitKind.Routine, VisitOutcomes.None),
            ],
            followUps:
            [
                new FollowUpCall(new CallId("T1"), FollowUpSubject.Visit, "V1", P1, At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T2"), FollowUpSubject.Visit, "V2", P1, At(9), FollowUpResult.Dissatisfied),
                new FollowUpCall(new CallId("T3"), FollowUpSubject.Mediation, "M1", P1, At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T4"), FollowUpSubject.Mediation, "M1", P3, At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T5"), FollowUpSubject.Service, "S1", null, At(9), FollowUpResult.Unreachable),
                new FollowUpCall(new CallId("T6"), FollowUpSubject.Visit, "VISIT-2014-0000001", P3, At(9), FollowUpResult.Satisfied),
            ],
            disputes: [dispute],
            mediations:
            [
                new Mediation(new MediationId("M1"), dispute.Id, C1, At(4), MediationMode.OnSite, MediationOutcome.Resolved),
                new Mediation(new MediationId("M1"), dispute.Id, C2, At(5), MediationMode.OnSite, MediationOutcome.Failed),
                new Mediation(new MediationId("M1"), dispute.Id, C1, Instant.FromUtc(2013, 12, 1, 0, 0), MediationMode.OnSite, MediationOutcome.Resolved),
                new Mediation(new MediationId("M2"), new DisputeId("no-such-dispute"), C1, At(5), MediationMode.OnSite, MediationOutcome.Escalated),
            ],
            services:
            [
                new ServiceRecord(new ServiceId("S1"), C1, At(10), "id_card", ServicePlace.Home, Recognition.Pennant),
                new ServiceRecord(new ServiceId("S1"), C2, Instant.FromUtc(2014, 3, 1, 0, 0), "hukou", ServicePlace.Office, Recognition.None),
            ]);
        var context = Context();
        var plan = VisitPlan.Build(context, January, new Dictionary<HouseholdId, LocalDate>());
        var expected = TallyAccumulator.Of(log, January).Finish(context, plan, _ => Rate.NoData);

        var planOfAnEqualRegister = VisitPlan.Build(Context(), January, new Dictionary<HouseholdId, LocalDate> { [F1] = new LocalDate(2013, 12, 1) });
        var expectedByThatPlan = TallyAccumulator.Of(log, January).Finish(context, planOfAnEqualRegister, _ => Rate.NoData);
        for (var parts = 1; parts <= 4; parts++)
        {
            var columns = ActivityColumns.Create(context, log, parts);
            Assert.Equal(expected, MonthlyTally.Build(context, columns, plan, _ => Rate.NoData, parts));
            Assert.Equal(expectedByThatPlan, MonthlyTally.Build(context, columns, planOfAnEqualRegister, _ => Rate.NoData, parts));
        }

        Assert.NotEqual(expected, expectedByThatPlan);

        var c2 = expected.Single(m => m.Officer == C2);
        Assert.Equal((4, 1, 1), (c2.FollowUpsSatisfied, c2.FollowUpsDissatisfied, c2.MediationsAllPartiesSatisfied));
    }

    [Fact]
    public void BuildOverColumns_RefusesColumnsOfAnotherContext_AndBadArguments()
    {
        var (context, generated, plan) = TallyTests.GeneratedMonth(300, 3);
        var columns = ActivityColumns.Create(context, generated.Log);
        var other = Context();

        var wrong = Assert.Throws<ArgumentException>(() => MonthlyTally.Build(other, columns, plan, _ => Rate.NoData));
        Assert.Equal("columns", wrong.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyTally.Build(context, columns, plan, _ => Rate.NoData, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ActivityColumns.Create(context, generated.Log, 0));
        Assert.Throws<ArgumentNullException>(() => ActivityColumns.Create(context, null!));
        Assert.Throws<ArgumentNullException>(() => MonthlyTally.Build(context, (ActivityColumns)null!, plan, _ => Rate.NoData));
    }

    private static ActivityLog WithStrays(ActivityLog log, int seed)
    {
        var random = new Random(seed);
        var visit = log.Visits[random.Next(log.Visits.Count)];
        return log with
        {
            Visits =
            [
                .. log.Visits,
                visit with { At = visit.At.Plus(Duration.FromDays(40)) },
                visit with { Household = new HouseholdId($"nowhere-{seed}") },
                visit with { Officer = new OfficerId("stranger") },
            ],
            FollowUps =
            [
                .. log.FollowUps,
                new FollowUpCall(new CallId("Y1"), FollowUpSubject.Visit, visit.Id.Value, new PersonId("caller-only"), At(9), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("Y2"), FollowUpSubject.Service, "no-such-service", null, At(9), FollowUpResult.Satisfied),
            ],
            Information =
            [
                .. log.Information,
                new InformationItem(new InformationItemId("I-late"), visit.Officer, InformationKind.Other, new LocalDate(2014, 1, 9), new LocalDate(2014, 1, 2)),
            ],

            // A crowd: more parties than a piece of the disputes has room for at first (two a dispute).
            Disputes =
            [
                .. log.Disputes,
                new Dispute(new DisputeId($"D-crowd-{seed}"), new BeatId("B-crowd"), DisputeKind.Neighbour, At(5), [.. Enumerable.Range(0, 3 + (seed % 60)).Select(k => new PersonId($"crowd-{k}"))]),
            ],
        };
    }

    private static void AssertPersonsOfATally(ActivityLog log, ActivityColumns c)
    {
        // No person is numbered; each call about a mediation that names a person is matched with exactly the parties
        // who are that person, and they share its key; any other call is matched with none.
        Assert.Empty(c.Persons);
        Assert.True(c.DisputeParties.IsEmpty);
        var parties = log.Disputes.SelectMany(d => d.Parties).ToList();
        Assert.Equal(parties.Count, c.DisputePartyStarts[^1]);
        for (var i = 0; i < log.FollowUps.Count; i++)
        {
            var person = log.FollowUps[i].Subject == FollowUpSubject.Mediation ? log.FollowUps[i].Person : null;
            Assert.Equal(person is null, c.FollowUpPersons[i] < 0);
            for (var p = 0; p < parties.Count; p++)
            {
                var same = person == parties[p];
                Assert.Equal(same, c.Matching.IsPartyCalled(p, i));
                Assert.True(!same || c.Matching.PartyKey(p) == c.Matching.CallerKey(i));
            }
        }
    }

    private static void AssertRoundTrip(ActivityContext context, ActivityLog log, ActivityColumns c)
    {
        int OfficerIndex(OfficerId id) => context.OfficerOf(id) is null ? -1 : c.Officers.ToList().IndexOf(id);
        int LastIndex<T>(IReadOnlyList<T> items, Func<T, string> id, string value)
        {
            for (var i = items.Count - 1; i >= 0; i--)
            {
                if (id(items[i]) == value)
                {
                    return i;
                }
            }

            return -1;
        }

        Assert.Equal(context.Officers.Select(o => o.Id), c.Officers);
        Assert.Equal(log.Visits.Count, c.VisitCount);
        Assert.Equal(Enumerable.Range(0, log.Visits.Count), c.VisitLogIndexes.ToArray().Order());
        var starts = c.VisitStarts.ToArray();
        for (var o = 0; o <= c.Officers.Count; o++)
        {
            // Each officer's visits in log order.
            var group = c.VisitLogIndexes[starts[o]..starts[o + 1]].ToArray();
            Assert.Equal(group.Order(), group);
        }

        // Every party and every person called, each once, in order of first appearance.
        Assert.Equal(log.Disputes.SelectMany(d => d.Parties).Concat(log.FollowUps.Where(f => f.Person is not null).Select(f => f.Person!.Value)).Distinct(), c.Persons);
        for (var i = 0; i < c.VisitCount; i++)
        {
            var v = log.Visits[c.VisitLogIndexes[i]];
            var o = c.VisitOfficers[i];
            Assert.Equal(OfficerIndex(v.Officer), o);
            Assert.InRange(i, starts[o < 0 ? c.Officers.Count : o], starts[(o < 0 ? c.Officers.Count : o) + 1] - 1);
            Assert.Equal(v.Household, c.Households[c.VisitHouseholds[i]]);
            Assert.Equal(v.At.ToUnixTimeTicks(), c.VisitTicks[i]);
            Assert.Equal(v.Kind, c.VisitKinds[i]);
        }

        for (var i = 0; i < log.FollowUps.Count; i++)
        {
            var call = log.FollowUps[i];
            Assert.Equal(call.Subject, c.FollowUpSubjects[i]);
            Assert.Equal(call.Result, c.FollowUpResults[i]);
            Assert.Equal(call.Person, c.FollowUpPersons[i] < 0 ? null : c.Persons[c.FollowUpPersons[i]]);
            var target = c.FollowUpTargets[i];
            var expected = call.Subject switch
            {
                FollowUpSubject.Visit => LastIndex(log.Visits, v => v.Id.Value, call.SubjectId),
                FollowUpSubject.Service => LastIndex(log.Services, s => s.Id.Value, call.SubjectId),
                FollowUpSubject.Mediation => LastIndex(log.Mediations, m => m.Id.Value, call.SubjectId),
                _ => -1,
            };
            Assert.Equal(expected, call.Subject == FollowUpSubject.Visit && target >= 0 ? c.VisitLogIndexes[target] : target);
        }

        Assert.Equal(log.Disputes.Count, c.DisputeCount);
        for (var d = 0; d < log.Disputes.Count; d++)
        {
            var parties = c.DisputeParties[c.DisputePartyStarts[d]..c.DisputePartyStarts[d + 1]].ToArray().Select(p => c.Persons[p]);
            Assert.Equal(log.Disputes[d].Parties, parties);
        }

        for (var m = 0; m < log.Mediations.Count; m++)
        {
            var mediation = log.Mediations[m];
            Assert.Equal((OfficerIndex(mediation.Officer), mediation.At.ToUnixTimeTicks(), mediation.Outcome), (c.MediationOfficers[m], c.MediationTicks[m], c.MediationOutcomes[m]));
            Assert.Equal(log.Disputes.ToList().FindIndex(d => d.Id == mediation.Dispute), c.MediationDisputes[m]);
        }

        Assert.Equal(log.Leads.Select(l => (OfficerIndex(l.Officer), l.At.ToUnixTimeTicks(), l.CaseKind)), Enumerable.Range(0, c.LeadCount).Select(l => (c.LeadOfficers[l], c.LeadTicks[l], c.LeadKinds[l])));
        Assert.Equal(log.Apprehensions.Select(a => (OfficerIndex(a.Officer), a.At.ToUnixTimeTicks(), a.Kind)), Enumerable.Range(0, c.ApprehensionCount).Select(a => (c.ApprehensionOfficers[a], c.ApprehensionTicks[a], c.ApprehensionKinds[a])));
        Assert.Equal(
            log.Information.Select(i => (OfficerIndex(i.Officer), i.CollectedOn, i.EnteredOn is { } e ? Period.DaysBetween(i.CollectedOn, e) : ActivityColumns.NotEntered)),
            Enumerable.Range(0, c.InformationCount).Select(i => (c.InformationOfficers[i], c.InformationCollectedOn[i], c.InformationEntryDelays[i])));
        Assert.Equal(
            log.Services.Select(s => (OfficerIndex(s.Officer), s.At.ToUnixTimeTicks(), s.Recognition, s.Place)),
            Enumerable.Range(0, c.ServiceCount).Select(s => (c.ServiceOfficers[s], c.ServiceTicks[s], c.ServiceRecognitions[s], c.ServicePlaces[s])));
    }
}
