using System.Buffers;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Orleans;

/// <summary>
/// A shard of a shuffle (<see cref="IShuffleShardGrain"/>). It holds the batches as they came, untouched, and groups
/// them once at the end of the pass. Bulk records are never persisted: a shard lost with its silo is re-run from the
/// driver's re-readable input.
/// </summary>
[global::Orleans.Placement.RandomPlacement]
internal sealed class ShuffleShardGrain : Grain, IShuffleShardGrain
{
    private readonly List<byte[]> _batches = [];
    private readonly HashSet<(int Sender, long Sequence)> _seen = [];
    private (Guid Run, int Attempt)? _owner;
    private long _records;
    private long _repeats;

    /// <inheritdoc/>
    public Task Receive(BatchStamp stamp, byte[] batch)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(batch);
        Own(stamp);
        var records = ConsistencyWire.BatchRecords(batch, ShardKeys.ShuffleOf(this.GetPrimaryKeyString())).Length;
        if (!_seen.Add((stamp.Sender, stamp.Sequence)))
        {
            _repeats++;
            return Task.CompletedTask;
        }

        _batches.Add(batch);
        _records += records;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<ShardReceipt> Finish(BatchStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        Own(stamp);
        var shuffle = ShardKeys.ShuffleOf(this.GetPrimaryKeyString());
        var all = new ShuffleRecord[_records];
        var at = 0;
        foreach (var batch in _batches)
        {
            var records = ConsistencyWire.BatchRecords(batch, shuffle);
            records.CopyTo(all.AsSpan(at));
            at += records.Length;
        }

        var groups = new ArrayBufferWriter<byte>();
        ConsistencyGroups.Of(shuffle, all).Defective().Write(groups);
        var receipt = new ShardReceipt(_batches.Count, _records, _repeats, groups.WrittenSpan.ToArray());

        // The pass is over for this shard: its memory is given back at once.
        _batches.Clear();
        _seen.Clear();
        DeactivateOnIdle();
        return Task.FromResult(receipt);
    }

    private void Own(BatchStamp stamp)
    {
        _owner ??= (stamp.Run, stamp.Attempt);
        if (_owner != (stamp.Run, stamp.Attempt))
        {
            throw new InvalidOperationException($"The shard {this.GetPrimaryKeyString()} belongs to run {_owner.Value.Run} attempt {_owner.Value.Attempt}, not to run {stamp.Run} attempt {stamp.Attempt}.");
        }
    }
}
