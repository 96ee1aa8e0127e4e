using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using static Policing.Domain.Testing.Dataset.DatasetFiles;

namespace Policing.Domain.Testing.Dataset;

/// <summary>The activity files of a dataset folder: each may be absent (no records of that kind).</summary>
public static partial class DatasetReader
{
    private static ActivityLog ReadActivity(string folder, DatasetLog log, Action<string>? progress)
    {
        progress?.Invoke(Visits);
        var visits = CsvTable.Read(folder, Visits, false, ["visit_id", "officer_id", "household_id", "at"], r =>
        {
            var outcomes = VisitOutcomes.None;
            foreach (var code in r.List("outcomes"))
            {
                outcomes |= DatasetCodes.Outcomes.TryGetValue(code, out var o)
                    ? o
                    : throw new RowException("outcomes", $"'{code}' is not one of {string.Join(", ", DatasetCodes.Outcomes.Keys)}");
            }

            return new Visit(
                new VisitId(r.Required("visit_id")),
                new OfficerId(r.Required("officer_id")),
                new HouseholdId(r.Required("household_id")),
                r.RequiredInstant("at"),
                r.OptionalCode("kind", DatasetCodes.VisitKinds) ?? VisitKind.Routine,
                outcomes);
        }, log);
        progress?.Invoke(FollowUps);
        var followUps = CsvTable.Read(folder, FollowUps, false, ["call_id", "subject_kind", "subject_id", "at", "result"], r => new FollowUpCall(
            new CallId(r.Required("call_id")),
            r.RequiredCode("subject_kind", DatasetCodes.Subjects),
            r.Required("subject_id"),
            r.Optional("person_id") is { } person ? new PersonId(person) : null,
            r.RequiredInstant("at"),
            r.RequiredCode("result", DatasetCodes.Results)), log);
        progress?.Invoke(Disputes);
        var disputes = CsvTable.Read(folder, Disputes, false, ["dispute_id", "beat_id", "kind", "reported_at", "parties"], r => new Dispute(
            new DisputeId(r.Required("dispute_id")),
            new BeatId(r.Required("beat_id")),
            r.RequiredCode("kind", DatasetCodes.DisputeKinds),
            r.RequiredInstant("reported_at"),
            [.. r.List("parties").Select(p => new PersonId(p))]), log);
        progress?.Invoke(Mediations);
        var mediations = CsvTable.Read(folder, Mediations, false, ["mediation_id", "dispute_id", "officer_id", "at", "outcome"], r => new Mediation(
            new MediationId(r.Required("mediation_id")),
            new DisputeId(r.Required("dispute_id")),
            new OfficerId(r.Required("officer_id")),
            r.RequiredInstant("at"),
            r.OptionalCode("mode", DatasetCodes.Modes) ?? MediationMode.OnSite,
            r.RequiredCode("outcome", DatasetCodes.MediationOutcomes)), log);
        progress?.Invoke(Leads);
        var leads = CsvTable.Read(folder, Leads, false, ["lead_id", "officer_id", "at", "case_kind"], r => new CaseLead(
            new LeadId(r.Required("lead_id")), new OfficerId(r.Required("officer_id")), r.RequiredInstant("at"), r.RequiredCode("case_kind", DatasetCodes.CaseKinds)), log);
        progress?.Invoke(Apprehensions);
        var apprehensions = CsvTable.Read(folder, Apprehensions, false, ["apprehension_id", "officer_id", "at", "kind"], r => new Apprehension(
            new ApprehensionId(r.Required("apprehension_id")), new OfficerId(r.Required("officer_id")), r.RequiredInstant("at"), r.RequiredCode("kind", DatasetCodes.ApprehensionKinds)), log);
        progress?.Invoke(Information);
        var information = CsvTable.Read(folder, Information, false, ["item_id", "officer_id", "kind", "collected_on"], r => new InformationItem(
            new InformationItemId(r.Required("item_id")),
            new OfficerId(r.Required("officer_id")),
            r.RequiredCode("kind", DatasetCodes.InformationKinds),
            r.RequiredDate("collected_on"),
            r.OptionalDate("entered_on")), log);
        progress?.Invoke(Services);
        var services = CsvTable.Read(folder, Services, false, ["service_id", "officer_id", "at", "kind"], r => new ServiceRecord(
            new ServiceId(r.Required("service_id")),
            new OfficerId(r.Required("officer_id")),
            r.RequiredInstant("at"),
            r.Required("kind"),
            r.OptionalCode("place", DatasetCodes.Places) ?? ServicePlace.Office,
            r.OptionalCode("recognition", DatasetCodes.Recognitions) ?? Recognition.None), log);
        return new ActivityLog(visits, followUps, disputes, mediations, leads, apprehensions, information, services);
    }
}
