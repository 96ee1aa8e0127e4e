using System.Buffers;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The partial state of one shuffle (<see cref="ConsistencyShuffle"/>): for each key, how many valid records hold it,
/// the smallest other key among them, and whether they hold different other keys. States of disjoint records merge,
/// in any order and grouping, into the state of all of them (a commutative monoid with <see cref="Empty"/>), and
/// have a compact versioned wire form (<see cref="Write"/>, <see cref="Read"/>).
/// </summary>
/// <remarks>
/// <para>A shard of a cluster that owns a range of keys receives every record of its keys, groups them with
/// <see cref="Of"/> and sends back only <see cref="Defective"/>: the groups that mark a record, a few among millions.
/// <see cref="ConsistencyAnalyzer.CompleteFromShuffles"/> finishes
/// the analysis from the defective groups of both shuffles.</para>
/// <para>This type is immutable and is thread-safe.</para>
/// </remarks>
public sealed class ConsistencyGroups : IEquatable<ConsistencyGroups>
{
    /// <summary>The version of the wire form written by <see cref="Write"/>.</summary>
    public const byte WireVersion = 1;

    private const int GroupBytes = 8 + 8 + 8 + 1;

    private readonly ulong[] _keys;
    private readonly ulong[] _others;
    private readonly long[] _counts;
    private readonly bool[] _mixed;

    private ConsistencyGroups(ConsistencyShuffle shuffle, long records, ulong[] keys, ulong[] others, long[] counts, bool[] mixed)
    {
        Shuffle = shuffle;
        Records = records;
        _keys = keys;
        _others = others;
        _counts = counts;
        _mixed = mixed;
    }

    /// <summary>Gets the shuffle these groups belong to.</summary>
    public ConsistencyShuffle Shuffle { get; }

    /// <summary>Gets the number of records grouped, including those of the groups <see cref="Defective"/> left out.</summary>
    public long Records { get; }

    /// <summary>Gets the number of groups held.</summary>
    public int Count => _keys.Length;

    /// <summary>Gets the state of no records, the identity of <see cref="Merge"/>.</summary>
    /// <param name="shuffle">The shuffle.</param>
    /// <returns>The empty state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shuffle"/> is not a defined shuffle.</exception>
    public static ConsistencyGroups Empty(ConsistencyShuffle shuffle) => new(Require(shuffle), 0, [], [], [], []);

    /// <summary>Groups records.</summary>
    /// <param name="shuffle">The shuffle the records were scattered by.</param>
    /// <param name="records">The records, in any order.</param>
    /// <returns>Their groups, in key order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shuffle"/> is not a defined shuffle.</exception>
    [MustUseOutcome]
    public static ConsistencyGroups Of(ConsistencyShuffle shuffle, ReadOnlySpan<ShuffleRecord> records)
    {
        Require(shuffle);
        var sorted = records.ToArray();
        sorted.AsSpan().Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Other.CompareTo(b.Other));
        var keys = new List<ulong>();
        var others = new List<ulong>();
        var counts = new List<long>();
        var mixed = new List<bool>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            var differ = false;
            while (end < sorted.Length && sorted[end].Key == sorted[start].Key)
            {
                differ |= sorted[end].Other != sorted[start].Other;
                end++;
            }

            // Sorted by other key within a key: the first is the smallest.
            keys.Add(sorted[start].Key);
            others.Add(sorted[start].Other);
            counts.Add(end - start);
            mixed.Add(differ);
            start = end;
        }

        return new ConsistencyGroups(shuffle, sorted.Length, [.. keys], [.. others], [.. counts], [.. mixed]);
    }

    /// <summary>Reads groups from their wire form.</summary>
    /// <param name="source">Bytes written by <see cref="Write"/>.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="FormatException">The bytes are not the wire form of this version, or are cut short.</exception>
    [MustUseOutcome]
    public static ConsistencyGroups Read(ReadOnlySpan<byte> source)
    {
        var reader = new WireReader(source, "consistency groups");
        reader.Version(WireVersion);
        var shuffle = reader.Byte();
        if (!Enum.IsDefined((ConsistencyShuffle)shuffle))
        {
            throw new FormatException($"The consistency groups name shuffle {shuffle}, which is not a ConsistencyShuffle.");
        }

        var records = reader.Int64();
        var count = reader.Count(GroupBytes);
        var (keys, others, counts, mixed) = (new ulong[count], new ulong[count], new long[count], new bool[count]);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            (keys[i], others[i], counts[i], mixed[i]) = (reader.UInt64(), reader.UInt64(), reader.Int64(), reader.Bool());
            if (counts[i] < 1 || (i > 0 && keys[i] <= keys[i - 1]))
            {
                throw new FormatException($"The consistency groups are not in strictly increasing key order with positive counts at group {i}.");
            }

            total += counts[i];
        }

        if (total > records)
        {
            throw new FormatException($"The consistency groups hold {total} records but say {records} were grouped.");
        }

        reader.End();
        return new ConsistencyGroups((ConsistencyShuffle)shuffle, records, keys, others, counts, mixed);
    }

    /// <summary>Writes the wire form: a version byte, the shuffle, the records grouped, the number of groups, then each group (key, smallest other key, count, mixed) little-endian.</summary>
    /// <param name="destination">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    public void Write(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var wire = new WireWriter(destination);
        wire.Byte(WireVersion);
        wire.Byte((byte)Shuffle);
        wire.Int64(Records);
        wire.Int32(_keys.Length);
        for (var i = 0; i < _keys.Length; i++)
        {
            wire.UInt64(_keys[i]);
            wire.UInt64(_others[i]);
            wire.Int64(_counts[i]);
            wire.Byte(_mixed[i] ? (byte)1 : (byte)0);
        }
    }

    /// <summary>Merges the state of other, disjoint records of the same shuffle.</summary>
    /// <param name="other">The other state.</param>
    /// <returns>The state of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> belongs to the other shuffle.</exception>
    [MustUseOutcome]
    public ConsistencyGroups Merge(ConsistencyGroups other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Shuffle != Shuffle)
        {
            throw new ArgumentException($"Only groups of the same shuffle merge: {Shuffle} and {other.Shuffle}.", nameof(other));
        }

        var n = _keys.Length + other._keys.Length;
        var (keys, others, counts, mixed) = (new List<ulong>(n), new List<ulong>(n), new List<long>(n), new List<bool>(n));
        var (i, j) = (0, 0);
        while (i < _keys.Length || j < other._keys.Length)
        {
            var fromMine = j == other._keys.Length || (i < _keys.Length && _keys[i] <= other._keys[j]);
            var fromOther = i == _keys.Length || (j < other._keys.Length && other._keys[j] <= _keys[i]);
            if (fromMine && fromOther)
            {
                keys.Add(_keys[i]);
                others.Add(Math.Min(_others[i], other._others[j]));
                counts.Add(_counts[i] + other._counts[j]);
                mixed.Add(_mixed[i] || other._mixed[j] || _others[i] != other._others[j]);
                (i, j) = (i + 1, j + 1);
            }
            else if (fromMine)
            {
                Add(_keys[i], _others[i], _counts[i], _mixed[i]);
                i++;
            }
            else
            {
                Add(other._keys[j], other._others[j], other._counts[j], other._mixed[j]);
                j++;
            }
        }

        return new ConsistencyGroups(Shuffle, Records + other.Records, [.. keys], [.. others], [.. counts], [.. mixed]);

        void Add(ulong key, ulong otherKey, long count, bool isMixed)
        {
            keys.Add(key);
            others.Add(otherKey);
            counts.Add(count);
            mixed.Add(isMixed);
        }
    }

    /// <summary>
    /// Keeps only the groups that mark a record (<c>ConsistencyRules</c>): by number, those of several records; by
    /// person key, those of several numbers. <see cref="Records"/> is kept. Only meaningful on the complete state of
    /// its keys (a shard that received every record of its key range): two parts' singletons may be one pair.
    /// </summary>
    /// <returns>The defective groups.</returns>
    [MustUseOutcome]
    public ConsistencyGroups Defective()
    {
        var keep = new List<int>();
        for (var i = 0; i < _keys.Length; i++)
        {
            if (Marks(i) != 0)
            {
                keep.Add(i);
            }
        }

        return new ConsistencyGroups(Shuffle, Records, [.. keep.Select(i => _keys[i])], [.. keep.Select(i => _others[i])], [.. keep.Select(i => _counts[i])], [.. keep.Select(i => _mixed[i])]);
    }

    /// <inheritdoc/>
    public bool Equals(ConsistencyGroups? other) =>
        other is not null && other.Shuffle == Shuffle && other.Records == Records && _keys.AsSpan().SequenceEqual(other._keys)
        && _others.AsSpan().SequenceEqual(other._others) && _counts.AsSpan().SequenceEqual(other._counts) && _mixed.AsSpan().SequenceEqual(other._mixed);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsistencyGroups);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Shuffle, Records, _keys.Length, _keys.Length > 0 ? _keys[0] : 0);

    /// <summary>Writes the shuffle, the records and the number of groups.</summary>
    /// <returns>For example <c>ByNumber: 3 groups of 1000 records</c>.</returns>
    public override string ToString() => $"{Shuffle}: {Count} groups of {Records} records";

    /// <summary>The marks of each key's group that marks its records, for the completion to look up.</summary>
    internal Dictionary<ulong, byte> MarksByKey()
    {
        var marks = new Dictionary<ulong, byte>();
        for (var i = 0; i < _keys.Length; i++)
        {
            if (Marks(i) is var mark and not 0)
            {
                marks[_keys[i]] = mark;
            }
        }

        return marks;
    }

    private byte Marks(int group) => Shuffle == ConsistencyShuffle.ByNumber
        ? ConsistencyRules.NumberMarks(_counts[group] > 1 ? 2 : 1, _mixed[group])
        : ConsistencyRules.PersonMarks(_mixed[group]);

    private static ConsistencyShuffle Require(ConsistencyShuffle shuffle) => Enum.IsDefined(shuffle)
        ? shuffle
        : throw new ArgumentOutOfRangeException(nameof(shuffle), shuffle, "Not a ConsistencyShuffle: ByNumber or ByPersonKey.");
}
