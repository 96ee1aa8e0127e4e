namespace Policing.Domain.Activity;

/// <summary>
/// The ids of one kind of event, mapped to the last event carrying each id, with a chain from every event to the
/// previous event with its id (-1 when it is the first; a validated log has no second). The ids are split by hash
/// into one table per core, so that each core builds its table alone and still sees the events in log order.
/// </summary>
/// <remarks>
/// Once built, any number of threads may look ids up at once. The tables are taken from the shared array pool, for a
/// table lives only while one log is put into columns: <see cref="Release"/> gives them back.
/// </remarks>
internal sealed class EventIdTable
{
    private const int Block = 16;

    private readonly uint _seed;
    private readonly StringIndex[] _tables;

    private EventIdTable(uint seed, StringIndex[] tables, int[] previous)
    {
        _seed = seed;
        _tables = tables;
        Previous = previous;
    }

    /// <summary>Gets, for each event, the index of the previous event with its id, or -1.</summary>
    internal int[] Previous { get; }

    /// <summary>
    /// Tables the ids of a kind of event whose hashes and packed forms are known already (computed in a pass that reads
    /// the events anyway), so that only an id that does not pack is read again.
    /// </summary>
    /// <param name="count">The number of events.</param>
    /// <param name="idOf">The id of an event, by its index: read only for an id that does not pack.</param>
    /// <param name="hashes">The hash of each event's id under <paramref name="seed"/>.</param>
    /// <param name="keys">The packed form of each event's id, from <see cref="StringIndex.Hash(string, uint, out StringIndex.PackedKey)"/>.</param>
    /// <param name="seed">The seed, from <see cref="StringIndex.NewSeed"/>.</param>
    /// <param name="options">The cores to use; one table each.</param>
    /// <param name="values">The value to table for each event (and so what <see cref="Previous"/> and <see cref="FindLast"/> give); its index when <see langword="null"/>.</param>
    internal static EventIdTable Build(int count, Func<int, string> idOf, uint[] hashes, StringIndex.PackedKey[] keys, uint seed, ParallelOptions options, int[]? values = null)
    {
        var parts = Math.Max(options.MaxDegreeOfParallelism, 1);
        var sizes = new int[parts][];
        Parallel.For(0, parts, options, p =>
        {
            var mine = sizes[p] = new int[parts];
            var (start, end) = ActivityColumns.Range(count, p, parts);
            for (var i = start; i < end; i++)
            {
                mine[TableOf(hashes[i], parts)]++;
            }
        });

        var tables = new StringIndex[parts];
        var previous = new int[count];
        Parallel.For(0, parts, options, t =>
        {
            // The table's events a block at a time: their slots are read before any is filled, so their misses overlap.
            var table = tables[t] = new StringIndex(sizes.Sum(s => s[t]), seed, pooled: true);
            Span<int> block = stackalloc int[Block];
            var held = 0;
            for (var i = 0; i <= count; i++)
            {
                if (held == Block || (i == count && held > 0))
                {
                    foreach (var e in block[..held])
                    {
                        var value = values is null ? e : values[e];
                        previous[e] = keys[e].IsPacked ? table.Exchange(keys[e], hashes[e], value) : table.Exchange(idOf(e), hashes[e], value);
                    }

                    held = 0;
                }

                if (i < count && TableOf(hashes[i], parts) == t)
                {
                    table.Touch(hashes[i]);
                    block[held++] = i;
                }
            }
        });

        return new EventIdTable(seed, tables, previous);
    }

    /// <summary>Gives the tables back to the array pool they came from; <see cref="Previous"/> stays, but ids can no longer be found.</summary>
    internal void Release()
    {
        foreach (var table in _tables)
        {
            table.Release();
        }
    }

    /// <summary>Hashes an id, for <see cref="Touch(uint)"/> and <see cref="FindLast(string, uint)"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The id's hash.</returns>
    internal uint Hash(string id) => StringIndex.Hash(id, _seed);

    /// <summary>
    /// Reads the slot where the probe of an id with a known hash starts, so that it is in the cache when the id is
    /// found a moment later: touching the slots of a block of ids back to back lets their misses overlap.
    /// </summary>
    /// <param name="hash">The id's hash, from <see cref="Hash(string)"/>.</param>
    /// <returns>The hash, unchanged.</returns>
    internal uint Touch(uint hash) => _tables[TableOf(hash, _tables.Length)].Touch(hash);

    /// <summary>Finds the last event with an id whose hash <see cref="Hash(string)"/> gave.</summary>
    /// <param name="id">The id.</param>
    /// <param name="hash">The id's hash.</param>
    /// <returns>The event's index, or -1 when no event has the id.</returns>
    internal int FindLast(string id, uint hash) => _tables[TableOf(hash, _tables.Length)].Find(id, hash);

    /// <summary>The table of a hash: from its high bits, as a table's slot comes from its low bits.</summary>
    private static int TableOf(uint hash, int parts) => (int)(((ulong)hash * (uint)parts) >> 32);
}
