using System.Security.Cryptography;

namespace Policing.Domain;

/// <summary>
/// Maps id strings to dense integers, for the passes that look an id up once per event over millions of events.
/// Open addressing with linear probing over a power-of-two table at most half full; each slot keeps the key's hash next
/// to its position (one memory read per probe), so a probe compares strings only when the hashes match. The hash is FNV-1a over the characters with a per-table random
/// seed: several times cheaper than the default randomized string hash on short ids, still not predictable from outside.
/// </summary>
/// <remarks>Adding is not thread-safe; once built, any number of threads may look keys up at once.</remarks>
internal sealed class StringIndex
{
    private readonly uint _seed = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
    private readonly uint _mask;
    private readonly Slot[] _slots;
    private readonly string[] _keys;
    private readonly int[] _values;

    /// <summary>Initializes an empty index for at most <paramref name="capacity"/> keys.</summary>
    /// <param name="capacity">The most keys it will hold.</param>
    internal StringIndex(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 1) * 2));
        _mask = (uint)size - 1;
        _slots = new Slot[size];
        _keys = new string[capacity];
        _values = new int[capacity];
    }

    /// <summary>Gets the number of keys.</summary>
    internal int Count { get; private set; }

    /// <summary>Adds a key with a value, unless the key is there already.</summary>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the key was there (its value is kept).</returns>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal bool TryAdd(string key, int value) => Put(key, value, replace: false);

    /// <summary>Sets a key's value, adding the key when it is not there.</summary>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal void Set(string key, int value) => Put(key, value, replace: true);

    private bool Put(string key, int value, bool replace)
    {
        var hash = Hash(key);
        var slot = hash & _mask;
        while (_slots[slot].Position != 0)
        {
            if (_slots[slot].Hash == hash && string.Equals(_keys[_slots[slot].Position - 1], key, StringComparison.Ordinal))
            {
                if (replace)
                {
                    _values[_slots[slot].Position - 1] = value;
                }

                return false;
            }

            slot = (slot + 1) & _mask;
        }

        if (Count == _keys.Length)
        {
            throw new InvalidOperationException($"The index holds its capacity of {_keys.Length} keys.");
        }

        _keys[Count] = key;
        _values[Count] = value;
        _slots[slot] = new Slot(hash, ++Count);
        return true;
    }

    /// <summary>Finds a key's value (values are never negative).</summary>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(string key)
    {
        var hash = Hash(key);
        var slot = hash & _mask;
        while (_slots[slot] is { Position: var position and not 0 } found)
        {
            if (found.Hash == hash && string.Equals(_keys[position - 1], key, StringComparison.Ordinal))
            {
                return _values[position - 1];
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>The table's hash of a key: FNV-1a from the seed, then mixed so the low bits depend on every character.</summary>
    internal uint Hash(string key)
    {
        var hash = 2166136261u ^ _seed;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        return hash ^ (hash >> 12);
    }

    /// <summary>A slot: the key's hash and its position plus one (0 for an empty slot).</summary>
    private readonly record struct Slot(uint Hash, int Position);
}
