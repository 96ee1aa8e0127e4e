using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Policing.Domain.Activity;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Population;
using static Policing.Domain.Testing.Dataset.DatasetFiles;

namespace Policing.Domain.Testing.Dataset;

/// <summary>The activity files of a dataset folder.</summary>
public static partial class DatasetWriter
{
    /// <summary>ISO 8601 with the offset written as +HH:mm (Z for UTC), as DATASET.md shows.</summary>
    internal static readonly OffsetDateTimePattern InstantPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    /// <summary>
    /// Writes the activity files of a generated month. Each household's last visit before the month is written as a
    /// visit too (credited to the officer of its beat), so that a reader can plan the month from visits.csv alone.
    /// </summary>
    /// <param name="folder">The dataset folder (with the city's register files).</param>
    /// <param name="city">The city.</param>
    /// <param name="activity">The month's activity.</param>
    /// <returns>The number of events written, history visits included.</returns>
    public static long WriteActivity(string folder, SyntheticCity city, GeneratedActivity activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(activity);
        Directory.CreateDirectory(folder);
        var zone = activity.Period.Zone;
        string At(Instant instant) => InstantPattern.Format(instant.InZone(zone).ToOffsetDateTime());
        string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var log = activity.Log;

        var houseBeat = city.Houses.ToDictionary(h => h.Id, h => h.Beat);
        var responsible = city.Beats.Where(b => b.ResponsibleOfficer is not null).ToDictionary(b => b.Id, b => b.ResponsibleOfficer!.Value);
        var history = city.Households
            .Where(h => activity.LastVisits.ContainsKey(h.Id) && responsible.ContainsKey(houseBeat[h.RegisteredHouse]))
            .Select((h, i) => new Visit(
                new VisitId(string.Create(CultureInfo.InvariantCulture, $"HV{i:D8}")),
                responsible[houseBeat[h.RegisteredHouse]],
                h.Id,
                activity.LastVisits[h.Id].At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant(),
                VisitKind.Routine,
                VisitOutcomes.Information));
        var visits = history.Concat(log.Visits).ToList();

        Write(folder, Visits, VisitColumns, visits, v => [v.Id.Value, v.Officer.Value, v.Household.Value, At(v.At), DatasetCodes.CodeOf(DatasetCodes.VisitKinds, v.Kind), DatasetCodes.OutcomesOf(v.Outcomes)]);
        Write(folder, FollowUps, FollowUpColumns, log.FollowUps, f => [f.Id.Value, DatasetCodes.CodeOf(DatasetCodes.Subjects, f.Subject), f.SubjectId, f.Person?.Value, At(f.At), DatasetCodes.CodeOf(DatasetCodes.Results, f.Result)]);
        Write(folder, Disputes, DisputeColumns, log.Disputes, d => [d.Id.Value, d.Beat.Value, DatasetCodes.CodeOf(DatasetCodes.DisputeKinds, d.Kind), At(d.ReportedAt), string.Join(';', d.Parties.Select(p => p.Value))]);
        Write(folder, Mediations, MediationColumns, log.Mediations, m => [m.Id.Value, m.Dispute.Value, m.Officer.Value, At(m.At), DatasetCodes.CodeOf(DatasetCodes.Modes, m.Mode), DatasetCodes.CodeOf(DatasetCodes.MediationOutcomes, m.Outcome)]);
        Write(folder, Leads, LeadColumns, log.Leads, l => [l.Id.Value, l.Officer.Value, At(l.At), DatasetCodes.CodeOf(DatasetCodes.CaseKinds, l.CaseKind)]);
        Write(folder, Apprehensions, ApprehensionColumns, log.Apprehensions, a => [a.Id.Value, a.Officer.Value, At(a.At), DatasetCodes.CodeOf(DatasetCodes.ApprehensionKinds, a.Kind)]);
        Write(folder, Information, InformationColumns, log.Information, i => [i.Id.Value, i.Officer.Value, DatasetCodes.CodeOf(DatasetCodes.InformationKinds, i.Kind), Date(i.CollectedOn), i.EnteredOn is { } e ? Date(e) : null]);
        Write(folder, Services, ServiceColumns, log.Services, s => [s.Id.Value, s.Officer.Value, At(s.At), s.Kind, DatasetCodes.CodeOf(DatasetCodes.Places, s.Place), DatasetCodes.CodeOf(DatasetCodes.Recognitions, s.Recognition)]);
        return visits.Count + log.Count - log.Visits.Count;
    }
}
