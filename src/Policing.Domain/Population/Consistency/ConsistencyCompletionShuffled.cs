using Policing.Domain.Internals;

namespace Policing.Domain.Population.Consistency;

/// <summary>The completion's marks taken from groups found elsewhere (the shards of a cluster) instead of grouping here.</summary>
internal sealed partial class ConsistencyCompletion
{
    /// <summary>Marks each valid record with the marks of its number's group and of its person key's group; a key in neither table marks nothing.</summary>
    private void MarkShuffled(Dictionary<ulong, byte> byNumber, Dictionary<ulong, byte> byPersonKey, byte[] flags) =>
        Parallel.For(0, _parts, Scheduler.Options(_parts), part =>
        {
            var (from, to) = ChunksOf(part);
            for (var c = from; c < to; c++)
            {
                var index = _chunkStart[c];
                foreach (ref readonly var e in _chunks[c].AsSpan())
                {
                    if (e.Status == NumberStatus.Valid)
                    {
                        flags[index] = (byte)(byNumber.GetValueOrDefault(e.Number) | byPersonKey.GetValueOrDefault(e.PersonKey));
                    }

                    index++;
                }
            }
        });
}
