using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;

namespace Policing.Domain.Internals;

/// <summary>
/// Maps id strings to dense integers, for the passes that look an id up once per record over millions of records.
/// Ids are short ASCII in practice ("H00000002", "F000001-01"): a key of up to 12 ASCII characters is packed, a byte
/// a character, into a 16-byte slot beside its value, in an open-addressing table (linear probing, a power of two at
/// most 80% full), so that a lookup reads one slot and never the stored string. Any other key (longer, or not ASCII)
/// goes to an ordinary ordinal dictionary. The slot hash is seeded per table from a random number, so it is not
/// predictable from outside.
/// </summary>
/// <remarks>Adding is not thread-safe; once built, any number of threads may look keys up at once.</remarks>
internal sealed class StringIndex
{
    private const int PackedLength = 12;

    private readonly uint _seed;
    private readonly int _capacity;
    private readonly uint _mask;
    private readonly Slot[] _slots;
    private readonly Dictionary<string, int> _others = new(StringComparer.Ordinal);

    /// <summary>Initializes an empty index for at most <paramref name="capacity"/> keys.</summary>
    /// <param name="capacity">The most keys it will hold.</param>
    internal StringIndex(int capacity)
        : this(capacity, NewSeed())
    {
    }

    /// <summary>
    /// Initializes an empty index for at most <paramref name="capacity"/> keys, hashing with a given seed, so that
    /// several tables can share one hash of each key (see <see cref="Hash(string, uint)"/>).
    /// </summary>
    /// <param name="capacity">The most keys it will hold.</param>
    /// <param name="seed">The hash seed, from <see cref="NewSeed"/>.</param>
    /// <param name="pool">
    /// The pass's borrowed arrays, for a table that lives only for one pass: its slots are borrowed there, and must
    /// not be read once it gives them back; <see langword="null"/> for a table of its own.
    /// </param>
    internal StringIndex(int capacity, uint seed, PooledArrays? pool = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _seed = seed;
        _capacity = capacity;
        // Between 40% and 80% full when at capacity: memory is the cost that grows with the register.
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity + ((uint)capacity / 4) + 1));
        _mask = (uint)size - 1;
        _slots = pool is null ? new Slot[size] : pool.Rent<Slot>(size, clear: true);
    }

    /// <summary>Gets the number of slots: a power of two.</summary>
    internal int SlotCount => (int)_mask + 1;

    /// <summary>Gets the number of keys.</summary>
    internal int Count { get; private set; }

    /// <summary>Adds a key with a value, unless the key is there already.</summary>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the key was there (its value is kept).</returns>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal bool TryAdd(string key, int value) => Put(key, Hash(key, _seed), value, replace: false, out _);

    /// <summary>Adds a key with a value, unless the key is there already, with the key's hash under this table's seed already known.</summary>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the key was there (its value is kept).</returns>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal bool TryAdd(string key, uint hash, int value) => Put(key, hash, value, replace: false, out _);

    /// <summary>Sets a key's value, adding the key when it is not there.</summary>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal void Set(string key, int value) => Put(key, Hash(key, _seed), value, replace: true, out _);

    /// <summary>Finds a key's value.</summary>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(string key) => Find(key, Hash(key, _seed));

    /// <summary>Finds a key's value, with the key's hash under this table's seed already known.</summary>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(string key, uint hash)
    {
        return TryPack(key, out var low, out var high) ? Find(new PackedKey(low, high), hash) : _others.GetValueOrDefault(key, -1);
    }

    /// <summary>
    /// Finds a key's value, with the key's hash and packed form (from <see cref="Hash(string, uint, out PackedKey)"/>
    /// under this table's seed) already known: a key that packs is found without reading the string again.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="packed">The key's packed form, or <c>default</c> when it does not pack.</param>
    /// <param name="hash">The key's hash.</param>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(string key, PackedKey packed, uint hash) => packed.IsPacked ? Find(packed, hash) : _others.GetValueOrDefault(key, -1);

    /// <summary>
    /// Adds a key with a value when it is not there, with the key's hash already known; when it is there, gives its
    /// value and, when <paramref name="replace"/> is set, replaces it.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="hash">The key's hash under this table's seed.</param>
    /// <param name="value">The value.</param>
    /// <param name="replace">Whether a key that is there takes the new value.</param>
    /// <returns>The value the key had, or -1 when it was added.</returns>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal int Put(string key, uint hash, int value, bool replace) => Put(key, hash, value, replace, out var old) ? -1 : old;

    /// <summary>
    /// The same as <see cref="Put(string, uint, int, bool)"/> on the string a key was packed from (by
    /// <see cref="Hash(string, uint, out PackedKey)"/>), without reading the string.
    /// </summary>
    /// <param name="key">The packed key; <see cref="PackedKey.IsPacked"/> must be true.</param>
    /// <param name="hash">The key's hash under this table's seed.</param>
    /// <param name="value">The value.</param>
    /// <param name="replace">Whether a key that is there takes the new value.</param>
    /// <returns>The value the key had, or -1 when it was added.</returns>
    /// <exception cref="InvalidOperationException">The index is full.</exception>
    internal int Put(PackedKey key, uint hash, int value, bool replace)
    {
        Debug.Assert(key.IsPacked, "Only a key that packs is put by its packed form.");
        return Put(key, hash, value, replace, out var old) ? -1 : old;
    }

    /// <summary>The table's hash of a key.</summary>
    internal uint Hash(string key) => Hash(key, _seed);

    /// <summary>The table's hash of a key, and the key's packed form (see <see cref="Hash(string, uint, out PackedKey)"/>).</summary>
    internal uint Hash(string key, out PackedKey packed) => Hash(key, _seed, out packed);

    /// <summary>A fresh random seed for <see cref="Hash(string, uint)"/>.</summary>
    internal static uint NewSeed() => (uint)RandomNumberGenerator.GetInt32(int.MaxValue);

    /// <summary>
    /// The hash of a key under a seed: of its packed form when it packs, else FNV-1a over its characters; mixed so
    /// that both the low bits (a table's slot) and the high bits (a choice among tables) depend on every character.
    /// </summary>
    internal static uint Hash(string key, uint seed) => Hash(key, seed, out _);

    /// <summary>
    /// The hash of a key under a seed, as <see cref="Hash(string, uint)"/>, and the key's packed form, so that a pass
    /// that reads the key once can add or find it later without reading the string again.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="packed">The packed key, or <c>default</c> (<see cref="PackedKey.IsPacked"/> false) when it does not pack.</param>
    /// <returns>The hash.</returns>
    internal static uint Hash(string key, uint seed, out PackedKey packed)
    {
        if (TryPack(key, out var low, out var high))
        {
            packed = new PackedKey(low, high);
        }
        else
        {
            packed = default;
            low = 14695981039346656037UL;
            foreach (var c in key)
            {
                low = (low ^ c) * 1099511628211UL;
            }

            high = uint.MaxValue;
        }

        var hash = ((low ^ seed) * 0x9E3779B97F4A7C15UL) ^ ((high + ((ulong)seed << 32)) * 0xC2B2AE3D27D4EB4FUL);
        hash = (hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL;
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>
    /// Finds the values of several keys: the slots of all of them are read first, so that their cache misses overlap,
    /// then each is probed. A null key finds -1.
    /// </summary>
    /// <param name="keys">The keys, at most 64.</param>
    /// <param name="values">Receives each key's value, or -1.</param>
    internal void FindMany(ReadOnlySpan<string?> keys, Span<int> values)
    {
        // All the hashes first, then all the slots read back to back: a read that misses then waits beside the others
        // rather than behind the work of hashing the next key.
        // Each key is packed once, with its hash, and probed by its packed form.
        Span<uint> hashes = stackalloc uint[keys.Length];
        Span<PackedKey> packed = stackalloc PackedKey[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            (hashes[i], packed[i]) = keys[i] is { } key ? (Hash(key, out var p), p) : (0u, default);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            hashes[i] = Touch(hashes[i]);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = keys[i] is { } key ? Find(key, packed[i], hashes[i]) : -1;
        }
    }

    /// <summary>
    /// Reads the slot where the probe of a key with a known hash starts, so that the slot is in the cache when the key
    /// is added or found a moment later. Hash a block of keys first, then touch their slots back to back: the misses
    /// then overlap, where a touch after each hash waits behind the hashing of the next key.
    /// </summary>
    /// <param name="hash">The key's hash under this table's seed, from <see cref="Hash(string)"/>.</param>
    /// <returns>The hash, unchanged.</returns>
    /// <remarks>A slot's packed key never has its top bit set, so the result is the hash; it keeps the compiler from dropping the read.</remarks>
    internal uint Touch(uint hash) => hash | (uint)(_slots[hash & _mask].Low >> 63);

    /// <summary>Finds a packed key in a table of slots laid out as this index's (see <see cref="Insert"/>).</summary>
    /// <param name="slots">The slots: a power of two of them, at least one empty; or none.</param>
    /// <param name="key">The packed key.</param>
    /// <param name="hash">The key's hash.</param>
    /// <returns>The key's value, or -1 when it is not there.</returns>
    internal static int Probe(ReadOnlySpan<Slot> slots, PackedKey key, uint hash)
    {
        if (slots.IsEmpty)
        {
            return -1;
        }

        var mask = (uint)slots.Length - 1;
        for (var slot = hash & mask; slots[(int)slot].Low != 0; slot = (slot + 1) & mask)
        {
            if (slots[(int)slot].Low == key.Low && slots[(int)slot].High == key.High)
            {
                return slots[(int)slot].Value;
            }
        }

        return -1;
    }

    /// <summary>Puts a packed key that is not there yet into a table of slots laid out as this index's.</summary>
    /// <param name="slots">The slots: a power of two of them, with room for the key and one empty slot more.</param>
    /// <param name="key">The packed key.</param>
    /// <param name="hash">The key's hash.</param>
    /// <param name="value">Its value.</param>
    internal static void Insert(Span<Slot> slots, PackedKey key, uint hash, int value)
    {
        var mask = (uint)slots.Length - 1;
        var slot = hash & mask;
        while (slots[(int)slot].Low != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[(int)slot] = new Slot(key.Low, key.High, value);
    }

    /// <summary>Finds a key that packs by its packed form, with its hash under this table's seed known.</summary>
    /// <param name="key">The packed key.</param>
    /// <param name="hash">The key's hash.</param>
    /// <returns>The value, or -1 when the key is not there.</returns>
    internal int Find(PackedKey key, uint hash) => Probe(_slots.AsSpan(0, (int)_mask + 1), key, hash);

    /// <summary>Packs a key of 1 to 12 ASCII characters, none of them NUL, a byte each; the first byte makes <paramref name="low"/> non-zero.</summary>
    /// <remarks>
    /// A key of 4 to 12 characters is read a few characters at a time, never past its end: the first eight as one
    /// vector or the first four as one word, and the last four as one word (overlapping what was read), shifted so
    /// that only the characters not read yet remain.
    /// </remarks>
    private static bool TryPack(string key, out ulong low, out uint high)
    {
        var length = key.Length;
        if (length is < 4 or > PackedLength || !BitConverter.IsLittleEndian)
        {
            return TryPackEach(key, out low, out high);
        }

        ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(key.AsSpan()));
        var last = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, (length - 4) * sizeof(char)));
        if (length >= 8)
        {
            // The characters from the ninth on, in the low lanes of the last word; none when there are eight.
            var rest = length == 8 ? 0 : last >> ((PackedLength - length) * 16);
            var eight = Vector128.LoadUnsafe(ref first).AsUInt16();
            low = Vector128.Narrow(eight, eight).AsUInt64().ToScalar();
            high = NarrowFour(rest);
            return Vector128.LessThanAll(eight - Vector128<ushort>.One, Vector128.Create((ushort)0x7F)) && AreAscii(rest, length - 8);
        }

        var four = Unsafe.ReadUnaligned<ulong>(ref first);
        var more = length == 4 ? 0 : last >> ((8 - length) * 16);
        low = NarrowFour(four) | ((ulong)NarrowFour(more) << 32);
        high = 0;
        return AreAscii(four, 4) && AreAscii(more, length - 4);
    }

    /// <summary>Packs a key a character at a time: the keys too short to read a word of, and any key on a big-endian machine.</summary>
    private static bool TryPackEach(string key, out ulong low, out uint high)
    {
        low = 0;
        high = 0;
        if (key.Length is 0 or > PackedLength)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = (uint)key[i];
            if (c - 1 >= 0x7F)
            {
                return false;
            }

            if (i < 8)
            {
                low |= (ulong)c << (i * 8);
            }
            else
            {
                high |= c << ((i - 8) * 8);
            }
        }

        return true;
    }

    /// <summary>The low bytes of the four characters in a word, in order.</summary>
    private static uint NarrowFour(ulong chars) =>
        (uint)((chars & 0xFF) | ((chars >> 8) & 0xFF00) | ((chars >> 16) & 0xFF0000) | ((chars >> 24) & 0xFF000000));

    /// <summary>Whether the first <paramref name="count"/> characters of a word are ASCII and not NUL, the others being NUL.</summary>
    private static bool AreAscii(ulong chars, int count)
    {
        // Every character below 0x80; then a character is not NUL exactly when adding 0x7FFF sets its top bit.
        const ulong TopBits = 0x8000_8000_8000_8000;
        var notNul = (chars + 0x7FFF_7FFF_7FFF_7FFF) & TopBits;
        var wanted = count == 0 ? 0 : TopBits >> ((4 - count) * 16);
        return (chars & 0xFF80_FF80_FF80_FF80) == 0 && notNul == wanted;
    }

    /// <summary>Adds a key, or finds it and, when <paramref name="replace"/> is set, replaces its value.</summary>
    /// <returns><see langword="true"/> when added; otherwise <paramref name="old"/> is the value the key had.</returns>
    private bool Put(string key, uint hash, int value, bool replace, out int old)
    {
        old = -1;
        if (!TryPack(key, out var low, out var high))
        {
            if (_others.TryGetValue(key, out old))
            {
                if (replace)
                {
                    _others[key] = value;
                }

                return false;
            }

            Reserve();
            _others.Add(key, value);
            return true;
        }

        return Put(new PackedKey(low, high), hash, value, replace, out old);
    }

    /// <summary>Adds a packed key, or finds it and, when <paramref name="replace"/> is set, replaces its value.</summary>
    /// <returns><see langword="true"/> when added; otherwise <paramref name="old"/> is the value the key had.</returns>
    private bool Put(PackedKey key, uint hash, int value, bool replace, out int old)
    {
        var slot = hash & _mask;
        for (; _slots[slot].Low != 0; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Low == key.Low && _slots[slot].High == key.High)
            {
                old = _slots[slot].Value;
                if (replace)
                {
                    _slots[slot].Value = value;
                }

                return false;
            }
        }

        Reserve();
        _slots[slot] = new Slot(key.Low, key.High, value);
        old = -1;
        return true;
    }

    private void Reserve()
    {
        if (Count == _capacity)
        {
            throw new InvalidOperationException($"The index holds its capacity of {_capacity} keys.");
        }

        Count++;
    }

    /// <summary>
    /// A key of up to 12 ASCII characters packed a byte a character, as a slot holds it; <c>default</c> stands for a
    /// key that does not pack (its first byte is never 0 otherwise).
    /// </summary>
    /// <param name="Low">The first eight characters.</param>
    /// <param name="High">The characters from the ninth on.</param>
    internal readonly record struct PackedKey(ulong Low, uint High)
    {
        /// <summary>Gets a value indicating whether the key packed.</summary>
        internal bool IsPacked => Low != 0;
    }

    /// <summary>A slot: the packed key (<see cref="Low"/> is 0 in an empty slot) and its value.</summary>
    internal record struct Slot(ulong Low, uint High, int Value);
}
