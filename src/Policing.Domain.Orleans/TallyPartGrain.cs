using System.Buffers;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Metrics;

namespace Policing.Domain.Orleans;

/// <summary>
/// A part of a month's tallies (<see cref="ITallyPartGrain"/>). It holds the batches, decoded, and at the end of
/// the pass, puts them back in the senders' order (the tally's rules read the log's order: the last event with an
/// id is the one a call follows up), tallies the part with the library's accumulator and returns the partial
/// months. Nothing is persisted: a part lost with its silo is re-run from the driver's input.
/// </summary>
[global::Orleans.Placement.RandomPlacement]
internal sealed class TallyPartGrain : Grain, ITallyPartGrain
{
    private readonly SortedDictionary<(int Sender, long Sequence), (ActivityLog Part, bool[] VisitDue)> _batches = new();
    private (Guid Run, int Attempt)? _owner;
    private long _events;
    private long _repeats;

    /// <inheritdoc/>
    public Task Receive(BatchStamp stamp, byte[] batch)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(batch);
        Own(stamp);
        var part = ActivityPartWire.Read(batch);
        if (!_batches.TryAdd((stamp.Sender, stamp.Sequence), part))
        {
            _repeats++;
            return Task.CompletedTask;
        }

        _events += part.Part.Count;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<TallyReceipt> Finish(BatchStamp stamp, TallyMonth month)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(month);
        Own(stamp);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(month.Zone) ?? throw new ArgumentException($"The time zone '{month.Zone}' is not in the TZDB.", nameof(month));
        var period = new MonthlyPeriod(new YearMonth(month.Year, month.Month), zone);
        var parts = _batches.Values;
        var log = new ActivityLog(
            [.. parts.SelectMany(p => p.Part.Visits)],
            [.. parts.SelectMany(p => p.Part.FollowUps)],
            [.. parts.SelectMany(p => p.Part.Disputes)],
            [.. parts.SelectMany(p => p.Part.Mediations)],
            [.. parts.SelectMany(p => p.Part.Leads)],
            [.. parts.SelectMany(p => p.Part.Apprehensions)],
            [.. parts.SelectMany(p => p.Part.Information)],
            [.. parts.SelectMany(p => p.Part.Services)]);
        var months = new ArrayBufferWriter<byte>();
        OfficerMonthWire.Write(OfficerPartition.TallyPart(log, [.. parts.SelectMany(p => p.VisitDue)], period), months);
        var receipt = new TallyReceipt(_batches.Count, _events, _repeats, months.WrittenSpan.ToArray());

        // The pass is over for this part: its memory is given back at once.
        _batches.Clear();
        DeactivateOnIdle();
        return Task.FromResult(receipt);
    }

    private void Own(BatchStamp stamp)
    {
        _owner ??= (stamp.Run, stamp.Attempt);
        if (_owner != (stamp.Run, stamp.Attempt))
        {
            throw new InvalidOperationException($"The tally part {this.GetPrimaryKeyString()} belongs to run {_owner.Value.Run} attempt {_owner.Value.Attempt}, not to run {stamp.Run} attempt {stamp.Attempt}.");
        }
    }
}
