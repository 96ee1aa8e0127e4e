using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Policing.Domain.Population.Consistency;

/// <summary>Reads a little-endian wire form front to back; every shortfall is a <see cref="FormatException"/> naming what was read.</summary>
internal ref struct WireReader(ReadOnlySpan<byte> source, string what)
{
    private readonly ReadOnlySpan<byte> _source = source;
    private int _at;

    internal void Version(byte expected)
    {
        var version = Byte();
        if (version != expected)
        {
            throw new FormatException($"The {what} are of wire version {version}; this library reads version {expected}.");
        }
    }

    internal byte Byte() => Take(1)[0];

    internal bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        var b => throw new FormatException($"The {what} hold {b} at byte {_at - 1} where a flag (0 or 1) belongs."),
    };

    internal int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    internal long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    internal ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    /// <summary>A count of items of at least <paramref name="minBytes"/> each, checked against the bytes left.</summary>
    internal int Count(int minBytes)
    {
        var count = Int32();
        if (count < 0 || (long)count * minBytes > _source.Length - _at)
        {
            throw new FormatException($"The {what} announce {count} items at byte {_at - 4}, more than the {_source.Length - _at} bytes left hold.");
        }

        return count;
    }

    /// <summary>A string: its UTF-8 length (-1 for none), then its bytes.</summary>
    internal string? String()
    {
        var length = Int32();
        if (length == -1)
        {
            return null;
        }

        if (length < 0)
        {
            throw new FormatException($"The {what} hold a string of length {length} at byte {_at - 4}.");
        }

        return Encoding.UTF8.GetString(Take(length));
    }

    internal ReadOnlySpan<byte> Take(int bytes)
    {
        if (bytes > _source.Length - _at)
        {
            throw new FormatException($"The {what} are cut short: {bytes} bytes needed at byte {_at}, {_source.Length - _at} left.");
        }

        var span = _source.Slice(_at, bytes);
        _at += bytes;
        return span;
    }

    internal readonly void End()
    {
        if (_at != _source.Length)
        {
            throw new FormatException($"The {what} end at byte {_at}, but {_source.Length - _at} more bytes follow.");
        }
    }
}

/// <summary>Writes the little-endian wire forms that <see cref="WireReader"/> reads.</summary>
internal readonly struct WireWriter(IBufferWriter<byte> destination)
{
    internal void Byte(byte value)
    {
        destination.GetSpan(1)[0] = value;
        destination.Advance(1);
    }

    internal void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination.GetSpan(4), value);
        destination.Advance(4);
    }

    internal void Int64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination.GetSpan(8), value);
        destination.Advance(8);
    }

    internal void UInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination.GetSpan(8), value);
        destination.Advance(8);
    }

    internal void String(string? value)
    {
        if (value is null)
        {
            Int32(-1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        Int32(length);
        Encoding.UTF8.GetBytes(value, destination.GetSpan(length));
        destination.Advance(length);
    }
}
