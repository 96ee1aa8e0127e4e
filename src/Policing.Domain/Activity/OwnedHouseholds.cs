using Policing.Domain.Internals;
using Policing.Domain.Population;

namespace Policing.Domain.Activity;

/// <summary>
/// The households of the register by the officer answering for their beats: for each officer, a small table of its own
/// households' ids (packed, as <see cref="StringIndex"/> packs them, and hashed with the register's household index),
/// the tables one after another in officer order. Most visits are an officer's to a household of its own beats, so
/// visits taken officer by officer find their households in a few tables that lie together in memory, where the
/// register's one table of every household would be read at a random place for each visit.
/// </summary>
/// <remarks>Immutable once built; any number of threads may look households up at once.</remarks>
internal sealed class OwnedHouseholds
{
    private readonly StringIndex.Slot[] _slots;
    private readonly int[] _starts;

    /// <summary>Builds the tables, on several cores.</summary>
    /// <param name="households">The register's household ids, by dense index.</param>
    /// <param name="owners">For each household, the officer answering for its beat, or -1.</param>
    /// <param name="officerCount">The number of officers.</param>
    /// <param name="index">The register's household index, whose hash the tables share.</param>
    /// <param name="parts">The parts to build on, from <see cref="Scheduler.Parts"/>.</param>
    internal OwnedHouseholds(HouseholdId[] households, int[] owners, int officerCount, StringIndex index, int parts)
    {
        // The households grouped by officer (a counting sort), then each officer's table filled apart.
        var counts = new int[officerCount];
        foreach (var owner in owners)
        {
            if (owner >= 0)
            {
                counts[owner]++;
            }
        }

        _starts = new int[officerCount + 1];
        var groupStarts = new int[officerCount + 1];
        for (var o = 0; o < officerCount; o++)
        {
            var count = counts[o];
            // Between 40% and 80% full, as the register's index is, and never without an empty slot.
            var size = count == 0 ? 0 : (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(count + (count / 4) + 1));
            _starts[o + 1] = _starts[o] + size;
            groupStarts[o + 1] = groupStarts[o] + count;
        }

        var grouped = new int[groupStarts[officerCount]];
        var next = groupStarts[..officerCount];
        for (var h = 0; h < owners.Length; h++)
        {
            if (owners[h] >= 0)
            {
                grouped[next[owners[h]]++] = h;
            }
        }

        _slots = new StringIndex.Slot[_starts[officerCount]];
        Scheduler.ForRanges(officerCount, Scheduler.Options(parts), o =>
        {
            var table = _slots.AsSpan(_starts[o], _starts[o + 1] - _starts[o]);
            for (var g = groupStarts[o]; g < groupStarts[o + 1]; g++)
            {
                var h = grouped[g];
                var hash = index.Hash(households[h].Value ?? string.Empty, out var key);
                if (key.IsPacked)
                {
                    StringIndex.Insert(table, key, hash, h);
                }
            }
        });
    }

    /// <summary>Finds a household among those of an officer's beats.</summary>
    /// <param name="officer">The officer's index.</param>
    /// <param name="key">The household id, packed.</param>
    /// <param name="hash">Its hash under the register's household index.</param>
    /// <returns>The household's dense index, or -1 when it is not one of the officer's (it may still be on the register).</returns>
    internal int Find(int officer, StringIndex.PackedKey key, uint hash) =>
        StringIndex.Probe(_slots.AsSpan(_starts[officer], _starts[officer + 1] - _starts[officer]), key, hash);
}
