using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Tests.Activity;

namespace Policing.Domain.Tests.Metrics;

/// <summary>The two ways to a month's tallies, the mergeable accumulator and the columnar build, against each other.</summary>
public sealed class TallyPathsTests
{
    private static readonly MonthlyPeriod January = new(new YearMonth(2014, 1));

    [Property(MaxTest = 40)]
    public void BothPaths_GiveTheSameMonths_OnLogsWithRepeatedIdsOfEveryKind(PositiveInt seed, PositiveInt parts)
    {
        // A generated month, then events of every kind given again under an id already used, with other officers,
        // times (in the month or not), kinds, disputes, parties and results, at random places in the log: the first
        // dispute with an id is the one mediated, and a call follows up the last event of the month with its id, on
        // both paths alike.
        var (context, generated, plan) = TallyTests.GeneratedMonth(600, (seed.Get % 500) + 1);
        var log = WithRepeatedIds(generated.Log, context, new Random(seed.Get));
        Assert.True(Repeated(log.Visits, v => v.Id) && Repeated(log.Disputes, d => d.Id) && Repeated(log.Mediations, m => m.Id)
            && Repeated(log.FollowUps, f => f.Id) && Repeated(log.Leads, l => l.Id) && Repeated(log.Apprehensions, a => a.Id)
            && Repeated(log.Information, i => i.Id) && Repeated(log.Services, s => s.Id), "A kind of event has no repeated id: the property would not test it.");

        var expected = TallyAccumulator.Of(log, January).Finish(context, plan, b => Rate.Of(b.Value.Length % 7, 7));
        var actual = MonthlyTally.Build(context, log, plan, b => Rate.Of(b.Value.Length % 7, 7), (parts.Get % 4) + 1);

        Assert.Equal(expected, actual);
    }

    private static bool Repeated<T, TId>(IEnumerable<T> events, Func<T, TId> id) => events.GroupBy(id).Any(g => g.Count() > 1);

    internal static ActivityLog WithRepeatedIds(ActivityLog log, ActivityContext context, Random random)
    {
        OfficerId[] officers = [.. context.Officers.Select(o => o.Id), new OfficerId("stranger")];
        var persons = log.Disputes.SelectMany(d => d.Parties).Distinct().ToArray();
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        TEnum AnyOf<TEnum>() where TEnum : struct, Enum => Any(Enum.GetValues<TEnum>());
        OfficerId Officer() => Any(officers);
        Instant When() => Instant.FromUtc(2013, 12, 25, 0, 0) + Duration.FromHours(random.Next(45 * 24));

        // A copy of some events (at least one; of a fresh event when the kind has none), each put back at a random
        // place in the log.
        List<T> Again<T>(IReadOnlyList<T> events, Func<T, T> copy, Func<T> fresh)
        {
            var result = events.Count > 0 ? events.ToList() : [fresh()];
            var originals = result.ToArray();
            for (var k = random.Next(1, Math.Max(2, originals.Length / 4)); k > 0; k--)
            {
                result.Insert(random.Next(result.Count + 1), copy(Any(originals)));
            }

            return result;
        }

        List<PersonId> Parties() => [.. persons.OrderBy(_ => random.Next()).Take(random.Next(1, 4))];
        var disputes = Again(log.Disputes, d => d with { Parties = Parties() }, () => new Dispute(new DisputeId("D-fresh"), context.Beats.First(), DisputeKind.Neighbour, When(), Parties()));
        var mediations = Again(log.Mediations, m => m with
        {
            Dispute = random.Next(3) == 0 ? new DisputeId("no-such-dispute") : Any(disputes).Id,
            Officer = Officer(),
            At = When(),
            Outcome = AnyOf<MediationOutcome>(),
        }, () => new Mediation(new MediationId("M-fresh"), Any(disputes).Id, Officer(), When(), MediationMode.OnSite, MediationOutcome.Resolved));
        var visits = Again(log.Visits, v => v with { Officer = Officer(), Household = Any(log.Visits).Household, At = When(), Kind = AnyOf<VisitKind>() }, () => throw new InvalidOperationException("A generated month has visits."));
        var services = Again(log.Services, s => s with { Officer = Officer(), At = When(), Place = AnyOf<ServicePlace>(), Recognition = AnyOf<Recognition>() }, () => new ServiceRecord(new ServiceId("S-fresh"), Officer(), When(), "hukou", ServicePlace.Home, Recognition.None));
        string SubjectOf(FollowUpSubject subject) => subject switch
        {
            FollowUpSubject.Visit => Any(visits).Id.Value,
            FollowUpSubject.Service => Any(services).Id.Value,
            FollowUpSubject.Mediation => Any(mediations).Id.Value,
            _ => Any(log.Visits).Household.Value,
        };

        // Satisfied calls from every party of a repeated dispute about a mediation of it, so that "all parties
        // satisfied" is decided on the dispute with that id which comes first.
        var calls = Again(log.FollowUps, f =>
        {
            var subject = AnyOf<FollowUpSubject>();
            return f with { Subject = subject, SubjectId = SubjectOf(subject), Person = random.Next(4) == 0 || persons.Length == 0 ? null : Any(persons), Result = AnyOf<FollowUpResult>() };
        }, () => throw new InvalidOperationException("A generated month has follow-up calls."));
        foreach (var mediation in mediations.Where(m => disputes.Count(d => d.Id == m.Dispute) > 1).Take(5))
        {
            foreach (var party in disputes.Last(d => d.Id == mediation.Dispute).Parties)
            {
                calls.Insert(random.Next(calls.Count + 1), new FollowUpCall(Any(log.FollowUps).Id, FollowUpSubject.Mediation, mediation.Id.Value, party, When(), FollowUpResult.Satisfied));
            }
        }

        return new ActivityLog(
            visits,
            calls,
            disputes,
            mediations,
            Again(log.Leads, l => l with { Officer = Officer(), At = When(), CaseKind = AnyOf<CaseKind>() }, () => new CaseLead(new LeadId("L-fresh"), Officer(), When(), CaseKind.Criminal)),
            Again(log.Apprehensions, a => a with { Officer = Officer(), At = When(), Kind = AnyOf<ApprehensionKind>() }, () => new Apprehension(new ApprehensionId("A-fresh"), Officer(), When(), ApprehensionKind.Suspect)),
            Again(log.Information, i =>
            {
                var collected = When().InUtc().Date;
                return i with { Officer = Officer(), CollectedOn = collected, EnteredOn = random.Next(4) == 0 ? null : collected.PlusDays(random.Next(-2, 5)) };
            }, () => new InformationItem(new InformationItemId("I-fresh"), Officer(), InformationKind.Other, new LocalDate(2014, 1, 9), null)),
            services);
    }
}
