using System.Runtime.InteropServices;

namespace Policing.Domain.Population.Consistency;

/// <summary>The two groupings across residents of the consistency analysis (<c>docs/scale.md</c>, passes 2 and 3).</summary>
public enum ConsistencyShuffle : byte
{
    /// <summary>The valid records grouped by packed number: a group of several is a duplicate record, of several persons a shared number.</summary>
    ByNumber = 1,

    /// <summary>The valid records grouped by person key: a person with several numbers holds multiple numbers.</summary>
    ByPersonKey = 2,
}

/// <summary>
/// One valid record as a shuffle moves it: the key grouped by (the packed number, or the person key) and the other
/// key. 16 bytes, blittable; a batch of them is a flat little-endian array (see <see cref="ConsistencyWire"/>).
/// </summary>
/// <param name="Key">The key grouped by.</param>
/// <param name="Other">The other key: the person key when grouping by number, the number when grouping by person.</param>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
public readonly record struct ShuffleRecord(ulong Key, ulong Other);
