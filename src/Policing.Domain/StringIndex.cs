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
    private readonly uint _seed;
    private readonly uint _mask;
    private readonly Slot[] _slots;
    private readonly string[] _keys;
    private readonly int[] _values;

    /// <summary>Initializes an empty index for at most <paramref name="capacity"/> keys.</summary>
    /// <param name="capacity">The most keys it will hold.</param>
    internal StringIndex(int capacity)
        : this(capacity, NewSeed())
    {
    }

    /// <summary>Initializes an empty index for at most <paramref name="capacity"/> keys, hashing with a given seed, so that several tables can share one hash of each key (see <see cref="Hash(string, uint)"/>).</summary>
    /// <param name="capacity">The most keys it will hold.</param>
    /// <param name="seed">The hash seed, from <see cref="NewSeed"/>.</param>
    internal StringIndex(int capacity, uint seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _seed = seed;
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

    /// <summary>Sets a key's value, adding the key when it is not there, with the key's hash already known.</summary>
    /// <param name="key">The key.</param>
    /// <param name="hash">The key's hash under this table's seed.</param>
    /// <param name="value">The value (not negative).</param>
    /// <returns>The value the key had, or -1 when it was added.</returns>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal int Exchange(string key, uint hash, int value)
    {
        if (Locate(key, hash, out var slot) is var position and > 0)
        {
            var old = _values[position - 1];
            _values[position - 1] = value;
            return old;
        }

        Add(key, value, hash, slot);
        return -1;
    }

    private bool Put(string key, int value, bool replace)
    {
        var hash = Hash(key);
        if (Locate(key, hash, out var slot) is var position and > 0)
        {
            if (replace)
            {
                _values[position - 1] = value;
            }

            return false;
        }

        Add(key, value, hash, slot);
        return true;
    }

    /// <summary>Probes for a key: its position plus one, or 0 with the empty slot where it would go.</summary>
    private int Locate(string key, uint hash, out uint slot)
    {
        slot = hash & _mask;
        while (_slots[slot] is { Position: var position and not 0 } found)
        {
            if (found.Hash == hash && string.Equals(_keys[position - 1], key, StringComparison.Ordinal))
            {
                return position;
            }

            slot = (slot + 1) & _mask;
        }

        return 0;
    }

    private void Add(string key, int value, uint hash, uint slot)
    {
        if (Count == _keys.Length)
        {
            throw new InvalidOperationException($"The index holds its capacity of {_keys.Length} keys.");
        }

        _keys[Count] = key;
        _values[Count] = value;
        _slots[slot] = new Slot(hash, ++Count);
    }

    /// <summary>Finds a key's value (values are never negative).</summary>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(string key) => Find(key, Hash(key));

    /// <summary>Finds a key's value, with the key's hash under this table's seed already known.</summary>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(string key, uint hash) => Locate(key, hash, out _) is var position and > 0 ? _values[position - 1] : -1;

    /// <summary>The table's hash of a key.</summary>
    internal uint Hash(string key) => Hash(key, _seed);

    /// <summary>A fresh random seed for <see cref="Hash(string, uint)"/>.</summary>
    internal static uint NewSeed() => (uint)RandomNumberGenerator.GetInt32(int.MaxValue);

    /// <summary>The hash of a key under a seed: FNV-1a from the seed, then mixed so the low bits depend on every character.</summary>
    internal static uint Hash(string key, uint seed)
    {
        var hash = 2166136261u ^ seed;
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
