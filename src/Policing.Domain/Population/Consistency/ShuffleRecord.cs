using System.Runtime.InteropServices;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// One valid record as a shuffle moves it: the key grouped by (the packed number, or the person key) and the other
/// key. 16 bytes, blittable; a batch of them is a flat little-endian array (see <see cref="ConsistencyWire"/>).
/// </summary>
/// <param name="Key">The key grouped by.</param>
/// <param name="Other">The other key: the person key when grouping by number, the number when grouping by person.</param>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
public readonly record struct ShuffleRecord(ulong Key, ulong Other);
