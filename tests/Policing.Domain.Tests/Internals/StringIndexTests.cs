using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Policing.Domain.Internals;

namespace Policing.Domain.Tests.Internals;

/// <summary>The id table of the fast passes behaves as a dictionary: every key found with its last value, no other.</summary>
public sealed class StringIndexTests
{
    [Property]
    public Property AgreesWithADictionary_OnAnyKeys()
    {
        // Packed keys (1 to 12 ASCII characters) beside keys kept apart: empty, 13 characters, NUL, not ASCII.
        var keys = Gen.Elements(
            "C1", "C2", "F000001-01", "V9", string.Empty, "中文", "C10", "c1", "ABCDEFGHIJKL", "ABCDEFGHIJKM", "ABCDEFGHIJKLM",
            "ABCDEFGHIJKLN", "A\0", "A", "\u007F", "é", "ABCDEFGH", "ABCDEFGH\u0001").ListOf().ToArbitrary();
        return Prop.ForAll(keys, Gen.Choose(0, 1000).ListOf().ToArbitrary(), (list, values) =>
        {
            var seed = StringIndex.NewSeed();
            var index = new StringIndex(list.Count, seed);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                var value = values.Count == 0 ? i : values[i % values.Count];
                if (i % 3 == 2)
                {
                    // By the string, or by the packed form that one read of the string gave: the same answer.
                    var hash = StringIndex.Hash(list[i], seed, out var packed);
                    Assert.Equal(StringIndex.Hash(list[i], seed), hash);
                    Assert.Equal(list[i].Length is > 0 and <= 12 && list[i].All(c => c is > '\0' and < '\u0080'), packed.IsPacked);
                    // Replacing the value a key has, or keeping it: the old value comes back either way.
                    var replace = i % 9 != 5; // kept at i = 5, 14, 23, …: by the string and by the packed form in turn
                    var old = packed.IsPacked && i % 2 == 0 ? index.Put(packed, hash, value, replace) : index.Put(list[i], hash, value, replace);
                    Assert.Equal(expected.GetValueOrDefault(list[i], -1), old);
                    if (replace || old < 0)
                    {
                        expected[list[i]] = value;
                    }
                }
                else if (i % 3 == 0)
                {
                    Assert.Equal(!expected.ContainsKey(list[i]), index.TryAdd(list[i], value));
                    expected.TryAdd(list[i], value);
                }
                else
                {
                    index.Set(list[i], value);
                    expected[list[i]] = value;
                }
            }

            Assert.Equal(expected.Count, index.Count);
            foreach (var (key, value) in expected)
            {
                Assert.Equal(value, index.Find(key));
                Assert.Equal(value, index.Find(key, index.Hash(key)));
            }

            // Looked up a block at a time, with absent keys and holes, the same answers.
            string?[] block = [.. expected.Keys.Take(40), "absent", null];
            var found = new int[block.Length];
            index.FindMany(block, found);
            Assert.Equal(block.Select(k => k is null ? -1 : expected.GetValueOrDefault(k, -1)), found);

            Assert.Equal(-1, index.Find("absent"));
        });
    }

    [Fact]
    public void APooledTable_StartsEmpty_EvenOnSlotsAnotherTableFilled()
    {
        var seed = StringIndex.NewSeed();
        for (var round = 0; round < 3; round++)
        {
            using var pool = new PooledArrays();
            var index = new StringIndex(1_000, seed, pool);
            Assert.Equal(0, index.Count);
            for (var i = 0; i < 1_000; i++)
            {
                Assert.Equal(-1, index.Find($"K{round}-{i}"));
                Assert.Equal(-1, index.Find($"K{(round + 2) % 3}-{i}"));
                Assert.True(index.TryAdd($"K{round}-{i}", i));
            }

            Assert.Equal(1_000, index.Count);
            Assert.Equal(999, index.Find($"K{round}-999"));
        }
    }

    [Property]
    public Property KeysOfEveryLength_AreTold_Apart()
    {
        // Keys of 0 to 14 characters over an alphabet with the edges of packing: NUL, DEL, the first character past
        // ASCII, a character whose low byte is ASCII ('ő' is U+0151), and CJK. Two keys are one key only when equal.
        var alphabet = Gen.Elements('a', 'B', '0', '-', '\0', '\u007F', '\u0080', '\u0151', 'é', '中');
        var key = Gen.Choose(0, 14).SelectMany(n => alphabet.ArrayOf(n)).Select(chars => new string(chars));
        return Prop.ForAll(key.ListOf().ToArbitrary(), generated =>
        {
            // Beside each key, the keys a careless packing would take for it: with NULs after it, and with each
            // character cut to its low seven bits.
            var keys = generated.SelectMany(k => new[] { k, k + "\0", k + "\0\0", new string([.. k.Select(c => (char)(c & 0x7F))]) }).ToList();
            var index = new StringIndex(keys.Count);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++)
            {
                Assert.Equal(expected.TryAdd(keys[i], i), index.TryAdd(keys[i], i));
            }

            Assert.Equal(expected.Count, index.Count);
            Assert.All(expected, pair => Assert.Equal(pair.Value, index.Find(pair.Key)));
            Assert.All(keys, k => Assert.Equal(-1, index.Find(k + "x")));
        });
    }

    [Fact]
    public void ManyKeys_AllFound_AndAFullIndexRefusesMore()
    {
        var index = new StringIndex(50_000);
        for (var i = 0; i < 50_000; i++)
        {
            Assert.True(index.TryAdd($"F{i:D6}", i));
        }

        for (var i = 0; i < 50_000; i++)
        {
            Assert.Equal(i, index.Find($"F{i:D6}"));
        }

        Assert.Throws<InvalidOperationException>(() => index.TryAdd("one more", 1));
        Assert.False(index.TryAdd("F000001", 5));
        Assert.Equal(1, index.Find("F000001"));
    }
}
