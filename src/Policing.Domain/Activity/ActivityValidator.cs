using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Activity;

/// <summary>
/// Checks an activity log against the register: every event that names an unknown officer, household, dispute or
/// person, a follow-up before its event, a dispute with fewer than two parties, a duplicate id, is rejected with its
/// reason, and the rest go on.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ActivityValidator
{
    /// <summary>Validates a log.</summary>
    /// <param name="log">The events.</param>
    /// <param name="context">The register.</param>
    /// <returns>The accepted events, the rejections, and the counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [MustUseOutcome]
    public static ActivityValidation Validate(ActivityLog log, ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(context);
        var rejections = new List<Rejection>();

        string? Officer(OfficerId officer) =>
            context.OfficerOf(officer) is null ? $"officer '{officer}' is not on the register" : null;

        List<T> Keep<T, TId>(IEnumerable<T> events, string kind, Func<T, TId> id, Func<T, (RejectionReason Reason, string Detail)?> check)
            where TId : notnull
        {
            var seen = new HashSet<TId>();
            var kept = new List<T>();
            foreach (var e in events)
            {
                var key = id(e);
                var problem = !seen.Add(key) ? (RejectionReason.DuplicateId, $"the id '{key}' appears more than once") : check(e);
                if (problem is { } p)
                {
                    rejections.Add(new Rejection(kind, key.ToString()!, p.Reason, p.Detail));
                }
                else
                {
                    kept.Add(e);
                }
            }

            return kept;
        }

        var visits = Keep(log.Visits, "visit", v => v.Id, v =>
            Officer(v.Officer) is { } o ? (RejectionReason.UnknownOfficer, o)
            : !context.HasHousehold(v.Household) ? (RejectionReason.UnknownHousehold, $"household '{v.Household}' is not on the register")
            : null);
        var disputes = Keep(log.Disputes, "dispute", d => d.Id, d =>
            !context.Beats.Contains(d.Beat) ? (RejectionReason.UnknownBeat, $"beat '{d.Beat}' is not on the register")
            : d.Parties.Distinct().Count() < 2 ? (RejectionReason.TooFewParties, $"{d.Parties.Distinct().Count()} different parties; a dispute has at least two")
            : d.Parties.FirstOrDefault(p => !context.HasPerson(p)) is { Value: not null } unknown ? (RejectionReason.UnknownPerson, $"party '{unknown}' is not on the register")
            : null);
        var disputeReported = disputes.ToDictionary(d => d.Id, d => d.ReportedAt);
        var mediations = Keep(log.Mediations, "mediation", m => m.Id, m =>
            Officer(m.Officer) is { } o ? (RejectionReason.UnknownOfficer, o)
            : !disputeReported.TryGetValue(m.Dispute, out var reported) ? (RejectionReason.UnknownDispute, $"dispute '{m.Dispute}' is not in the log")
            : m.At < reported ? (RejectionReason.BeforeSubject, $"mediated at {m.At} before the dispute was reported at {reported}")
            : null);
        var leads = Keep(log.Leads, "lead", l => l.Id, l => Officer(l.Officer) is { } o ? (RejectionReason.UnknownOfficer, o) : null);
        var apprehensions = Keep(log.Apprehensions, "apprehension", a => a.Id, a => Officer(a.Officer) is { } o ? (RejectionReason.UnknownOfficer, o) : null);
        var information = Keep(log.Information, "information", i => i.Id, i =>
            Officer(i.Officer) is { } o ? (RejectionReason.UnknownOfficer, o)
            : i.EnteredOn < i.CollectedOn ? (RejectionReason.EnteredBeforeCollected, $"entered on {i.EnteredOn} before it was collected on {i.CollectedOn}")
            : null);
        var services = Keep(log.Services, "service", s => s.Id, s => Officer(s.Officer) is { } o ? (RejectionReason.UnknownOfficer, o) : null);

        var subjects = new Dictionary<(FollowUpSubject, string), Instant>();
        foreach (var v in visits)
        {
            subjects[(FollowUpSubject.Visit, v.Id.Value)] = v.At;
        }

        foreach (var s in services)
        {
            subjects[(FollowUpSubject.Service, s.Id.Value)] = s.At;
        }

        foreach (var m in mediations)
        {
            subjects[(FollowUpSubject.Mediation, m.Id.Value)] = m.At;
        }

        var followUps = Keep(log.FollowUps, "followup", f => f.Id, f =>
            f.Person is { } person && !context.HasPerson(person) ? (RejectionReason.UnknownPerson, $"person '{person}' is not on the register")
            : f.Subject == FollowUpSubject.Registration
                ? (!string.IsNullOrWhiteSpace(f.SubjectId) && f.SubjectId.Trim() == f.SubjectId && context.HasHousehold(new Population.HouseholdId(f.SubjectId))
                    ? null
                    : (RejectionReason.UnknownHousehold, $"household '{f.SubjectId}' is not on the register"))
            : !subjects.TryGetValue((f.Subject, f.SubjectId), out var at) ? (RejectionReason.UnknownSubject, $"{f.Subject} '{f.SubjectId}' is not in the log")
            : f.At < at ? (RejectionReason.BeforeSubject, $"called at {f.At} before the {f.Subject} at {at}")
            : null);

        var accepted = new ActivityLog(visits, followUps, disputes, mediations, leads, apprehensions, information, services);
        bool Auxiliary(OfficerId officer) => context.OfficerOf(officer)!.Role == OfficerRole.Auxiliary;
        var auxiliary = visits.Count(v => Auxiliary(v.Officer)) + mediations.Count(m => Auxiliary(m.Officer)) + leads.Count(l => Auxiliary(l.Officer))
            + apprehensions.Count(a => Auxiliary(a.Officer)) + information.Count(i => Auxiliary(i.Officer)) + services.Count(s => Auxiliary(s.Officer));
        return new ActivityValidation(accepted, rejections, log.Count, auxiliary);
    }
}
