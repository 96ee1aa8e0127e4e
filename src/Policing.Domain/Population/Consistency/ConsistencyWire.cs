using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Policing.Domain.Identity;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The compact, versioned wire forms of the consistency analysis, so that its states can leave the process: a part's
/// state (<see cref="ConsistencyPartial"/>: one entry per resident, the houses lived in, the reference problems),
/// and the batches of <see cref="ShuffleRecord"/> that the two shuffles scatter by hash range of their key. No
/// reflection: every field is written little-endian in a fixed order after a version byte.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ConsistencyWire
{
    /// <summary>The version of the wire form of a part's state.</summary>
    public const byte PartialVersion = 1;

    /// <summary>The version of the wire form of a shuffle batch.</summary>
    public const byte BatchVersion = 1;

    /// <summary>The size of a batch's header, before its records.</summary>
    public const int BatchHeaderBytes = 8;

    private const int EntryMinBytes = 4 + 8 + 8 + 4 + 4;

    /// <summary>Writes a part's state: the version, the register's shape (houses, beats), the entries, the houses lived in, the reference problems.</summary>
    /// <param name="part">The state.</param>
    /// <param name="destination">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WritePartial(ConsistencyPartial part, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(destination);
        var wire = new WireWriter(destination);
        wire.Byte(PartialVersion);
        wire.Int32(part.OccupiedHouses.Length);
        wire.Int32(part.Analyzer.BeatCount);
        wire.Int32(checked((int)part.Residents));
        foreach (var chunk in part.Chunks)
        {
            foreach (ref readonly var e in chunk.AsSpan())
            {
                wire.String(e.Person.Value);
                wire.UInt64(e.Number);
                wire.UInt64(e.PersonKey);
                wire.Int32(e.Beat);
                wire.Byte((byte)e.Status);
                wire.Byte((byte)e.Error);
                wire.Byte(e.Mismatch ? (byte)1 : (byte)0);
                wire.Byte((byte)e.House);
            }
        }

        foreach (var word in part.OccupiedHouses)
        {
            wire.UInt64(word);
        }

        wire.Int32(part.Problems.Count);
        foreach (var problem in part.Problems)
        {
            wire.String(problem.Resident.Value);
            wire.String(problem.UnknownHousehold?.Value);
            wire.String(problem.UnknownHouse?.Value);
        }
    }

    /// <summary>Reads a part's state written by <see cref="WritePartial"/>, for the analyzer of the same register in this process.</summary>
    /// <param name="analyzer">The analyzer over the register the part was accumulated against.</param>
    /// <param name="source">The bytes.</param>
    /// <returns>The state, which merges with this analyzer's other parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The bytes are not a part's state of this version, are cut short, hold a value out of range, or were written against a register of another shape.</exception>
    [MustUseOutcome]
    public static ConsistencyPartial ReadPartial(ConsistencyAnalyzer analyzer, ReadOnlySpan<byte> source)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var reader = new WireReader(source, "consistency partial state");
        reader.Version(PartialVersion);
        var words = reader.Int32();
        var beats = reader.Int32();
        var expectedWords = analyzer.Empty.OccupiedHouses.Length;
        if (words != expectedWords || beats != analyzer.BeatCount)
        {
            throw new FormatException($"The consistency partial state was written against a register of {words} house words and {beats} beats; this analyzer's register has {expectedWords} and {analyzer.BeatCount}.");
        }

        var entries = new ConsistencyEntry[reader.Count(EntryMinBytes)];
        for (var i = 0; i < entries.Length; i++)
        {
            var person = reader.String() ?? throw new FormatException($"The consistency partial state has no person id at entry {i}.");
            var (number, key, beat) = (reader.UInt64(), reader.UInt64(), reader.Int32());
            var (status, error, mismatch, house) = ((NumberStatus)reader.Byte(), (ResidentIdError)reader.Byte(), reader.Bool(), (PersonHouseVerdict)reader.Byte());
            if (beat < -1 || beat >= beats || !Enum.IsDefined(status) || !Enum.IsDefined(error) || !Enum.IsDefined(house))
            {
                throw new FormatException($"The consistency partial state's entry {i} ({person}) holds a value out of range: beat {beat}, status {status}, error {error}, house {house}.");
            }

            entries[i] = new ConsistencyEntry(new PersonId(person), number, key, beat, status, error, mismatch, house);
        }

        var occupied = new ulong[words];
        for (var i = 0; i < words; i++)
        {
            occupied[i] = reader.UInt64();
        }

        var problems = new ReferenceProblem[reader.Count(12)];
        for (var i = 0; i < problems.Length; i++)
        {
            var resident = reader.String() ?? throw new FormatException($"The consistency partial state has no resident at reference problem {i}.");
            var (household, house) = (reader.String(), reader.String());
            problems[i] = new ReferenceProblem(new PersonId(resident), household is null ? null : new HouseholdId(household), house is null ? null : new HouseId(house));
        }

        reader.End();
        return new ConsistencyPartial(analyzer, entries.Length == 0 ? [] : [entries], occupied, problems);
    }

    /// <summary>The shard that owns a key among <paramref name="shards"/> equal ranges of its hash: the same on every machine.</summary>
    /// <param name="key">The key (a packed number or a person key).</param>
    /// <param name="shards">The number of shards.</param>
    /// <returns>The shard, from 0 to <paramref name="shards"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shards"/> is below 1.</exception>
    public static int ShardOf(ulong key, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);

        // Fibonacci hashing spreads packed numbers, which share their leading digits, over the whole range.
        return (int)Math.BigMul(key * 0x9E3779B97F4A7C15UL, (ulong)shards, out _);
    }

    /// <summary>
    /// Scatters a part's valid records for one shuffle into batches per shard: each batch is one immutable buffer of
    /// at most <paramref name="batchRecords"/> records, to be sent whole. Every valid entry goes to exactly one batch.
    /// </summary>
    /// <param name="part">The part's state.</param>
    /// <param name="shuffle">The shuffle.</param>
    /// <param name="shards">The number of shards, each owning a range of the key's hash (<see cref="ShardOf"/>).</param>
    /// <param name="batchRecords">The most records a batch holds; tens of thousands make messages of about a megabyte.</param>
    /// <returns>The batches with their shard, lazily: a full batch is yielded as soon as it is full.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shuffle"/> is not defined, or a count is below 1.</exception>
    public static IEnumerable<(int Shard, byte[] Batch)> Batches(ConsistencyPartial part, ConsistencyShuffle shuffle, int shards, int batchRecords)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRecords, 1);
        _ = ConsistencyGroups.Empty(shuffle);
        return Scatter(part, shuffle, shards, batchRecords);
    }

    /// <summary>The records of a batch written by <see cref="Batches"/>, read in place.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="shuffle">The shuffle the batch must belong to.</param>
    /// <returns>Its records.</returns>
    /// <exception cref="FormatException">The batch is not of this version or shuffle, or its length does not match its count.</exception>
    public static ReadOnlySpan<ShuffleRecord> BatchRecords(ReadOnlySpan<byte> batch, ConsistencyShuffle shuffle)
    {
        var reader = new WireReader(batch, "shuffle batch");
        reader.Version(BatchVersion);
        if (reader.Byte() is var kind && kind != (byte)shuffle)
        {
            throw new FormatException($"The shuffle batch belongs to shuffle {kind}, not {shuffle}.");
        }

        _ = reader.Take(2);
        var count = reader.Int32();
        if (count < 0 || batch.Length != BatchHeaderBytes + ((long)count * 16))
        {
            throw new FormatException($"The shuffle batch announces {count} records but holds {batch.Length - BatchHeaderBytes} bytes of records.");
        }

        var records = MemoryMarshal.Cast<byte, ShuffleRecord>(batch[BatchHeaderBytes..]);
        if (BitConverter.IsLittleEndian)
        {
            return records;
        }

        var swapped = new ShuffleRecord[count];
        for (var i = 0; i < count; i++)
        {
            swapped[i] = new ShuffleRecord(BinaryPrimitives.ReverseEndianness(records[i].Key), BinaryPrimitives.ReverseEndianness(records[i].Other));
        }

        return swapped;
    }

    /// <summary>The number of valid entries in a part: the records each shuffle moves.</summary>
    /// <param name="part">The part's state.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is <see langword="null"/>.</exception>
    public static long ValidEntries(ConsistencyPartial part)
    {
        ArgumentNullException.ThrowIfNull(part);
        long valid = 0;
        foreach (var chunk in part.Chunks)
        {
            foreach (ref readonly var e in chunk.AsSpan())
            {
                valid += e.Status == NumberStatus.Valid ? 1 : 0;
            }
        }

        return valid;
    }

    private static IEnumerable<(int Shard, byte[] Batch)> Scatter(ConsistencyPartial part, ConsistencyShuffle shuffle, int shards, int batchRecords)
    {
        var buffers = new ShuffleRecord[shards][];
        var filled = new int[shards];
        foreach (var chunk in part.Chunks)
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                ref readonly var e = ref chunk[i];
                if (e.Status != NumberStatus.Valid)
                {
                    continue;
                }

                var record = shuffle == ConsistencyShuffle.ByNumber ? new ShuffleRecord(e.Number, e.PersonKey) : new ShuffleRecord(e.PersonKey, e.Number);
                var shard = ShardOf(record.Key, shards);
                (buffers[shard] ??= new ShuffleRecord[batchRecords])[filled[shard]++] = record;
                if (filled[shard] == batchRecords)
                {
                    yield return (shard, Encode(shuffle, buffers[shard].AsSpan(0, batchRecords)));
                    filled[shard] = 0;
                }
            }
        }

        for (var shard = 0; shard < shards; shard++)
        {
            if (filled[shard] > 0)
            {
                yield return (shard, Encode(shuffle, buffers[shard].AsSpan(0, filled[shard])));
            }
        }
    }

    private static byte[] Encode(ConsistencyShuffle shuffle, ReadOnlySpan<ShuffleRecord> records)
    {
        var batch = new byte[BatchHeaderBytes + (records.Length * 16)];
        batch[0] = BatchVersion;
        batch[1] = (byte)shuffle;
        BinaryPrimitives.WriteInt32LittleEndian(batch.AsSpan(4), records.Length);
        var body = batch.AsSpan(BatchHeaderBytes);
        for (var i = 0; i < records.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(body[(i * 16)..], records[i].Key);
            BinaryPrimitives.WriteUInt64LittleEndian(body[((i * 16) + 8)..], records[i].Other);
        }

        return batch;
    }
}
