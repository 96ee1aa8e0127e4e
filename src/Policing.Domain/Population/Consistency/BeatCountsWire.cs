using System.Buffers;
using Policing.Domain.Beats;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The wire form of the per-beat counts (<see cref="ConsistencyReport.Beats"/>): for each beat, or for the residents of
/// no beat, the count of every person-ID and person-house verdict. Counts are sums: the counts of disjoint residents,
/// each counted after the shuffles, <see cref="Merge"/> by addition, in any order.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class BeatCountsWire
{
    /// <summary>The version of the wire form.</summary>
    public const byte Version = 1;

    private static readonly int IdVerdicts = Enum.GetValues<PersonIdVerdict>().Length;
    private static readonly int HouseVerdicts = Enum.GetValues<PersonHouseVerdict>().Length;

    /// <summary>Writes per-beat counts: the version, the number of verdicts of each kind, the number of beats, then each beat's id (none for no beat) and counts.</summary>
    /// <param name="beats">The counts, as a report lists them.</param>
    /// <param name="destination">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or <paramref name="beats"/> holds a null.</exception>
    public static void Write(IReadOnlyList<BeatConsistency> beats, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(beats);
        ArgumentNullException.ThrowIfNull(destination);
        var wire = new WireWriter(destination);
        wire.Byte(Version);
        wire.Byte((byte)IdVerdicts);
        wire.Byte((byte)HouseVerdicts);
        wire.Int32(beats.Count);
        foreach (var beat in beats)
        {
            ArgumentNullException.ThrowIfNull(beat, nameof(beats));
            wire.String(beat.Beat?.Value);
            foreach (var (_, count) in beat.PersonId.All)
            {
                wire.Int64(count);
            }

            foreach (var (_, count) in beat.PersonHouse.All)
            {
                wire.Int64(count);
            }
        }
    }

    /// <summary>Reads per-beat counts written by <see cref="Write"/>.</summary>
    /// <param name="source">The bytes.</param>
    /// <returns>The counts, in the order written.</returns>
    /// <exception cref="FormatException">The bytes are not of this version, are cut short, hold a negative count or a repeated beat, or count other verdicts than this library's.</exception>
    [MustUseOutcome]
    public static IReadOnlyList<BeatConsistency> Read(ReadOnlySpan<byte> source)
    {
        var reader = new WireReader(source, "per-beat counts");
        reader.Version(Version);
        var (ids, houses) = (reader.Byte(), reader.Byte());
        if (ids != IdVerdicts || houses != HouseVerdicts)
        {
            throw new FormatException($"The per-beat counts count {ids} person-ID and {houses} person-house verdicts; this library has {IdVerdicts} and {HouseVerdicts}.");
        }

        var beats = new BeatConsistency[reader.Count(4 + (8 * (ids + houses)))];
        var seen = new HashSet<BeatId?>();
        Span<long> id = stackalloc long[ids];
        Span<long> house = stackalloc long[houses];
        for (var i = 0; i < beats.Length; i++)
        {
            BeatId? beat = reader.String() is { } text ? new BeatId(text) : null;
            for (var v = 0; v < ids; v++)
            {
                id[v] = reader.Int64();
            }

            for (var v = 0; v < houses; v++)
            {
                house[v] = reader.Int64();
            }

            if (!seen.Add(beat) || id.ContainsAnyExceptInRange(0, long.MaxValue) || house.ContainsAnyExceptInRange(0, long.MaxValue))
            {
                throw new FormatException($"The per-beat counts of beat {beat?.Value ?? "(none)"} at {i} are repeated or negative.");
            }

            beats[i] = new BeatConsistency(beat, new VerdictCounts<PersonIdVerdict>(id), new VerdictCounts<PersonHouseVerdict>(house));
        }

        reader.End();
        return beats;
    }

    /// <summary>Adds the counts of disjoint residents, beat by beat.</summary>
    /// <param name="left">Some counts.</param>
    /// <param name="right">The other counts.</param>
    /// <returns>The sums, in beat-id order, the residents of no beat last.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [MustUseOutcome]
    public static IReadOnlyList<BeatConsistency> Merge(IReadOnlyList<BeatConsistency> left, IReadOnlyList<BeatConsistency> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var sums = new Dictionary<string, (long[] Id, long[] House)>(StringComparer.Ordinal);
        foreach (var beat in left.Concat(right))
        {
            var key = beat.Beat?.Value ?? string.Empty;
            if (!sums.TryGetValue(key, out var sum))
            {
                sums[key] = sum = (new long[IdVerdicts], new long[HouseVerdicts]);
            }

            foreach (var (verdict, count) in beat.PersonId.All)
            {
                sum.Id[(int)verdict] += count;
            }

            foreach (var (verdict, count) in beat.PersonHouse.All)
            {
                sum.House[(int)verdict] += count;
            }
        }

        // An id is never empty, so the empty key stands for no beat, ordered last.
        return [.. sums.OrderBy(s => s.Key.Length == 0).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new BeatConsistency(s.Key.Length == 0 ? null : new BeatId(s.Key), new VerdictCounts<PersonIdVerdict>(s.Value.Id), new VerdictCounts<PersonHouseVerdict>(s.Value.House)))];
    }
}
