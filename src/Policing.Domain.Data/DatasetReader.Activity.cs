using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using static Policing.Domain.Data.DatasetFiles;

namespace Policing.Domain.Data;

/// <summary>The activity files of a dataset folder: each may be absent (no records of that kind).</summary>
public static partial class DatasetReader
{
    private static ActivityLog ReadActivity(Files files)
    {
        var visits = files.Read(VisitColumns.Layout, r => new Visit(
            new VisitId(r.Required(VisitColumns.Id)),
            new OfficerId(r.Required(VisitColumns.Officer)),
            new HouseholdId(r.Required(VisitColumns.Household)),
            r.RequiredInstant(VisitColumns.At),
            r.OptionalCode(VisitColumns.Kind, DatasetCodes.VisitKinds) ?? VisitKind.Routine,
            r.Flags(VisitColumns.Outcomes, DatasetCodes.Outcomes)));
        var followUps = files.Read(FollowUpColumns.Layout, r => new FollowUpCall(
            new CallId(r.Required(FollowUpColumns.Id)),
            r.RequiredCode(FollowUpColumns.SubjectKind, DatasetCodes.Subjects),
            r.Required(FollowUpColumns.SubjectId),
            r.Optional(FollowUpColumns.Person) is { } person ? new PersonId(person) : null,
            r.RequiredInstant(FollowUpColumns.At),
            r.RequiredCode(FollowUpColumns.Result, DatasetCodes.Results)));
        var disputes = files.Read(DisputeColumns.Layout, r => new Dispute(
            new DisputeId(r.Required(DisputeColumns.Id)),
            new BeatId(r.Required(DisputeColumns.Beat)),
            r.RequiredCode(DisputeColumns.Kind, DatasetCodes.DisputeKinds),
            r.RequiredInstant(DisputeColumns.ReportedAt),
            [.. r.List(DisputeColumns.Parties).Select(p => new PersonId(p))]));
        var mediations = files.Read(MediationColumns.Layout, r => new Mediation(
            new MediationId(r.Required(MediationColumns.Id)),
            new DisputeId(r.Required(MediationColumns.Dispute)),
            new OfficerId(r.Required(MediationColumns.Officer)),
            r.RequiredInstant(MediationColumns.At),
            r.OptionalCode(MediationColumns.Mode, DatasetCodes.Modes) ?? MediationMode.OnSite,
            r.RequiredCode(MediationColumns.Outcome, DatasetCodes.MediationOutcomes)));
        var leads = files.Read(LeadColumns.Layout, r => new CaseLead(
            new LeadId(r.Required(LeadColumns.Id)),
            new OfficerId(r.Required(LeadColumns.Officer)),
            r.RequiredInstant(LeadColumns.At),
            r.RequiredCode(LeadColumns.CaseKind, DatasetCodes.CaseKinds)));
        var apprehensions = files.Read(ApprehensionColumns.Layout, r => new Apprehension(
            new ApprehensionId(r.Required(ApprehensionColumns.Id)),
            new OfficerId(r.Required(ApprehensionColumns.Officer)),
            r.RequiredInstant(ApprehensionColumns.At),
            r.RequiredCode(ApprehensionColumns.Kind, DatasetCodes.ApprehensionKinds)));
        var information = files.Read(InformationColumns.Layout, r => new InformationItem(
            new InformationItemId(r.Required(InformationColumns.Id)),
            new OfficerId(r.Required(InformationColumns.Officer)),
            r.RequiredCode(InformationColumns.Kind, DatasetCodes.InformationKinds),
            r.RequiredDate(InformationColumns.CollectedOn),
            r.OptionalDate(InformationColumns.EnteredOn)));
        var services = files.Read(ServiceColumns.Layout, r => new ServiceRecord(
            new ServiceId(r.Required(ServiceColumns.Id)),
            new OfficerId(r.Required(ServiceColumns.Officer)),
            r.RequiredInstant(ServiceColumns.At),
            r.Required(ServiceColumns.Kind),
            r.OptionalCode(ServiceColumns.Place, DatasetCodes.Places) ?? ServicePlace.Office,
            r.OptionalCode(ServiceColumns.Recognition, DatasetCodes.Recognitions) ?? Recognition.None));
        return new ActivityLog(visits, followUps, disputes, mediations, leads, apprehensions, information, services);
    }
}
