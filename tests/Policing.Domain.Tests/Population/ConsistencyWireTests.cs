using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Tests.Population;

/// <summary>The wire forms of the consistency analysis: round trips, and merging decoded states is decoding the merged state.</summary>
public sealed class ConsistencyWireTests
{
    private static readonly SyntheticCity City = CityGenerator.Generate(new CityOptions
    {
        Residents = 1_500,
        Seed = 11,
        ResidentsPerBeat = 300,
        NoNumberRate = 0.04,
        InvalidNumberRate = 0.04,
        SharedNumberRate = 0.05,
        DuplicateRecordRate = 0.05,
        MultipleNumbersRate = 0.05,
        NumberMismatchRate = 0.04,
        UnknownHouseRate = 0.04,
        LivesElsewhereRate = 0.05,
    });

    private static readonly Resident[] Residents = [.. City.Residents];

    private static readonly ConsistencyAnalyzer Analyzer = new(Registers.Of(City, withResidents: false));

    private static readonly string Expected = ConsistencyAnalyzerTests.Signature(Analyzer.Analyze(Residents));

    [Property(MaxTest = 200)]
    public bool Groups_RoundTrip(ShuffleRecord[] records, bool byNumber)
    {
        var groups = ConsistencyGroups.Of(Shuffle(byNumber), Crowded(records));
        return ConsistencyGroups.Read(Bytes(groups.Write)).Equals(groups) && ConsistencyGroups.Read(Bytes(groups.Defective().Write)).Equals(groups.Defective());
    }

    [Property(MaxTest = 200)]
    public bool Groups_MergeOfDecoded_IsDecodedOfMerge(ShuffleRecord[] left, ShuffleRecord[] right, bool byNumber)
    {
        var (a, b) = (ConsistencyGroups.Of(Shuffle(byNumber), Crowded(left)), ConsistencyGroups.Of(Shuffle(byNumber), Crowded(right)));
        var decodedThenMerged = ConsistencyGroups.Read(Bytes(a.Write)).Merge(ConsistencyGroups.Read(Bytes(b.Write)));
        var mergedThenDecoded = ConsistencyGroups.Read(Bytes(a.Merge(b).Write));
        var whole = ConsistencyGroups.Of(Shuffle(byNumber), [.. Crowded(left), .. Crowded(right)]);
        return decodedThenMerged.Equals(mergedThenDecoded) && mergedThenDecoded.Equals(whole) && b.Merge(a).Equals(whole)
            && a.Merge(ConsistencyGroups.Empty(Shuffle(byNumber))).Equals(a);
    }

    [Fact]
    public void Groups_FindDuplicatesSharedNumbersAndMultipleNumbers()
    {
        ShuffleRecord[] records = [new(1, 10), new(1, 10), new(2, 20), new(2, 21), new(3, 30)];
        var byNumber = ConsistencyGroups.Of(ConsistencyShuffle.ByNumber, records).Defective();
        var byPerson = ConsistencyGroups.Of(ConsistencyShuffle.ByPersonKey, records).Defective();

        // By number, the keys of two records (1 and 2) are defective; by person, only key 2, of two numbers.
        Assert.Equal((2, 5L), (byNumber.Count, byNumber.Records));
        Assert.Equal((1, 5L), (byPerson.Count, byPerson.Records));
        Assert.Throws<ArgumentException>(() => byNumber.Merge(byPerson));
        Assert.Throws<FormatException>(() => ConsistencyGroups.Read(Bytes(byNumber.Write)[..^1]));
    }

    [Property(MaxTest = 30)]
    public Property Partial_MergeOfDecoded_IsDecodedOfMerge() => Prop.ForAll(Gen.Choose(0, Residents.Length).ToArbitrary(), cut =>
    {
        var (left, right) = (Analyzer.Accumulate(Residents[..cut]), Analyzer.Accumulate(Residents[cut..]));
        var decodedThenMerged = Decode(left).Merge(Decode(right));
        var mergedThenDecoded = Decode(left.Merge(right));
        return Entries(decodedThenMerged).SequenceEqual(Entries(mergedThenDecoded))
            && ConsistencyAnalyzerTests.Signature(Analyzer.Complete(decodedThenMerged)) == Expected
            && ConsistencyAnalyzerTests.Signature(Analyzer.Complete(mergedThenDecoded)) == Expected;
    });

    [Fact]
    public void Partial_RoundTrip_KeepsEveryEntryAndProblem_AndRefusesAnotherRegister()
    {
        var part = Analyzer.AccumulateParallel(Residents);
        var decoded = Decode(part);
        Assert.Equal(Entries(part), Entries(decoded));
        Assert.Equal(part.OccupiedHouses, decoded.OccupiedHouses);
        Assert.Equal(part.Problems, decoded.Problems);
        var other = new ConsistencyAnalyzer(Registers.Of(CityGenerator.Generate(new CityOptions { Residents = 100, Seed = 1, ResidentsPerBeat = 10 }), withResidents: false));
        var error = Assert.Throws<FormatException>(() => ConsistencyWire.ReadPartial(other, Bytes(w => ConsistencyWire.WritePartial(part, w))));
        Assert.Contains("register", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 40)]
    public Property Shuffled_OnAnyShardsAndBatches_GivesTheSingleProcessReport() => Prop.ForAll(
        Gen.Choose(1, 70).Zip(Gen.Choose(1, 400)).ToArbitrary(),
        setup =>
        {
            var (shards, batch) = setup;
            var whole = Analyzer.AccumulateParallel(Residents);
            return ConsistencyAnalyzerTests.Signature(Analyzer.CompleteFromShuffles(whole, OnShards(whole, ConsistencyShuffle.ByNumber, shards, batch), OnShards(whole, ConsistencyShuffle.ByPersonKey, shards, batch))) == Expected;
        });

    [Fact]
    public void Shuffled_WithALostBatch_IsRefused_NamingTheShuffle()
    {
        var whole = Analyzer.AccumulateParallel(Residents);
        var byNumber = OnShards(whole, ConsistencyShuffle.ByNumber, 8, 100);
        var batches = ConsistencyWire.Batches(whole, ConsistencyShuffle.ByPersonKey, 8, 100).Skip(1);
        var lossy = batches.GroupBy(b => b.Shard)
            .Select(shard => ConsistencyGroups.Of(ConsistencyShuffle.ByPersonKey, [.. shard.SelectMany(b => ConsistencyWire.BatchRecords(b.Batch, ConsistencyShuffle.ByPersonKey).ToArray())]).Defective())
            .Aggregate(ConsistencyGroups.Empty(ConsistencyShuffle.ByPersonKey), (a, g) => a.Merge(g));
        var error = Assert.Throws<ArgumentException>(() => Analyzer.CompleteFromShuffles(whole, byNumber, lossy));
        Assert.Contains("ByPersonKey", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ConsistencyWire.BatchRecords(ConsistencyWire.Batches(whole, ConsistencyShuffle.ByNumber, 1, 10).First().Batch, ConsistencyShuffle.ByPersonKey));
    }

    [Property(MaxTest = 50)]
    public bool BeatCounts_SplitAnyWay_MergeOfDecoded_IsDecodedOfMerge_IsTheWhole(int seed)
    {
        // Every count of every beat cut in two at random: the two halves merge back into the report's counts.
        var beats = Analyzer.Analyze(Residents).Beats;
        var random = new Random(seed);
        var (left, right) = (new List<BeatConsistency>(), new List<BeatConsistency>());
        foreach (var beat in beats.OrderBy(_ => random.Next()))
        {
            var id = beat.PersonId.All.Select(c => (long)random.NextInt64(c.Value + 1)).ToArray();
            var house = beat.PersonHouse.All.Select(c => (long)random.NextInt64(c.Value + 1)).ToArray();
            left.Add(Counts(beat, id, house));
            right.Add(Counts(beat, [.. beat.PersonId.All.Select((c, i) => c.Value - id[i])], [.. beat.PersonHouse.All.Select((c, i) => c.Value - house[i])]));
        }

        var decodedThenMerged = BeatCountsWire.Merge(Decode(left), Decode(right));
        var mergedThenDecoded = Decode(BeatCountsWire.Merge(left, right));
        return decodedThenMerged.SequenceEqual(mergedThenDecoded) && mergedThenDecoded.SequenceEqual(beats) && Decode(beats).SequenceEqual(beats);

        static IReadOnlyList<BeatConsistency> Decode(IReadOnlyList<BeatConsistency> counts) => BeatCountsWire.Read(Bytes(w => BeatCountsWire.Write(counts, w)));

        static BeatConsistency Counts(BeatConsistency beat, long[] id, long[] house) =>
            new(beat.Beat, new VerdictCounts<PersonIdVerdict>(id), new VerdictCounts<PersonHouseVerdict>(house));
    }

    [Property(MaxTest = 200)]
    public bool ShardOf_IsInRange(ulong key, PositiveInt shards) => ConsistencyWire.ShardOf(key, shards.Get) is var s && s >= 0 && s < shards.Get;

    /// <summary>What a cluster does: each shard groups the batches of its key range and keeps the defective groups; the driver merges them.</summary>
    private static ConsistencyGroups OnShards(ConsistencyPartial whole, ConsistencyShuffle shuffle, int shards, int batch) =>
        ConsistencyWire.Batches(whole, shuffle, shards, batch)
            .GroupBy(b => b.Shard)
            .Select(shard =>
            {
                Assert.All(shard, b => Assert.All(ConsistencyWire.BatchRecords(b.Batch, shuffle).ToArray(), r => Assert.Equal(shard.Key, ConsistencyWire.ShardOf(r.Key, shards))));
                return ConsistencyGroups.Of(shuffle, [.. shard.SelectMany(b => ConsistencyWire.BatchRecords(b.Batch, shuffle).ToArray())]).Defective();
            })
            .Aggregate(ConsistencyGroups.Empty(shuffle), (a, g) => a.Merge(g));

    private static ConsistencyPartial Decode(ConsistencyPartial part) => ConsistencyWire.ReadPartial(Analyzer, Bytes(w => ConsistencyWire.WritePartial(part, w)));

    private static ConsistencyEntry[] Entries(ConsistencyPartial part) => [.. part.Chunks.SelectMany(c => c)];

    private static ConsistencyShuffle Shuffle(bool byNumber) => byNumber ? ConsistencyShuffle.ByNumber : ConsistencyShuffle.ByPersonKey;

    /// <summary>Records folded into a few keys and other keys, so that groups of several, and mixed groups, are common.</summary>
    private static ShuffleRecord[] Crowded(ShuffleRecord[] records) => [.. records.Select(r => new ShuffleRecord(r.Key % 7, r.Other % 3))];

    private static byte[] Bytes(Action<IBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
