using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Population;

namespace Policing.Domain.Benchmarks;

/// <summary>
/// A month of activity of a given size, without a register behind it (a province's register would not fit in a
/// benchmark): one beat and twenty households per community officer, and a mix of events per officer close to a
/// Dezhou month (60% visits, 25% follow-up calls, then services, information, mediations, leads, apprehensions).
/// Every event carries its own id strings, allocated with it, as the dataset reader makes them from CSV rows: an
/// application's events do not share one string per officer, and a follow-up call's subject id is not the string of
/// the visit it follows up. A dispute has two parties and a call reaches one person, drawn from sixty persons a beat.
/// Of the follow-up calls, one in eight is about a mediation (to one of its dispute's parties) and one in sixteen about a
/// service; the others follow up visits.
/// </summary>
internal sealed class TallyWorkload
{
    private TallyWorkload(ActivityContext context, ActivityLog log, VisitPlan plan, IReadOnlyList<Officer> officers, IReadOnlyList<Beat> beats, IReadOnlyList<Household> households)
    {
        Context = context;
        Log = log;
        Plan = plan;
        Officers = officers;
        Beats = beats;
        Households = households;
    }

    public static MonthlyPeriod Period { get; } = new(new YearMonth(2014, 1));

    public ActivityContext Context { get; }

    public ActivityLog Log { get; }

    public VisitPlan Plan { get; }

    public IReadOnlyList<Officer> Officers { get; }

    public IReadOnlyList<Beat> Beats { get; }

    public IReadOnlyList<Household> Households { get; }

    public static TallyWorkload Create(int officerCount, int events, int seed = 2014)
    {
        const int HouseholdsPerBeat = 20;
        const int PersonsPerBeat = 60;
        var random = new Random(seed);
        var officers = new Officer[officerCount];
        var beats = new Beat[officerCount];
        var houses = new List<House>(officerCount * HouseholdsPerBeat);
        var households = new List<Household>(officerCount * HouseholdsPerBeat);
        for (var o = 0; o < officerCount; o++)
        {
            var id = new OfficerId($"C{o:D6}");
            officers[o] = new Officer(id, id.Value, new StationId("S1"), OfficerRole.Community);
            beats[o] = new Beat(new BeatId($"B{o:D6}"), new OfficeId("O1"), $"Beat {o}", id);
            for (var h = 0; h < HouseholdsPerBeat; h++)
            {
                var house = new House(new HouseId($"H{o:D6}-{h:D2}"), beats[o].Id, "address", HouseKind.Owner);
                houses.Add(house);
                households.Add(new Household(new HouseholdId($"F{o:D6}-{h:D2}"), house.Id));
            }
        }

        var context = new ActivityContext(new Register([new Station(new StationId("S1"), "S1")], [new PoliceOffice(new OfficeId("O1"), new StationId("S1"), "O1")], officers, beats, houses, households, []));
        var start = Period.Start;
        var span = (Period.End - start).TotalTicks;
        Instant At() => start.PlusTicks((long)(random.NextDouble() * span));
        var visits = new List<Visit>();
        var followUps = new List<FollowUpCall>();
        var disputes = new List<Dispute>();
        var mediations = new List<Mediation>();
        var leads = new List<CaseLead>();
        var apprehensions = new List<Apprehension>();
        var information = new List<InformationItem>();
        var services = new List<ServiceRecord>();
        PersonId Person(int officer) => new($"P{officer:D6}-{random.Next(PersonsPerBeat):D2}");
        for (var e = 0; e < events; e++)
        {
            var o = random.Next(officerCount);
            var officer = new OfficerId(officers[o].Id.Value.AsSpan().ToString());
            var roll = random.Next(100);
            if (roll < 60)
            {
                visits.Add(new Visit(new VisitId($"V{e}"), officer, new HouseholdId(households[(o * HouseholdsPerBeat) + random.Next(HouseholdsPerBeat)].Id.Value.AsSpan().ToString()), At(), random.Next(10) == 0 ? VisitKind.Priority : VisitKind.Routine, VisitOutcomes.None));
            }
            else if (roll < 85 && visits.Count > 0)
            {
                var about = random.Next(16);
                var result = random.Next(20) == 0 ? FollowUpResult.Dissatisfied : FollowUpResult.Satisfied;
                if (about < 2 && mediations.Count > 0)
                {
                    // Mediations and disputes are added together, so a mediation's dispute has its index.
                    var m = random.Next(mediations.Count);
                    var party = disputes[m].Parties[random.Next(2)];
                    followUps.Add(new FollowUpCall(new CallId($"T{e}"), FollowUpSubject.Mediation, mediations[m].Id.Value.AsSpan().ToString(), new PersonId(party.Value.AsSpan().ToString()), At(), result));
                }
                else if (about == 2 && services.Count > 0)
                {
                    var subject = services[random.Next(services.Count)];
                    followUps.Add(new FollowUpCall(new CallId($"T{e}"), FollowUpSubject.Service, subject.Id.Value.AsSpan().ToString(), Person(o), At(), result));
                }
                else
                {
                    var subject = visits[random.Next(visits.Count)];
                    followUps.Add(new FollowUpCall(new CallId($"T{e}"), FollowUpSubject.Visit, subject.Id.Value.AsSpan().ToString(), Person(o), At(), result));
                }
            }
            else if (roll < 90)
            {
                services.Add(new ServiceRecord(new ServiceId($"S{e}"), officer, At(), "id-card", ServicePlace.Home, random.Next(3) == 0 ? Recognition.None : Recognition.Pennant));
            }
            else if (roll < 95)
            {
                var collected = At().InZone(Period.Zone).Date;
                information.Add(new InformationItem(new InformationItemId($"I{e}"), officer, InformationKind.Lead, collected, collected.PlusDays(random.Next(3))));
            }
            else if (roll < 99)
            {
                var dispute = new Dispute(new DisputeId($"D{e}"), beats[o].Id, DisputeKind.Neighbour, At(), [Person(o), Person(o)]);
                disputes.Add(dispute);
                mediations.Add(new Mediation(new MediationId($"M{e}"), new DisputeId(dispute.Id.Value.AsSpan().ToString()), officer, dispute.ReportedAt, MediationMode.OnSite, random.Next(10) == 0 ? MediationOutcome.Failed : MediationOutcome.Resolved));
            }
            else if (roll == 99 && random.Next(2) == 0)
            {
                leads.Add(new CaseLead(new LeadId($"L{e}"), officer, At(), CaseKind.Criminal));
            }
            else
            {
                apprehensions.Add(new Apprehension(new ApprehensionId($"A{e}"), officer, At(), ApprehensionKind.Suspect));
            }
        }

        var log = new ActivityLog(visits, followUps, disputes, mediations, leads, apprehensions, information, services);
        var plan = VisitPlan.Build(context, Period, new Dictionary<HouseholdId, LocalDate>());
        return new TallyWorkload(context, log, plan, officers, beats, households);
    }
}
