namespace Policing.Domain.Orleans;

/// <summary>
/// One shard of one shuffle of one attempt of a run: it owns a range of the key's hash
/// (<see cref="Population.Consistency.ConsistencyWire.ShardOf"/>), receives every valid record of its range in large
/// byte batches, and at the end of the pass groups them and sends back the defective groups with its counts.
/// </summary>
/// <remarks>
/// The key names the run, the attempt, the shuffle and the shard (<see cref="ShardKeys"/>): a re-run of a pass uses
/// fresh grains, so a shard that came back empty on another silo is never mistaken for one that holds its records.
/// </remarks>
public interface IShuffleShardGrain : IGrainWithStringKey
{
    /// <summary>Receives one batch; a batch whose (sender, sequence) was received already is dropped.</summary>
    /// <param name="stamp">The batch's run, attempt, sender and sequence number.</param>
    /// <param name="batch">The batch, as <see cref="Population.Consistency.ConsistencyWire.Batches"/> wrote it.</param>
    /// <returns>A task that completes when the batch is held.</returns>
    Task Receive(BatchStamp stamp, byte[] batch);

    /// <summary>Ends the pass: groups the records received and returns the counts and the defective groups; the shard then deactivates.</summary>
    /// <param name="stamp">The run and attempt (the sender and sequence are not read).</param>
    /// <returns>What the shard received and found.</returns>
    Task<ShardReceipt> Finish(BatchStamp stamp);
}

/// <summary>The identity of a batch: which run and attempt it belongs to, who sent it and its number in the sender's sequence.</summary>
/// <param name="Run">The run.</param>
/// <param name="Attempt">The attempt of the pass, from 1.</param>
/// <param name="Sender">The sender, unique within the run.</param>
/// <param name="Sequence">The batch's number among the sender's batches of the attempt.</param>
[GenerateSerializer]
[Immutable]
[Alias("Policing.BatchStamp")]
public sealed record BatchStamp([property: Id(0)] Guid Run, [property: Id(1)] int Attempt, [property: Id(2)] int Sender, [property: Id(3)] long Sequence);

/// <summary>What a shard received in a pass and what it found.</summary>
/// <param name="Batches">The distinct batches received.</param>
/// <param name="Records">The records in them.</param>
/// <param name="Repeats">The batches dropped as repeats.</param>
/// <param name="Groups">The defective groups, in the wire form of <see cref="Population.Consistency.ConsistencyGroups.Write"/>.</param>
[GenerateSerializer]
[Immutable]
[Alias("Policing.ShardReceipt")]
public sealed record ShardReceipt([property: Id(0)] long Batches, [property: Id(1)] long Records, [property: Id(2)] long Repeats, [property: Id(3)] byte[] Groups);
