using System.Globalization;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Testing.Activity;

/// <summary>
/// Generates a realistic month of activity for a synthetic city: most community officers make 50 to 120 visits and a
/// few fall under 50; due households are visited first; follow-up calls are mostly satisfied; some mediations fail
/// or escalate; leads, apprehensions, information items and services come at plausible rates; auxiliaries record a
/// little work of their own. Profiles make a given officer a clear winner or a clear failure.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ActivityGenerator
{
    private static readonly string[] ServiceKinds = ["id_card", "hukou", "exit_entry", "traffic", "fire"];

    /// <summary>Generates a month.</summary>
    /// <param name="city">The city.</param>
    /// <param name="month">The month.</param>
    /// <param name="options">The seed and the profiles; defaults when <see langword="null"/>.</param>
    /// <returns>The log and the households' last visits before the month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="city"/> is <see langword="null"/>.</exception>
    public static GeneratedActivity Generate(SyntheticCity city, YearMonth month, ActivityOptions? options = null)
    {
        Guard.Against.Null(city);
        options ??= new ActivityOptions();
        var period = new MonthlyPeriod(month);
        var houseBeat = city.Houses.ToDictionary(h => h.Id, h => h.Beat);
        var householdsByBeat = city.Households.GroupBy(h => houseBeat[h.RegisteredHouse]).ToDictionary(g => g.Key, g => g.Select(h => h.Id).ToArray());
        var members = new Dictionary<HouseholdId, List<PersonId>>();
        var residentsByBeat = new Dictionary<BeatId, List<PersonId>>();
        var mustVisit = new HashSet<HouseholdId>();
        foreach (var r in city.Residents)
        {
            if (r.Household is { } h)
            {
                if (!members.TryGetValue(h, out var list))
                {
                    members[h] = list = [];
                }

                list.Add(r.Id);
                if ((r.Groups & ResidentGroups.MustVisit) != 0)
                {
                    mustVisit.Add(h);
                }
            }

            if (r.LivingHouse is { } house && houseBeat.TryGetValue(house, out var beat))
            {
                if (!residentsByBeat.TryGetValue(beat, out var people))
                {
                    residentsByBeat[beat] = people = [];
                }

                people.Add(r.Id);
            }
        }

        // Last visits: about 1% of households were never visited, the rest within the past year.
        var lastVisits = new Dictionary<HouseholdId, LocalDate>();
        var start = month.OnDayOfMonth(1);
        var draw = new Random(options.Seed);
        foreach (var household in city.Households)
        {
            if (draw.NextDouble() >= 0.01)
            {
                lastVisits[household.Id] = start.PlusDays(-1 - draw.Next(330));
            }
        }

        var cutoff = start.PlusMonths(-12);
        var log = new LogBuilder(period);
        var index = 0;
        foreach (var beat in city.Beats.OrderBy(b => b.Id))
        {
            index++;
            if (beat.ResponsibleOfficer is not { } officer)
            {
                continue;
            }

            var random = new Random(unchecked((options.Seed * 7919) + index));
            var profile = options.Profiles.GetValueOrDefault(officer) ?? new OfficerProfile();
            var households = householdsByBeat.GetValueOrDefault(beat.Id) ?? [];
            var due = households.Where(h => mustVisit.Contains(h) || !lastVisits.TryGetValue(h, out var last) || last < cutoff).ToArray();
            var visits = profile.Visits ?? (random.NextDouble() < options.UnderQuotaShare ? random.Next(20, 50) : random.Next(50, 121));
            var everyDue = profile.VisitEveryDueHousehold ?? random.NextDouble() < 0.6;
            var targets = (everyDue ? due : due.Take(Math.Max(0, due.Length - 1 - random.Next(5)))).ToList();
            var others = households.Except(targets).ToArray();
            var satisfied = profile.SatisfiedShare ?? (random.NextDouble() < 0.7 ? 1.0 : 0.93);
            var unreachable = profile.UnreachableShare ?? 0.02;
            for (var v = 0; v < visits && (targets.Count > 0 || others.Length > 0); v++)
            {
                var household = v < targets.Count ? targets[v] : others[random.Next(others.Length)];
                var visitId = log.Visit(officer, household, mustVisit.Contains(household) ? VisitKind.Priority : VisitKind.Routine, random);
                if (random.NextDouble() < 0.5)
                {
                    var people = members.GetValueOrDefault(household);
                    log.FollowUp(FollowUpSubject.Visit, visitId, people is null ? null : people[random.Next(people.Count)], Result(random, satisfied, unreachable), random);
                }
            }

            var parties = residentsByBeat.GetValueOrDefault(beat.Id) ?? [];
            var mediations = parties.Count < 2 ? 0 : profile.Mediations ?? random.Next(0, 5);
            var resolvedShare = profile.ResolvedShare ?? 0.85;
            for (var m = 0; m < mediations; m++)
            {
                var a = parties[random.Next(parties.Count)];
                var b = parties[random.Next(parties.Count)];
                while (b == a)
                {
                    b = parties[random.Next(parties.Count)];
                }

                var outcome = random.NextDouble() < resolvedShare ? MediationOutcome.Resolved : random.NextDouble() < 0.7 ? MediationOutcome.Failed : MediationOutcome.Escalated;
                var mediationId = log.Mediation(officer, beat.Id, [a, b], outcome, random);
                foreach (var party in new[] { a, b })
                {
                    log.FollowUp(FollowUpSubject.Mediation, mediationId, party, outcome == MediationOutcome.Resolved ? Result(random, satisfied, unreachable) : FollowUpResult.Dissatisfied, random);
                }
            }

            var leads = profile.Leads ?? (random.NextDouble() < 0.5 ? 0 : random.Next(1, 3));
            for (var l = 0; l < leads; l++)
            {
                log.Lead(officer, (CaseKind)random.Next(4), random);
            }

            var suspects = profile.Suspects ?? (random.NextDouble() < 0.1 ? 1 : 0);
            var fugitives = profile.Fugitives ?? (random.NextDouble() < 0.03 ? 1 : 0);
            for (var s = 0; s < suspects + fugitives; s++)
            {
                log.Apprehension(officer, s < suspects ? ApprehensionKind.Suspect : ApprehensionKind.Fugitive, random);
            }

            var items = profile.InformationItems ?? random.Next(0, 21);
            for (var i = 0; i < items; i++)
            {
                log.Information(officer, (InformationKind)random.Next(4), random);
            }

            var recognised = profile.RecognisedServices ?? random.Next(0, 5);
            var unrecognised = random.Next(0, 3);
            for (var s = 0; s < recognised + unrecognised; s++)
            {
                log.Service(officer, ServiceKinds[random.Next(ServiceKinds.Length)], s < recognised ? (Recognition)(1 + random.Next(3)) : Recognition.None, random);
            }
        }

        // Auxiliaries record a few visits of their own: kept and reported, never starred.
        var auxRandom = new Random(options.Seed + 1);
        var beats = city.Beats.Select(b => b.Id).Order().ToArray();
        foreach (var auxiliary in city.Officers.Where(o => o.Role == OfficerRole.Auxiliary))
        {
            var households = householdsByBeat.GetValueOrDefault(beats[auxRandom.Next(beats.Length)]) ?? [];
            for (var v = auxRandom.Next(0, 6); v > 0 && households.Length > 0; v--)
            {
                log.Visit(auxiliary.Id, households[auxRandom.Next(households.Length)], VisitKind.Routine, auxRandom);
            }
        }

        return new GeneratedActivity(period, log.Build(), lastVisits);
    }

    private static FollowUpResult Result(Random random, double satisfied, double unreachable)
    {
        var roll = random.NextDouble();
        return roll < unreachable ? FollowUpResult.Unreachable : roll < unreachable + ((1 - unreachable) * satisfied) ? FollowUpResult.Satisfied : FollowUpResult.Dissatisfied;
    }

    /// <summary>Collects the events with ids unique across the month.</summary>
    private sealed class LogBuilder(MonthlyPeriod period)
    {
        private readonly List<Visit> _visits = [];
        private readonly List<FollowUpCall> _followUps = [];
        private readonly List<Dispute> _disputes = [];
        private readonly List<Mediation> _mediations = [];
        private readonly List<CaseLead> _leads = [];
        private readonly List<Apprehension> _apprehensions = [];
        private readonly List<InformationItem> _information = [];
        private readonly List<ServiceRecord> _services = [];
        private readonly Dictionary<string, Instant> _at = [];
        private int _next;

        public string Visit(OfficerId officer, HouseholdId household, VisitKind kind, Random random)
        {
            var id = Id("V");
            var at = During(random);
            _visits.Add(new Visit(new VisitId(id), officer, household, at, kind, (VisitOutcomes)random.Next(1, 32)));
            _at[id] = at;
            return id;
        }

        public void FollowUp(FollowUpSubject subject, string subjectId, PersonId? person, FollowUpResult result, Random random) =>
            _followUps.Add(new FollowUpCall(new CallId(Id("T")), subject, subjectId, person, _at[subjectId] + Duration.FromHours(24 + random.Next(48)), result));

        public string Mediation(OfficerId officer, BeatId beat, IReadOnlyList<PersonId> parties, MediationOutcome outcome, Random random)
        {
            var disputeId = new DisputeId(Id("D"));
            var reported = During(random);
            _disputes.Add(new Dispute(disputeId, beat, (DisputeKind)random.Next(6), reported, parties));
            var id = Id("M");
            var at = reported + Duration.FromHours(1 + random.Next(6));
            _mediations.Add(new Mediation(new MediationId(id), disputeId, officer, at, random.Next(3) == 0 ? MediationMode.Home : MediationMode.OnSite, outcome));
            _at[id] = at;
            return id;
        }

        public void Lead(OfficerId officer, CaseKind kind, Random random) => _leads.Add(new CaseLead(new LeadId(Id("L")), officer, During(random), kind));

        public void Apprehension(OfficerId officer, ApprehensionKind kind, Random random) =>
            _apprehensions.Add(new Apprehension(new ApprehensionId(Id("A")), officer, During(random), kind));

        public void Information(OfficerId officer, InformationKind kind, Random random)
        {
            var collected = period.Month.OnDayOfMonth(1 + random.Next(period.Month.Calendar.GetDaysInMonth(period.Month.Year, period.Month.Month)));
            var roll = random.NextDouble();
            LocalDate? entered = roll < 0.8 ? collected : roll < 0.95 ? collected.PlusDays(1 + random.Next(3)) : null;
            _information.Add(new InformationItem(new InformationItemId(Id("I")), officer, kind, collected, entered));
        }

        public void Service(OfficerId officer, string kind, Recognition recognition, Random random)
        {
            var id = Id("S");
            var at = During(random);
            var place = random.NextDouble() < 0.2 ? ServicePlace.Home : random.NextDouble() < 0.6 ? ServicePlace.Office : ServicePlace.Station;
            _services.Add(new ServiceRecord(new ServiceId(id), officer, at, kind, place, recognition));
            _at[id] = at;
        }

        public ActivityLog Build() => new(_visits, _followUps, _disputes, _mediations, _leads, _apprehensions, _information, _services);

        private string Id(string prefix) => prefix + (_next++).ToString("D8", CultureInfo.InvariantCulture);

        /// <summary>An instant in office hours on a day of the month, in the period's zone.</summary>
        private Instant During(Random random)
        {
            var days = period.Month.Calendar.GetDaysInMonth(period.Month.Year, period.Month.Month);
            var local = period.Month.OnDayOfMonth(1 + random.Next(days)).At(new LocalTime(8 + random.Next(10), random.Next(60)));
            return local.InZoneLeniently(period.Zone).ToInstant();
        }
    }
}
