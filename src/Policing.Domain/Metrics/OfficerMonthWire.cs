using System.Buffers;
using Policing.Domain.Beats;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Metrics;

/// <summary>
/// One officer's partial month: the figures a part of the month's log gives for the officer (the counts of
/// <see cref="OfficerCounts"/>, the follow-up calls credited, the mediations whose every party was satisfied, the
/// distinct households visited and the due ones among them). Parts merge by addition (the longest entry delay by
/// maximum), in any order. The counts and calls add up over any split that keeps each call with its event; the
/// households, which are distinct, add up only over a split that keeps each officer's visits in one part
/// (<c>OfficerPartition</c>); the register's figures (households due, consistency) are the driver's.
/// </summary>
/// <param name="Officer">The officer.</param>
/// <param name="Counts">The counts of the officer's events of the part.</param>
/// <param name="Calls">The follow-up calls of the part credited to the officer.</param>
/// <param name="AllPartiesSatisfied">The officer's mediations of the part whose every party gave a satisfied call.</param>
/// <param name="DistinctHouseholds">The distinct households the officer visited in the month.</param>
/// <param name="DueHouseholdsVisited">Those of them due a visit in the beats the officer answers for.</param>
internal readonly record struct OfficerMonthPart(OfficerId Officer, OfficerCounts Counts, FollowUpCounts Calls, int AllPartiesSatisfied, int DistinctHouseholds, int DueHouseholdsVisited)
{
    /// <summary>The figures of both parts, for the same officer.</summary>
    internal OfficerMonthPart Plus(OfficerMonthPart other) =>
        new(Officer, Counts.Plus(other.Counts), Calls.Plus(other.Calls), AllPartiesSatisfied + other.AllPartiesSatisfied, DistinctHouseholds + other.DistinctHouseholds, DueHouseholdsVisited + other.DueHouseholdsVisited);

    /// <summary>The partial figures of a month a tally finished over a part, with the due households visited counted apart.</summary>
    internal static OfficerMonthPart Of(OfficerMonth m, int dueHouseholdsVisited) => new(
        m.Officer,
        new OfficerCounts(
            m.Visits, m.PriorityVisits, m.Mediations, m.MediationsResolved, m.MediationsEscalated, m.LeadsCriminal, m.LeadsPublicOrder,
            m.LeadsNarcotics, m.LeadsEconomic, m.SuspectsCaught, m.FugitivesCaught, m.InformationItems, m.InformationItemsEnteredSameDay,
            m.InformationItemsNotEntered, m.InformationEntryDelayDays, m.InformationMaxEntryDelayDays, m.Services, m.RecognisedServices, m.ServicesAtHome),
        new FollowUpCounts(m.FollowUpsSatisfied, m.FollowUpsDissatisfied, m.FollowUpsUnreachable),
        m.MediationsAllPartiesSatisfied,
        m.DistinctHouseholdsVisited,
        dueHouseholdsVisited);

    /// <summary>The officer's month: these figures on the register's (households due, consistency), read from a month of no events.</summary>
    internal OfficerMonth ToMonth(Officer officer, OfficerMonth register) =>
        Counts.ToMonth(officer.Id, officer.Role, register.Month, DistinctHouseholds, register.DueHouseholds, DueHouseholdsVisited, Calls, AllPartiesSatisfied, register.PersonIdConsistency);
}

/// <summary>
/// The wire form of officers' partial months (<see cref="OfficerMonthPart"/>), engine-free: little-endian, the version
/// first, then the number of officers and, for each, its id and every figure in a fixed order. No reflection: the
/// order of the figures is this file's.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class OfficerMonthWire
{
    /// <summary>The version of the wire form.</summary>
    internal const byte Version = 1;

    /// <summary>The bytes of one officer's figures after its id: 24 four-byte figures and one eight-byte total.</summary>
    private const int FigureBytes = (24 * 4) + 8;

    /// <summary>Writes partial months, one entry an officer.</summary>
    /// <param name="months">The partial months; each officer at most once.</param>
    /// <param name="destination">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An officer is given twice, or has no id.</exception>
    internal static void Write(IReadOnlyList<OfficerMonthPart> months, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(destination);
        var seen = new HashSet<OfficerId>();
        foreach (var month in months)
        {
            if (month.Officer.Value is null || !seen.Add(month.Officer))
            {
                throw new ArgumentException($"The officer '{month.Officer.Value ?? "(no id)"}' has no id or is given twice: a wire form holds one partial month an officer.", nameof(months));
            }
        }

        var wire = new WireWriter(destination);
        wire.Byte(Version);
        wire.Int32(months.Count);
        foreach (var (officer, c, calls, allSatisfied, distinct, dueVisited) in months)
        {
            wire.String(officer.Value);
            wire.Int32(c.Visits);
            wire.Int32(c.PriorityVisits);
            wire.Int32(c.Mediations);
            wire.Int32(c.MediationsResolved);
            wire.Int32(c.MediationsEscalated);
            wire.Int32(c.LeadsCriminal);
            wire.Int32(c.LeadsPublicOrder);
            wire.Int32(c.LeadsNarcotics);
            wire.Int32(c.LeadsEconomic);
            wire.Int32(c.Suspects);
            wire.Int32(c.Fugitives);
            wire.Int32(c.Information);
            wire.Int32(c.InformationSameDay);
            wire.Int32(c.InformationNotEntered);
            wire.Int64(c.InformationDelayDays);
            wire.Int32(c.InformationMaxDelayDays);
            wire.Int32(c.Services);
            wire.Int32(c.RecognisedServices);
            wire.Int32(c.ServicesAtHome);
            wire.Int32(calls.Satisfied);
            wire.Int32(calls.Dissatisfied);
            wire.Int32(calls.Unreachable);
            wire.Int32(allSatisfied);
            wire.Int32(distinct);
            wire.Int32(dueVisited);
        }
    }

    /// <summary>Reads partial months written by <see cref="Write"/>.</summary>
    /// <param name="source">The bytes.</param>
    /// <returns>The partial months, in the order written.</returns>
    /// <exception cref="FormatException">The bytes are not of this version, are cut short or run on, name an officer twice or none, or hold a negative figure.</exception>
    internal static IReadOnlyList<OfficerMonthPart> Read(ReadOnlySpan<byte> source)
    {
        var reader = new WireReader(source, "officers' partial months");
        reader.Version(Version);
        var months = new OfficerMonthPart[reader.Count(4 + FigureBytes)];
        var seen = new HashSet<OfficerId>();
        for (var i = 0; i < months.Length; i++)
        {
            var id = reader.String();
            if (OfficerOf(id) is not { } officer || !seen.Add(officer))
            {
                throw new FormatException($"The partial month at {i} names the officer '{id ?? "(none)"}', whose id is not valid or was named before.");
            }

            var counts = new OfficerCounts(
                reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(),
                reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(),
                reader.Int64(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32());
            var calls = new FollowUpCounts(reader.Int32(), reader.Int32(), reader.Int32());
            var month = new OfficerMonthPart(officer, counts, calls, reader.Int32(), reader.Int32(), reader.Int32());
            if (Negative(month))
            {
                throw new FormatException($"The partial month of officer '{id}' at {i} holds a negative figure: {month}.");
            }

            months[i] = month;
        }

        reader.End();
        return months;
    }

    /// <summary>Merges the partial months of disjoint parts, officer by officer.</summary>
    /// <param name="left">Some partial months, each officer at most once.</param>
    /// <param name="right">The other partial months, each officer at most once.</param>
    /// <returns>The sums, in officer-id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    internal static IReadOnlyList<OfficerMonthPart> Merge(IReadOnlyList<OfficerMonthPart> left, IReadOnlyList<OfficerMonthPart> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var sums = new Dictionary<OfficerId, OfficerMonthPart>();
        foreach (var month in left.Concat(right))
        {
            sums[month.Officer] = sums.TryGetValue(month.Officer, out var sum) ? sum.Plus(month) : month;
        }

        return [.. sums.Values.OrderBy(m => m.Officer.Value, StringComparer.Ordinal)];
    }

    private static OfficerId? OfficerOf(string? id)
    {
        try
        {
            return id is null ? null : new OfficerId(id);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool Negative(OfficerMonthPart m) => m is var (_, c, calls, allSatisfied, distinct, dueVisited) &&
        ((c.Visits | c.PriorityVisits | c.Mediations | c.MediationsResolved | c.MediationsEscalated | c.LeadsCriminal | c.LeadsPublicOrder
            | c.LeadsNarcotics | c.LeadsEconomic | c.Suspects | c.Fugitives | c.Information | c.InformationSameDay | c.InformationNotEntered
            | c.InformationMaxDelayDays | c.Services | c.RecognisedServices | c.ServicesAtHome | calls.Satisfied | calls.Dissatisfied
            | calls.Unreachable | allSatisfied | distinct | dueVisited) < 0 || c.InformationDelayDays < 0);
}
