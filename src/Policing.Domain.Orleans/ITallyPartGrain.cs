namespace Policing.Domain.Orleans;

/// <summary>
/// One part of a month's tallies in one attempt of a run: it receives the part's events (every event of its
/// officers, the calls about them and the disputes they mediate) in large byte batches, and at the end of the pass
/// tallies them and sends back its officers' partial months with its counts.
/// </summary>
/// <remarks>The key names the run, the attempt and the part (<see cref="ShardKeys.OfTallyPart"/>): a re-run uses fresh grains.</remarks>
public interface ITallyPartGrain : IGrainWithStringKey
{
    /// <summary>Receives one batch of the part's events; a batch whose (sender, sequence) was received already is dropped.</summary>
    /// <param name="stamp">The batch's run, attempt, sender and sequence number.</param>
    /// <param name="batch">The batch, in the library's wire form of an activity part.</param>
    /// <returns>A task that completes when the batch is held.</returns>
    Task Receive(BatchStamp stamp, byte[] batch);

    /// <summary>Ends the pass: tallies the events received, in the senders' order, and returns the counts and the partial months; the part then deactivates.</summary>
    /// <param name="stamp">The run and attempt (the sender and sequence are not read).</param>
    /// <param name="month">The month tallied, in its time zone.</param>
    /// <returns>What the part received and its officers' partial months.</returns>
    Task<TallyReceipt> Finish(BatchStamp stamp, TallyMonth month);
}

/// <summary>The month a tally counts: its year and month, and the id of its time zone in the TZDB.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Zone">The TZDB id of the zone, for example <c>Asia/Shanghai</c>.</param>
[GenerateSerializer]
[Immutable]
[Alias("Policing.TallyMonth")]
public sealed record TallyMonth([property: Id(0)] int Year, [property: Id(1)] int Month, [property: Id(2)] string Zone);

/// <summary>What a tally part received in a pass and what it counted.</summary>
/// <param name="Batches">The distinct batches received.</param>
/// <param name="Events">The events in them.</param>
/// <param name="Repeats">The batches dropped as repeats.</param>
/// <param name="Months">The part's officers' partial months, in the library's wire form.</param>
[GenerateSerializer]
[Immutable]
[Alias("Policing.TallyReceipt")]
public sealed record TallyReceipt([property: Id(0)] long Batches, [property: Id(1)] long Events, [property: Id(2)] long Repeats, [property: Id(3)] byte[] Months);
