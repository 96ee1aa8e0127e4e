using System.Buffers;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Tests.Activity;

namespace Policing.Domain.Tests.Metrics;

/// <summary>The wire form of officers' partial months, and the month tallied by officer parts against the one-process tally.</summary>
public sealed class OfficerMonthWireTests
{
    private static readonly MonthlyPeriod January = new(new YearMonth(2014, 1));

    private static readonly OfficerId[] Officers = [new("P-01"), new("P-02"), new("P-03"), new("民警-04")];

    [Property(MaxTest = 300)]
    public bool PartialMonths_RoundTrip(Step[] steps) =>
        Decode(Months(steps)).SequenceEqual(Months(steps)) && Decode([]).Count == 0;

    [Property(MaxTest = 300)]
    public bool MergeOfDecoded_IsDecodedOfMerge_IsTheMonthsOfAllTheEvents(Step[] left, Step[] right)
    {
        // The events of a month cut in two anywhere (items never entered among them): the two parts' months, decoded
        // and merged, are the merge decoded, are the months of all the events, in either order.
        var (a, b) = (Months(left), Months(right));
        var decodedThenMerged = OfficerMonthWire.Merge(Decode(a), Decode(b));
        var mergedThenDecoded = Decode(OfficerMonthWire.Merge(a, b));
        var whole = Months([.. left, .. right]);
        return decodedThenMerged.SequenceEqual(mergedThenDecoded) && mergedThenDecoded.SequenceEqual(whole)
            && OfficerMonthWire.Merge(b, a).SequenceEqual(whole) && OfficerMonthWire.Merge(a, []).SequenceEqual(a);
    }

    [Fact]
    public void NeverEntered_Items_CrossTheWire_AsNotEntered_WithNoDelay()
    {
        var month = Months([new Step(0, 4, -1), new Step(0, 4, 3), new Step(0, 4, 0)]).Single();
        var decoded = Decode([month]).Single();

        Assert.Equal((3, 1, 1, 3L, 3), (decoded.Counts.Information, decoded.Counts.InformationSameDay, decoded.Counts.InformationNotEntered, decoded.Counts.InformationDelayDays, decoded.Counts.InformationMaxDelayDays));
    }

    [Fact]
    public void BadBytes_AreRefused_NamingWhatIsWrong()
    {
        var bytes = Bytes(w => OfficerMonthWire.Write(Months([new Step(1, 0, 1), new Step(2, 5, 0)]), w));

        var version = (byte[])bytes.Clone();
        version[0] = 9;
        Assert.Contains("version 9", Assert.Throws<FormatException>(() => OfficerMonthWire.Read(version)).Message, StringComparison.Ordinal);
        Assert.Contains("cut short", Assert.Throws<FormatException>(() => OfficerMonthWire.Read(bytes.AsSpan(0, bytes.Length - 1))).Message, StringComparison.Ordinal);
        var negative = (byte[])bytes.Clone();
        negative[^1] = 0xFF;
        negative[^2] = 0xFF;
        negative[^3] = 0xFF;
        negative[^4] = 0xFF;
        Assert.Contains("negative", Assert.Throws<FormatException>(() => OfficerMonthWire.Read(negative)).Message, StringComparison.Ordinal);
        var twice = Months([new Step(1, 0, 1)]);
        Assert.Throws<ArgumentException>(() => OfficerMonthWire.Write([.. twice, .. twice], new ArrayBufferWriter<byte>()));
    }

    [Property(MaxTest = 25)]
    public void ByOfficerParts_GiveTheOneProcessMonths_OnLogsWithRepeatedIdsOfEveryKind(PositiveInt seed, PositiveInt parts)
    {
        // Each part through the wire (its events and due flags in, its partial months out), tallied apart, merged in
        // a random order: the months MonthlyTally builds over the whole log.
        var (context, generated, plan) = TallyTests.GeneratedMonth(600, (seed.Get % 500) + 1);
        var random = new Random(seed.Get);
        var log = TallyPathsTests.WithRepeatedIds(generated.Log, context, random);
        Func<BeatId, Rate> consistency = b => Rate.Of(b.Value.Length % 7, 7);

        var split = OfficerPartition.Split(log, context, plan, (parts.Get % 9) + 1);
        var months = split.OrderBy(_ => random.Next()).Select(p =>
        {
            var (part, due) = ActivityPartWire.Read(Bytes(w => ActivityPartWire.Write(p.Log, p.VisitDue, w)));
            return Decode(OfficerPartition.TallyPart(part, due, January));
        }).Aggregate((IReadOnlyList<OfficerMonthPart>)[], OfficerMonthWire.Merge);

        Assert.Equal(log.Count - log.Disputes.Count, split.Sum(p => p.Log.Count - p.Log.Disputes.Count));
        Assert.Equal(MonthlyTally.Build(context, log, plan, consistency), OfficerPartition.Finish(months, context, plan, consistency));
    }

    /// <summary>One event of a month: whose, of what kind, and a value (a result, a kind, an entry delay; negative: never entered).</summary>
    public readonly record struct Step(byte Officer, byte Kind, sbyte Value);

    /// <summary>The partial months of some events, by the tally's own rules, each officer once, in id order.</summary>
    private static IReadOnlyList<OfficerMonthPart> Months(IEnumerable<Step> steps)
    {
        var months = new Dictionary<OfficerId, OfficerMonthPart>();
        foreach (var (o, kind, value) in steps)
        {
            var officer = Officers[o % Officers.Length];
            var m = months.GetValueOrDefault(officer, new OfficerMonthPart(officer, default, default, 0, 0, 0));
            var (c, calls) = (m.Counts, m.Calls);
            var v = Math.Abs((int)value);
            switch (kind % 9)
            {
                case 0: c.AddVisit((VisitKind)(v % 2)); break;
                case 1: c.AddMediation((MediationOutcome)(v % 3)); break;
                case 2: c.AddLead((CaseKind)(v % 4)); break;
                case 3: c.AddApprehension((ApprehensionKind)(v % 2)); break;
                case 4: c.AddInformation(value < 0 ? OfficerCounts.NotEntered : value % 40); break;
                case 5: c.AddService((Recognition)(v % 4), (ServicePlace)(v % 3)); break;
                case 6: calls.Add((FollowUpResult)(v % 3)); break;
                case 7: m = m with { AllPartiesSatisfied = m.AllPartiesSatisfied + 1 }; break;
                default: m = m with { DistinctHouseholds = m.DistinctHouseholds + 1, DueHouseholdsVisited = m.DueHouseholdsVisited + (v % 2) }; break;
            }

            months[officer] = m with { Counts = c, Calls = calls };
        }

        return [.. months.Values.OrderBy(m => m.Officer.Value, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<OfficerMonthPart> Decode(IReadOnlyList<OfficerMonthPart> months) => OfficerMonthWire.Read(Bytes(w => OfficerMonthWire.Write(months, w)));

    private static byte[] Bytes(Action<IBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
