using System.Buffers;
using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Activity;

/// <summary>
/// The wire form of a part of an activity log, with a due flag for each visit (see
/// <c>Metrics.OfficerPartition</c>): little-endian, the version first, then each kind of event in the log's order, every
/// field of every event (ids as UTF-8, instants as Unix ticks, dates as year, month and day, enums as their values).
/// Engine-free and without reflection: the order of the fields is this file's.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class ActivityPartWire
{
    /// <summary>The version of the wire form.</summary>
    internal const byte Version = 1;

    /// <summary>Writes a part.</summary>
    /// <param name="part">The events.</param>
    /// <param name="visitDue">For each visit, whether its household is due for its officer.</param>
    /// <param name="destination">Where to write.</param>
    /// <exception cref="ArgumentException">The flags are not one a visit.</exception>
    internal static void Write(ActivityLog part, IReadOnlyList<bool> visitDue, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(visitDue);
        ArgumentNullException.ThrowIfNull(destination);
        if (visitDue.Count != part.Visits.Count)
        {
            throw new ArgumentException($"The part has {part.Visits.Count} visits but {visitDue.Count} due flags: one a visit.", nameof(visitDue));
        }

        var w = new WireWriter(destination);
        w.Byte(Version);
        w.Int32(part.Visits.Count);
        for (var i = 0; i < part.Visits.Count; i++)
        {
            var v = part.Visits[i];
            w.String(v.Id.Value);
            w.String(v.Officer.Value);
            w.String(v.Household.Value);
            w.Int64(v.At.ToUnixTimeTicks());
            w.Int32((int)v.Kind);
            w.Int32((int)v.Outcomes);
            w.Byte(visitDue[i] ? (byte)1 : (byte)0);
        }

        w.Int32(part.FollowUps.Count);
        foreach (var c in part.FollowUps)
        {
            w.String(c.Id.Value);
            w.Int32((int)c.Subject);
            w.String(c.SubjectId);
            w.String(c.Person?.Value);
            w.Int64(c.At.ToUnixTimeTicks());
            w.Int32((int)c.Result);
        }

        w.Int32(part.Disputes.Count);
        foreach (var d in part.Disputes)
        {
            w.String(d.Id.Value);
            w.String(d.Beat.Value);
            w.Int32((int)d.Kind);
            w.Int64(d.ReportedAt.ToUnixTimeTicks());
            w.Int32(d.Parties.Count);
            foreach (var p in d.Parties)
            {
                w.String(p.Value);
            }
        }

        w.Int32(part.Mediations.Count);
        foreach (var m in part.Mediations)
        {
            w.String(m.Id.Value);
            w.String(m.Dispute.Value);
            w.String(m.Officer.Value);
            w.Int64(m.At.ToUnixTimeTicks());
            w.Int32((int)m.Mode);
            w.Int32((int)m.Outcome);
        }

        OfficerEvents(w, part.Leads, l => (l.Id.Value, l.Officer, l.At, (int)l.CaseKind));
        OfficerEvents(w, part.Apprehensions, a => (a.Id.Value, a.Officer, a.At, (int)a.Kind));

        w.Int32(part.Information.Count);
        foreach (var i in part.Information)
        {
            w.String(i.Id.Value);
            w.String(i.Officer.Value);
            w.Int32((int)i.Kind);
            Date(w, i.CollectedOn);
            w.Byte(i.EnteredOn is null ? (byte)0 : (byte)1);
            if (i.EnteredOn is { } entered)
            {
                Date(w, entered);
            }
        }

        w.Int32(part.Services.Count);
        foreach (var s in part.Services)
        {
            w.String(s.Id.Value);
            w.String(s.Officer.Value);
            w.Int64(s.At.ToUnixTimeTicks());
            w.String(s.Kind);
            w.Int32((int)s.Place);
            w.Int32((int)s.Recognition);
        }
    }

    /// <summary>Reads a part written by <see cref="Write"/>.</summary>
    /// <param name="source">The bytes.</param>
    /// <returns>The events and the visits' due flags.</returns>
    /// <exception cref="FormatException">The bytes are not of this version, are cut short or run on, or hold an id that is no id.</exception>
    internal static (ActivityLog Part, bool[] VisitDue) Read(ReadOnlySpan<byte> source)
    {
        var r = new WireReader(source, "activity part");
        r.Version(Version);
        try
        {
            var visits = new Visit[r.Count(4)];
            var due = new bool[visits.Length];
            for (var i = 0; i < visits.Length; i++)
            {
                visits[i] = new Visit(new VisitId(Text(ref r)), new OfficerId(Text(ref r)), new HouseholdId(Text(ref r)), Instant.FromUnixTimeTicks(r.Int64()), (VisitKind)r.Int32(), (VisitOutcomes)r.Int32());
                due[i] = r.Bool();
            }

            var calls = new FollowUpCall[r.Count(4)];
            for (var i = 0; i < calls.Length; i++)
            {
                calls[i] = new FollowUpCall(new CallId(Text(ref r)), (FollowUpSubject)r.Int32(), Text(ref r), r.String() is { } person ? new PersonId(person) : null, Instant.FromUnixTimeTicks(r.Int64()), (FollowUpResult)r.Int32());
            }

            var disputes = new Dispute[r.Count(4)];
            for (var i = 0; i < disputes.Length; i++)
            {
                var (id, beat, kind, reported) = (new DisputeId(Text(ref r)), new BeatId(Text(ref r)), (DisputeKind)r.Int32(), Instant.FromUnixTimeTicks(r.Int64()));
                var parties = new PersonId[r.Count(4)];
                for (var p = 0; p < parties.Length; p++)
                {
                    parties[p] = new PersonId(Text(ref r));
                }

                disputes[i] = new Dispute(id, beat, kind, reported, parties);
            }

            var mediations = new Mediation[r.Count(4)];
            for (var i = 0; i < mediations.Length; i++)
            {
                mediations[i] = new Mediation(new MediationId(Text(ref r)), new DisputeId(Text(ref r)), new OfficerId(Text(ref r)), Instant.FromUnixTimeTicks(r.Int64()), (MediationMode)r.Int32(), (MediationOutcome)r.Int32());
            }

            var leads = new CaseLead[r.Count(4)];
            for (var i = 0; i < leads.Length; i++)
            {
                leads[i] = new CaseLead(new LeadId(Text(ref r)), new OfficerId(Text(ref r)), Instant.FromUnixTimeTicks(r.Int64()), (CaseKind)r.Int32());
            }

            var apprehensions = new Apprehension[r.Count(4)];
            for (var i = 0; i < apprehensions.Length; i++)
            {
                apprehensions[i] = new Apprehension(new ApprehensionId(Text(ref r)), new OfficerId(Text(ref r)), Instant.FromUnixTimeTicks(r.Int64()), (ApprehensionKind)r.Int32());
            }

            var information = new InformationItem[r.Count(4)];
            for (var i = 0; i < information.Length; i++)
            {
                var (id, officer, kind, collected) = (new InformationItemId(Text(ref r)), new OfficerId(Text(ref r)), (InformationKind)r.Int32(), Date(ref r));
                information[i] = new InformationItem(id, officer, kind, collected, r.Bool() ? Date(ref r) : null);
            }

            var services = new ServiceRecord[r.Count(4)];
            for (var i = 0; i < services.Length; i++)
            {
                services[i] = new ServiceRecord(new ServiceId(Text(ref r)), new OfficerId(Text(ref r)), Instant.FromUnixTimeTicks(r.Int64()), Text(ref r), (ServicePlace)r.Int32(), (Recognition)r.Int32());
            }

            r.End();
            return (new ActivityLog(visits, calls, disputes, mediations, leads, apprehensions, information, services), due);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"The activity part holds a value that is no valid field: {ex.Message}", ex);
        }
    }

    /// <summary>Events of a kind that is an id, an officer, an instant and a kind: the count, then each.</summary>
    private static void OfficerEvents<T>(WireWriter w, IReadOnlyList<T> events, Func<T, (string Id, OfficerId Officer, Instant At, int Kind)> fields)
    {
        w.Int32(events.Count);
        foreach (var e in events)
        {
            var (id, officer, at, kind) = fields(e);
            w.String(id);
            w.String(officer.Value);
            w.Int64(at.ToUnixTimeTicks());
            w.Int32(kind);
        }
    }

    private static void Date(WireWriter w, LocalDate date)
    {
        w.Int32(date.Year);
        w.Byte((byte)date.Month);
        w.Byte((byte)date.Day);
    }

    private static LocalDate Date(ref WireReader r) => new(r.Int32(), r.Byte(), r.Byte());

    private static string Text(ref WireReader r) => r.String() ?? throw new FormatException("The activity part holds no text where an id or a kind belongs.");
}
