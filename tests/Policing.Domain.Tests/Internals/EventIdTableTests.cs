using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Policing.Domain.Activity;
using Policing.Domain.Internals;

namespace Policing.Domain.Tests.Internals;

/// <summary>
/// The id table that the columns build region by region behaves as a walk through the records in order with a
/// dictionary: each record linked to the previous record with its id (or the first), each id found with the value of
/// the last record (or the first), records without an id linked to nothing.
/// </summary>
public sealed class EventIdTableTests
{
    [Property]
    public Property AgreesWithAWalkInOrder_OnAnyRecordsCoresAndRegions()
    {
        // Up to 60 000 records, so that each core's table spans several regions of slots; ids from a small or a large
        // pool, with ids that do not pack and records without an id among them.
        var cases = Gen.Choose(0, 60_000).SelectMany(count => Gen.Elements(5, 50, 40_000).SelectMany(pool =>
            Gen.Choose(1, 4).SelectMany(cores => Gen.Elements(false, true).SelectMany(keepFirst =>
                Gen.Choose(0, int.MaxValue).Select(seed => (count, pool, cores, keepFirst, seed))))));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var ids = Enumerable.Range(0, c.count).Select(_ => random.Next(c.pool + 2) switch
            {
                var k when k == c.pool => null,
                var k when k == c.pool + 1 => "not-packed-" + random.Next(3) + "-中",
                var k => $"V{k}",
            }).ToArray();
            var values = Enumerable.Range(0, c.count).Select(_ => random.Next(1_000_000)).ToArray();
            var seed = StringIndex.NewSeed();
            var hashes = new uint[c.count];
            var keys = new StringIndex.PackedKey[c.count];
            for (var i = 0; i < c.count; i++)
            {
                hashes[i] = ids[i] is { } id ? StringIndex.Hash(id, seed, out keys[i]) : 0;
            }

            using var pool = new PooledArrays();
            var table = EventIdTable.Build(c.count, i => ids[i], hashes, keys, seed, new ParallelOptions { MaxDegreeOfParallelism = c.cores }, pool, values, c.keepFirst);
            var kept = new Dictionary<string, int>(StringComparer.Ordinal);
            var anyEarlier = false;
            for (var i = 0; i < c.count; i++)
            {
                var expected = ids[i] is not { } id ? EventIdTable.NoId : kept.GetValueOrDefault(id, -1);
                Assert.Equal(expected, table.Earlier[i]);
                anyEarlier |= expected != -1;
                if (ids[i] is { } key && (!c.keepFirst || !kept.ContainsKey(key)))
                {
                    kept[key] = values[i];
                }
            }

            Assert.Equal(anyEarlier, table.HasEarlier);
            foreach (var (id, value) in kept)
            {
                Assert.Equal(value, Find(table, id));
            }

            Assert.Equal(-1, Find(table, "absent"));
        });
    }

    private static int Find(EventIdTable table, string id)
    {
        var hash = table.Hash(id, out var packed);
        return table.Find(id, packed, hash);
    }
}
