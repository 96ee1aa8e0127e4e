using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Data.Csv;
using static Policing.Domain.Data.DatasetFiles;

namespace Policing.Domain.Data;

/// <summary>The activity files of a dataset folder.</summary>
public static partial class DatasetWriter
{
    /// <summary>Writes the activity files of a log, one per kind of event, creating the folder if needed.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="log">The events.</param>
    /// <param name="options">How to write: the encoding, and the zone whose offset instants carry; UTF-8 and Asia/Shanghai when <see langword="null"/>.</param>
    /// <returns>The number of events written.</returns>
    public static long WriteActivity(string folder, ActivityLog log, DatasetWriteOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(log);
        options ??= DatasetWriteOptions.Default;
        var (encoding, zone) = (options.Encoding, options.Zone);
        Directory.CreateDirectory(folder);
        string At(Instant instant) => DatasetFormats.Instant.Format(instant.InZone(zone).ToOffsetDateTime());

        Write(folder, VisitColumns.Layout, encoding, log.Visits, v => [v.Id.Value, v.Officer.Value, v.Household.Value, At(v.At), DatasetCodes.CodeOf(DatasetCodes.VisitKinds, v.Kind), DatasetCodes.OutcomesOf(v.Outcomes)]);
        Write(folder, FollowUpColumns.Layout, encoding, log.FollowUps, f => [f.Id.Value, DatasetCodes.CodeOf(DatasetCodes.Subjects, f.Subject), f.SubjectId, f.Person?.Value, At(f.At), DatasetCodes.CodeOf(DatasetCodes.Results, f.Result)]);
        Write(folder, DisputeColumns.Layout, encoding, log.Disputes, d => [d.Id.Value, d.Beat.Value, DatasetCodes.CodeOf(DatasetCodes.DisputeKinds, d.Kind), At(d.ReportedAt), string.Join(';', d.Parties.Select(p => p.Value))]);
        Write(folder, MediationColumns.Layout, encoding, log.Mediations, m => [m.Id.Value, m.Dispute.Value, m.Officer.Value, At(m.At), DatasetCodes.CodeOf(DatasetCodes.Modes, m.Mode), DatasetCodes.CodeOf(DatasetCodes.MediationOutcomes, m.Outcome)]);
        Write(folder, LeadColumns.Layout, encoding, log.Leads, l => [l.Id.Value, l.Officer.Value, At(l.At), DatasetCodes.CodeOf(DatasetCodes.CaseKinds, l.CaseKind)]);
        Write(folder, ApprehensionColumns.Layout, encoding, log.Apprehensions, a => [a.Id.Value, a.Officer.Value, At(a.At), DatasetCodes.CodeOf(DatasetCodes.ApprehensionKinds, a.Kind)]);
        Write(folder, InformationColumns.Layout, encoding, log.Information, i => [i.Id.Value, i.Officer.Value, DatasetCodes.CodeOf(DatasetCodes.InformationKinds, i.Kind), DatasetFormats.Date(i.CollectedOn), i.EnteredOn is { } e ? DatasetFormats.Date(e) : null]);
        Write(folder, ServiceColumns.Layout, encoding, log.Services, s => [s.Id.Value, s.Officer.Value, At(s.At), s.Kind, DatasetCodes.CodeOf(DatasetCodes.Places, s.Place), DatasetCodes.CodeOf(DatasetCodes.Recognitions, s.Recognition)]);
        return log.Count;
    }
}
