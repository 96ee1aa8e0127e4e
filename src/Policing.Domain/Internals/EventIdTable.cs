namespace Policing.Domain.Internals;

/// <summary>
/// The ids of one kind of record (an event's id, a dispute's, a person's), each mapped to the value of the last record
/// carrying it or, when built to keep the first, of the first, with a link from every record to the earlier record
/// with its id that the table kept. The ids are split by hash into one table per core, so that each core builds its
/// table alone and still sees the records in order.
/// </summary>
/// <remarks>
/// Once built, any number of threads may look ids up at once. The tables are borrowed from the pass's
/// <see cref="PooledArrays"/>, for a table lives only while one log is put into columns: none may be read once it
/// gives them back.
/// </remarks>
internal sealed class EventIdTable
{
    /// <summary>The <see cref="Earlier"/> of a record without an id (its <c>idOf</c> gave <see langword="null"/>).</summary>
    internal const int NoId = -2;

    /// <summary>A region of a table holds 2^13 slots: 128 KiB.</summary>
    private const int RegionBits = 13;

    private readonly uint _seed;
    private readonly StringIndex[] _tables;

    private EventIdTable(uint seed, StringIndex[] tables, int[] earlier, bool hasEarlier)
    {
        _seed = seed;
        _tables = tables;
        Earlier = earlier;
        HasEarlier = hasEarlier;
    }

    /// <summary>
    /// Gets, for each record, the value of the earlier record with its id that the table kept: the previous one, or
    /// the first when built to keep the first; -1 when there is none, <see cref="NoId"/> for a record without an id.
    /// The array is borrowed from the pass's <see cref="PooledArrays"/> and may be longer than the records.
    /// </summary>
    internal int[] Earlier { get; }

    /// <summary>Gets a value indicating whether any record has an earlier record with its id, or no id: whether <see cref="Earlier"/> holds anything but -1.</summary>
    internal bool HasEarlier { get; }

    /// <summary>
    /// Tables the ids of a kind of record whose hashes and packed forms are known already (computed in a pass that reads
    /// the records anyway), so that only an id that does not pack is read again.
    /// </summary>
    /// <param name="count">The number of records.</param>
    /// <param name="idOf">The id of a record, by its index, or <see langword="null"/> when it has none: read only for an id that does not pack (a record without an id has the default packed form).</param>
    /// <param name="hashes">The hash of each record's id under <paramref name="seed"/>.</param>
    /// <param name="keys">The packed form of each record's id, from <see cref="StringIndex.Hash(string, uint, out StringIndex.PackedKey)"/>.</param>
    /// <param name="seed">The seed, from <see cref="StringIndex.NewSeed"/>.</param>
    /// <param name="options">The cores to use; one table each.</param>
    /// <param name="pool">The pass's borrowed arrays, where the tables' arrays are borrowed.</param>
    /// <param name="values">The value to table for each record (and so what <see cref="Earlier"/> and <see cref="Find(string, StringIndex.PackedKey, uint)"/> give); its index when <see langword="null"/>.</param>
    /// <param name="keepFirst">Whether an id keeps the value of the first record with it rather than the last.</param>
    internal static EventIdTable Build(
        int count,
        Func<int, string?> idOf,
        uint[] hashes,
        StringIndex.PackedKey[] keys,
        uint seed,
        ParallelOptions options,
        PooledArrays pool,
        int[]? values = null,
        bool keepFirst = false)
    {
        var parts = Math.Max(options.MaxDegreeOfParallelism, 1);
        var sizes = new int[parts][];
        Parallel.For(0, parts, options, p =>
        {
            var mine = sizes[p] = new int[parts];
            var (start, end) = Scheduler.Range(count, p, parts);
            for (var i = start; i < end; i++)
            {
                mine[TableOf(hashes[i], parts)]++;
            }
        });

        // Each table is filled a region of slots at a time, every record of a region one after another, so that the
        // region (a core's cache holds it) is read from memory once, not once a record: the records are first copied,
        // region by region, into a staging array, keeping their order within each region (and so within each id).
        var tables = new StringIndex[parts];
        var shifts = new int[parts];
        var firstRegion = new int[parts + 1];
        Parallel.For(0, parts, options, t => tables[t] = new StringIndex(sizes.Sum(s => s[t]), seed, pool));
        for (var t = 0; t < parts; t++)
        {
            shifts[t] = Math.Max(0, System.Numerics.BitOperations.Log2((uint)tables[t].SlotCount) - RegionBits);
            firstRegion[t + 1] = firstRegion[t] + (tables[t].SlotCount >> shifts[t]);
        }

        int RegionOf(uint hash)
        {
            var t = TableOf(hash, parts);
            return firstRegion[t] + (int)((hash & (uint)(tables[t].SlotCount - 1)) >> shifts[t]);
        }

        var regions = firstRegion[parts];
        var cursors = new int[parts][];
        Parallel.For(0, parts, options, p =>
        {
            var mine = cursors[p] = new int[regions];
            var (start, end) = Scheduler.Range(count, p, parts);
            for (var i = start; i < end; i++)
            {
                mine[RegionOf(hashes[i])]++;
            }
        });

        var regionStarts = new int[regions + 1];
        for (var r = 0; r < regions; r++)
        {
            regionStarts[r + 1] = regionStarts[r];
            for (var p = 0; p < parts; p++)
            {
                var size = cursors[p][r];
                cursors[p][r] = regionStarts[r + 1];
                regionStarts[r + 1] += size;
            }
        }

        // The staging array lives only while the tables are filled: it is borrowed apart, and given back here.
        using var staging = new PooledArrays();
        var staged = staging.Rent<StagedId>(count);
        var earlier = pool.Rent<int>(count);
        Parallel.For(0, parts, options, p =>
        {
            var mine = cursors[p];
            var (start, end) = Scheduler.Range(count, p, parts);
            for (var i = start; i < end; i++)
            {
                earlier[i] = -1;
                staged[mine[RegionOf(hashes[i])]++] = new StagedId(keys[i].Low, keys[i].High, hashes[i], i, values is null ? i : values[i]);
            }
        });

        var linked = 0;
        Parallel.For(0, parts, options, t =>
        {
            var table = tables[t];
            var links = false;
            for (var s = regionStarts[firstRegion[t]]; s < regionStarts[firstRegion[t + 1]]; s++)
            {
                var record = staged[s];
                var key = new StringIndex.PackedKey(record.Low, record.High);
                var old = key.IsPacked ? table.Put(key, record.Hash, record.Value, replace: !keepFirst)
                    : idOf(record.Index) is { } id ? table.Put(id, record.Hash, record.Value, replace: !keepFirst)
                    : NoId;
                if (old != -1)
                {
                    earlier[record.Index] = old;
                    links = true;
                }
            }

            if (links)
            {
                Volatile.Write(ref linked, 1);
            }
        });

        return new EventIdTable(seed, tables, earlier, linked != 0);
    }

    /// <summary>Hashes an id and packs it, for <see cref="Touch(uint)"/> and <see cref="Find(string, StringIndex.PackedKey, uint)"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="packed">The id's packed form, or <c>default</c> when it does not pack.</param>
    /// <returns>The id's hash.</returns>
    internal uint Hash(string id, out StringIndex.PackedKey packed) => StringIndex.Hash(id, _seed, out packed);

    /// <summary>
    /// Reads the slot where the probe of an id with a known hash starts, so that it is in the cache when the id is
    /// found a moment later: touching the slots of a block of ids back to back lets their misses overlap.
    /// </summary>
    /// <param name="hash">The id's hash, from <see cref="Hash(string, out StringIndex.PackedKey)"/>.</param>
    /// <returns>The hash, unchanged.</returns>
    internal uint Touch(uint hash) => _tables[TableOf(hash, _tables.Length)].Touch(hash);

    /// <summary>
    /// Finds the value kept for an id whose hash and packed form <see cref="Hash(string, out StringIndex.PackedKey)"/>
    /// gave (the last record's with it, or the first's when built to keep the first), without reading an id that packs again.
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="packed">The id's packed form.</param>
    /// <param name="hash">The id's hash.</param>
    /// <returns>The value, or -1 when no record has the id.</returns>
    internal int Find(string id, StringIndex.PackedKey packed, uint hash) => _tables[TableOf(hash, _tables.Length)].Find(id, packed, hash);

    /// <summary>The table of a hash: from its high bits, as a table's slot comes from its low bits.</summary>
    private static int TableOf(uint hash, int parts) => (int)(((ulong)hash * (uint)parts) >> 32);

    /// <summary>A record on its way into its table: its id's packed form (in two fields, so the record takes 24 bytes) and hash, its index, and the value to table.</summary>
    private readonly record struct StagedId(ulong Low, uint High, uint Hash, int Index, int Value);
}
