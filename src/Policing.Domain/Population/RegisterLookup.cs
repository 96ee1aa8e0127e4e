using Policing.Domain.Internals;

namespace Policing.Domain.Population;

/// <summary>
/// Where an id is on a register's list of houses or households, for the passes that look ids up by the million (the
/// register's own, and the consistency analysis's). A list is mostly given in id order, and a population household by
/// household in the register's order: a position is first guessed from the last one found, and only the ids the
/// guesses miss are looked up in the table, a block at a time, so that the table reads of different records overlap.
/// </summary>
internal static class RegisterLookup
{
    /// <summary>How many ids are looked up together, so that their cache misses overlap.</summary>
    internal const int Block = 16;

    /// <summary>Where a house is on the register, guessed from the last position found: there, or just after (then the new last); -1 when neither.</summary>
    internal static int NearHouse(House[] houses, ref int last, string id) => IsHouse(houses, last, id) ? last : IsHouse(houses, last + 1, id) ? ++last : -1;

    /// <summary>Where a household is on the register, guessed as <see cref="NearHouse"/> guesses a house.</summary>
    internal static int NearHousehold(Household[] households, ref int last, string id) => IsHousehold(households, last, id) ? last : IsHousehold(households, last + 1, id) ? ++last : -1;

    /// <summary>Whether the house at a position of the register has an id.</summary>
    internal static bool IsHouse(House[] houses, int index, string id) =>
        (uint)index < (uint)houses.Length && string.Equals(houses[index].Id.Value, id, StringComparison.Ordinal);

    /// <summary>Whether the household at a position of the register has an id.</summary>
    internal static bool IsHousehold(Household[] households, int index, string id) =>
        (uint)index < (uint)households.Length && string.Equals(households[index].Id.Value, id, StringComparison.Ordinal);

    /// <summary>
    /// Looks up in a table the ids of a block that the guesses missed (the others' keys are null), sets their
    /// positions (-1 for an id not on the register), and returns the last position found in the block: where the
    /// next block's guesses start.
    /// </summary>
    internal static int Settle(StringIndex index, ReadOnlySpan<string?> keys, Span<int> positions, Span<int> found, int last)
    {
        index.FindMany(keys, found[..keys.Length]);
        for (var j = 0; j < keys.Length; j++)
        {
            if (keys[j] is not null)
            {
                positions[j] = found[j];
            }
        }

        for (var j = positions.Length - 1; j >= 0; j--)
        {
            if (positions[j] >= 0)
            {
                return positions[j];
            }
        }

        return last;
    }

    /// <summary>
    /// Whether to guess positions before looking ids up: on while at least half of a block's ids are guessed; off,
    /// after a block where they are not (a list in no particular order, where a guess is a wasted read), for the
    /// next 64 blocks, then tried again.
    /// </summary>
    internal struct GuessPolicy
    {
        private int _idle;

        /// <summary>Gets a value indicating whether to guess.</summary>
        public readonly bool On => _idle == 0;

        /// <summary>Records a block: how many ids it had, and how many were looked up in the tables.</summary>
        public void Record(int ids, int lookedUp)
        {
            if (_idle > 0)
            {
                _idle--;
            }
            else if (lookedUp * 2 > ids)
            {
                _idle = 64;
            }
        }
    }
}
