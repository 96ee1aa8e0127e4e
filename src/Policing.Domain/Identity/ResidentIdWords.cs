using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The operations of <see cref="ResidentIdColumns{TWords, TVector}"/> on one vector width: a vector holds 16-bit words,
/// eight to a 128-bit lane, and each lane is transposed on its own, so that the kernel is written once for every
/// width and instruction set.
/// </summary>
/// <typeparam name="TVector">The vector type (of bytes).</typeparam>
internal interface IResidentIdWords<TVector>
    where TVector : struct
{
    /// <summary>Gets how many 128-bit lanes a vector holds (eight lines each).</summary>
    static abstract int Lanes { get; }

    /// <summary>Loads 16 bytes at <paramref name="first"/> into lane 0, and at each further <paramref name="laneBytes"/> into the next lane.</summary>
    static abstract TVector Load(ref byte first, nuint laneBytes);

    /// <summary>Every byte <paramref name="value"/>.</summary>
    static abstract TVector Bytes(byte value);

    /// <summary>Every 128-bit lane <paramref name="lane"/>.</summary>
    static abstract TVector FromLane(Vector128<byte> lane);

    /// <summary>Every 16-bit word <paramref name="value"/>.</summary>
    static abstract TVector Words(ushort value);

    /// <summary>Byte by byte <c>a - b</c>, wrapping.</summary>
    static abstract TVector SubtractBytes(TVector a, TVector b);

    /// <summary>Byte by byte <c>a + b</c>, wrapping.</summary>
    static abstract TVector AddBytes(TVector a, TVector b);

    /// <summary>Byte by byte <c>max(a, b)</c>, unsigned.</summary>
    static abstract TVector MaxBytes(TVector a, TVector b);

    /// <summary>Byte by byte <c>min(a, b)</c>, unsigned.</summary>
    static abstract TVector MinBytes(TVector a, TVector b);

    /// <summary>Byte by byte <c>a - b</c>, unsigned and saturated at 0.</summary>
    static abstract TVector SubtractSaturateBytes(TVector a, TVector b);

    /// <summary>All ones in the bytes where <c>a == b</c>.</summary>
    static abstract TVector EqualsBytes(TVector a, TVector b);

    /// <summary><c>a | b</c>.</summary>
    static abstract TVector Or(TVector a, TVector b);

    /// <summary><c>a &amp; b</c>.</summary>
    static abstract TVector And(TVector a, TVector b);

    /// <summary><c>a &amp; ~b</c>.</summary>
    static abstract TVector AndNot(TVector a, TVector b);

    /// <summary>Word by word <c>a + b</c>, wrapping.</summary>
    static abstract TVector AddWords(TVector a, TVector b);

    /// <summary>Word by word <c>a - b</c>, wrapping.</summary>
    static abstract TVector SubtractWords(TVector a, TVector b);

    /// <summary>Word by word <c>a * b</c>, the low 16 bits.</summary>
    static abstract TVector MultiplyWords(TVector a, ushort b);

    /// <summary>Word by word <c>a - b</c>, unsigned and saturated at 0.</summary>
    static abstract TVector SubtractSaturateWords(TVector a, TVector b);

    /// <summary>All ones in the words where <c>a == b</c>.</summary>
    static abstract TVector EqualsWords(TVector a, TVector b);

    /// <summary>All ones in the words where <c>a &gt; b</c>, as signed 16-bit numbers.</summary>
    static abstract TVector GreaterThanWords(TVector a, TVector b);

    /// <summary>Word by word: its low byte times <paramref name="low"/> plus its high byte times <paramref name="high"/> (weights below 128).</summary>
    static abstract TVector MultiplyAddBytes(TVector values, byte low, byte high);

    /// <summary>In each lane, byte i becomes byte <c>indices[i]</c> of <paramref name="table"/> (for indices below 16; others give any value).</summary>
    static abstract TVector ShuffleBytes(TVector table, TVector indices);

    /// <summary>In each lane, the low four words of <paramref name="a"/> and <paramref name="b"/>, interleaved.</summary>
    static abstract TVector UnpackLowWords(TVector a, TVector b);

    /// <summary>In each lane, the high four words of <paramref name="a"/> and <paramref name="b"/>, interleaved.</summary>
    static abstract TVector UnpackHighWords(TVector a, TVector b);

    /// <summary>In each lane, the low two double words of <paramref name="a"/> and <paramref name="b"/>, interleaved.</summary>
    static abstract TVector UnpackLowDoubleWords(TVector a, TVector b);

    /// <summary>In each lane, the high two double words of <paramref name="a"/> and <paramref name="b"/>, interleaved.</summary>
    static abstract TVector UnpackHighDoubleWords(TVector a, TVector b);

    /// <summary>In each lane, the low 64 bits of <paramref name="a"/>, then those of <paramref name="b"/>.</summary>
    static abstract TVector UnpackLowQuadWords(TVector a, TVector b);

    /// <summary>In each lane, the high 64 bits of <paramref name="a"/>, then those of <paramref name="b"/>.</summary>
    static abstract TVector UnpackHighQuadWords(TVector a, TVector b);

    /// <summary>The top bit of every byte, byte 0 in bit 0 (so that word w of lane k sets bits 16k + 2w and 16k + 2w + 1).</summary>
    static abstract uint MoveMask(TVector bytes);

    /// <summary>
    /// Stores the first six digits of the lines, <c>(high * 100 + low) &amp; </c><see cref="ResidentIdPrefixes.IndexMask"/>
    /// for word w of lane k (line 8k + w), in the first <c>8 * </c><see cref="Lanes"/> values of <paramref name="scratch"/>,
    /// for <see cref="PrefixStates"/>.
    /// </summary>
    static abstract void StorePrefixes(TVector high, TVector low, ref uint scratch);

    /// <summary>
    /// Looks up the first six digits that <see cref="StorePrefixes"/> stored in <paramref name="scratch"/> (any values
    /// below 2^20) in <paramref name="states"/> (<see cref="ResidentIdPrefixes.States"/>), and gives the state of line l
    /// in bits 2l and 2l + 1.
    /// </summary>
    static abstract uint PrefixStates(ref ulong states, ref uint scratch);
}

/// <summary>The instructions of this machine for <see cref="ResidentIdWords128{TIsa}"/>: SSE2 and SSSE3, or ARM64's NEON, where it has them, else the portable forms.</summary>
internal readonly struct NativeIsa;

/// <summary>The cross-platform forms only for <see cref="ResidentIdWords128{TIsa}"/>, which tests run on any machine beside the native ones.</summary>
internal readonly struct PortableIsa;

/// <summary>
/// The 128-bit words: SSE2 and SSSE3 on x86, NEON on ARM64, each operation in one instruction; the cross-platform
/// <see cref="Vector128"/> forms where <typeparamref name="TIsa"/> forbids them or the machine has neither.
/// </summary>
/// <remarks>
/// Each operation tests <c>typeof(TIsa) == typeof(NativeIsa)</c> itself, which the JIT folds to a constant: a helper
/// property was left a call in the kernel (seen in the JIT's disassembly), one per operation.
/// </remarks>
/// <typeparam name="TIsa"><see cref="NativeIsa"/> or <see cref="PortableIsa"/>: the instructions allowed beyond the cross-platform ones.</typeparam>
internal readonly struct ResidentIdWords128<TIsa> : IResidentIdWords<Vector128<byte>>
    where TIsa : struct
{
    /// <inheritdoc/>
    public static int Lanes => 1;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Load(ref byte first, nuint laneBytes) => Vector128.LoadUnsafe(ref first);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Bytes(byte value) => Vector128.Create(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> FromLane(Vector128<byte> lane) => lane;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Words(ushort value) => Vector128.Create(value).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> SubtractBytes(Vector128<byte> a, Vector128<byte> b) => a - b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> AddBytes(Vector128<byte> a, Vector128<byte> b) => a + b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> MaxBytes(Vector128<byte> a, Vector128<byte> b) => Vector128.Max(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> MinBytes(Vector128<byte> a, Vector128<byte> b) => Vector128.Min(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> SubtractSaturateBytes(Vector128<byte> a, Vector128<byte> b) => Vector128.SubtractSaturate(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> EqualsBytes(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Or(Vector128<byte> a, Vector128<byte> b) => a | b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> And(Vector128<byte> a, Vector128<byte> b) => a & b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> AndNot(Vector128<byte> a, Vector128<byte> b) => Vector128.AndNot(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> AddWords(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt16() + b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> SubtractWords(Vector128<byte> a, Vector128<byte> b) => (a.AsUInt16() - b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> MultiplyWords(Vector128<byte> a, ushort b) => (a.AsUInt16() * Vector128.Create(b)).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> SubtractSaturateWords(Vector128<byte> a, Vector128<byte> b) =>
        Vector128.SubtractSaturate(a.AsUInt16(), b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> EqualsWords(Vector128<byte> a, Vector128<byte> b) => Vector128.Equals(a.AsUInt16(), b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> GreaterThanWords(Vector128<byte> a, Vector128<byte> b) => Vector128.GreaterThan(a.AsInt16(), b.AsInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> MultiplyAddBytes(Vector128<byte> values, byte low, byte high)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Ssse3.MultiplyAddAdjacent(values, Vector128.Create((ushort)(low | (high << 8))).AsSByte()).AsByte();
        }

        var words = values.AsUInt16();
        return (((words & Vector128.Create((ushort)0xFF)) * low) + ((words >> 8) * high)).AsByte();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> ShuffleBytes(Vector128<byte> table, Vector128<byte> indices) =>
        typeof(TIsa) == typeof(NativeIsa) ? Vector128.ShuffleNative(table, indices) : Vector128.Shuffle(table, indices);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> UnpackLowWords(Vector128<byte> a, Vector128<byte> b)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Sse2.UnpackLow(a.AsUInt16(), b.AsUInt16()).AsByte();
        }

        if (typeof(TIsa) == typeof(NativeIsa) && AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.ZipLow(a.AsUInt16(), b.AsUInt16()).AsByte();
        }

        return (Vector128.WidenLower(a.AsUInt16()) | (Vector128.WidenLower(b.AsUInt16()) << 16)).AsByte();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> UnpackHighWords(Vector128<byte> a, Vector128<byte> b)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Sse2.UnpackHigh(a.AsUInt16(), b.AsUInt16()).AsByte();
        }

        if (typeof(TIsa) == typeof(NativeIsa) && AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.ZipHigh(a.AsUInt16(), b.AsUInt16()).AsByte();
        }

        return (Vector128.WidenUpper(a.AsUInt16()) | (Vector128.WidenUpper(b.AsUInt16()) << 16)).AsByte();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> UnpackLowDoubleWords(Vector128<byte> a, Vector128<byte> b)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Sse2.UnpackLow(a.AsUInt32(), b.AsUInt32()).AsByte();
        }

        if (typeof(TIsa) == typeof(NativeIsa) && AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.ZipLow(a.AsUInt32(), b.AsUInt32()).AsByte();
        }

        return (Vector128.WidenLower(a.AsUInt32()) | (Vector128.WidenLower(b.AsUInt32()) << 32)).AsByte();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> UnpackHighDoubleWords(Vector128<byte> a, Vector128<byte> b)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Sse2.UnpackHigh(a.AsUInt32(), b.AsUInt32()).AsByte();
        }

        if (typeof(TIsa) == typeof(NativeIsa) && AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.ZipHigh(a.AsUInt32(), b.AsUInt32()).AsByte();
        }

        return (Vector128.WidenUpper(a.AsUInt32()) | (Vector128.WidenUpper(b.AsUInt32()) << 32)).AsByte();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> UnpackLowQuadWords(Vector128<byte> a, Vector128<byte> b)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Sse2.UnpackLow(a.AsUInt64(), b.AsUInt64()).AsByte();
        }

        if (typeof(TIsa) == typeof(NativeIsa) && AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.ZipLow(a.AsUInt64(), b.AsUInt64()).AsByte();
        }

        return Vector128.Create(a.GetLower(), b.GetLower());
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> UnpackHighQuadWords(Vector128<byte> a, Vector128<byte> b)
    {
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            return Sse2.UnpackHigh(a.AsUInt64(), b.AsUInt64()).AsByte();
        }

        if (typeof(TIsa) == typeof(NativeIsa) && AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.ZipHigh(a.AsUInt64(), b.AsUInt64()).AsByte();
        }

        return Vector128.Create(a.GetUpper(), b.GetUpper());
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MoveMask(Vector128<byte> bytes) => bytes.ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StorePrefixes(Vector128<byte> high, Vector128<byte> low, ref uint scratch)
    {
        var mask = Vector128.Create(ResidentIdPrefixes.IndexMask);
        Vector128<uint> first, second;
        if (typeof(TIsa) == typeof(NativeIsa) && Ssse3.IsSupported)
        {
            var weights = Vector128.Create(100 | (1 << 16)).AsInt16();
            first = Sse2.MultiplyAddAdjacent(Sse2.UnpackLow(high.AsInt16(), low.AsInt16()), weights).AsUInt32();
            second = Sse2.MultiplyAddAdjacent(Sse2.UnpackHigh(high.AsInt16(), low.AsInt16()), weights).AsUInt32();
        }
        else
        {
            first = (Vector128.WidenLower(high.AsUInt16()) * 100u) + Vector128.WidenLower(low.AsUInt16());
            second = (Vector128.WidenUpper(high.AsUInt16()) * 100u) + Vector128.WidenUpper(low.AsUInt16());
        }

        (first & mask).StoreUnsafe(ref scratch);
        (second & mask).StoreUnsafe(ref scratch, 4);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint PrefixStates(ref ulong states, ref uint scratch) =>
        ResidentIdPrefixes.States4(ref states, ref scratch) | (ResidentIdPrefixes.States4(ref states, ref Unsafe.Add(ref scratch, 4)) << 8);
}

/// <summary>The 256-bit words: AVX2, two 128-bit lanes of eight lines each.</summary>
internal readonly struct ResidentIdWords256 : IResidentIdWords<Vector256<byte>>
{
    /// <inheritdoc/>
    public static int Lanes => 2;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref byte first, nuint laneBytes) =>
        Vector256.Create(Vector128.LoadUnsafe(ref first), Vector128.LoadUnsafe(ref first, laneBytes));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Bytes(byte value) => Vector256.Create(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> FromLane(Vector128<byte> lane) => Vector256.Create(lane, lane);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Words(ushort value) => Vector256.Create(value).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> SubtractBytes(Vector256<byte> a, Vector256<byte> b) => a - b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> AddBytes(Vector256<byte> a, Vector256<byte> b) => a + b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> MaxBytes(Vector256<byte> a, Vector256<byte> b) => Vector256.Max(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> MinBytes(Vector256<byte> a, Vector256<byte> b) => Vector256.Min(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> SubtractSaturateBytes(Vector256<byte> a, Vector256<byte> b) => Vector256.SubtractSaturate(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> EqualsBytes(Vector256<byte> a, Vector256<byte> b) => Vector256.Equals(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Or(Vector256<byte> a, Vector256<byte> b) => a | b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> And(Vector256<byte> a, Vector256<byte> b) => a & b;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> AndNot(Vector256<byte> a, Vector256<byte> b) => Vector256.AndNot(a, b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> AddWords(Vector256<byte> a, Vector256<byte> b) => (a.AsUInt16() + b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> SubtractWords(Vector256<byte> a, Vector256<byte> b) => (a.AsUInt16() - b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> MultiplyWords(Vector256<byte> a, ushort b) => (a.AsUInt16() * Vector256.Create(b)).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> SubtractSaturateWords(Vector256<byte> a, Vector256<byte> b) =>
        Vector256.SubtractSaturate(a.AsUInt16(), b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> EqualsWords(Vector256<byte> a, Vector256<byte> b) => Vector256.Equals(a.AsUInt16(), b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> GreaterThanWords(Vector256<byte> a, Vector256<byte> b) => Vector256.GreaterThan(a.AsInt16(), b.AsInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> MultiplyAddBytes(Vector256<byte> values, byte low, byte high) =>
        Avx2.MultiplyAddAdjacent(values, Vector256.Create((ushort)(low | (high << 8))).AsSByte()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> ShuffleBytes(Vector256<byte> table, Vector256<byte> indices) => Avx2.Shuffle(table, indices);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> UnpackLowWords(Vector256<byte> a, Vector256<byte> b) => Avx2.UnpackLow(a.AsUInt16(), b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> UnpackHighWords(Vector256<byte> a, Vector256<byte> b) => Avx2.UnpackHigh(a.AsUInt16(), b.AsUInt16()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> UnpackLowDoubleWords(Vector256<byte> a, Vector256<byte> b) => Avx2.UnpackLow(a.AsUInt32(), b.AsUInt32()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> UnpackHighDoubleWords(Vector256<byte> a, Vector256<byte> b) => Avx2.UnpackHigh(a.AsUInt32(), b.AsUInt32()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> UnpackLowQuadWords(Vector256<byte> a, Vector256<byte> b) => Avx2.UnpackLow(a.AsUInt64(), b.AsUInt64()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> UnpackHighQuadWords(Vector256<byte> a, Vector256<byte> b) => Avx2.UnpackHigh(a.AsUInt64(), b.AsUInt64()).AsByte();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MoveMask(Vector256<byte> bytes) => bytes.ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StorePrefixes(Vector256<byte> high, Vector256<byte> low, ref uint scratch)
    {
        // Lanes of four lines each: lines 0-3 and 8-11 in the first, 4-7 and 12-15 in the second.
        var weights = Vector256.Create(100 | (1 << 16)).AsInt16();
        var mask = Vector256.Create((int)ResidentIdPrefixes.IndexMask);
        (Avx2.MultiplyAddAdjacent(Avx2.UnpackLow(high.AsInt16(), low.AsInt16()), weights) & mask).AsUInt32().StoreUnsafe(ref scratch);
        (Avx2.MultiplyAddAdjacent(Avx2.UnpackHigh(high.AsInt16(), low.AsInt16()), weights) & mask).AsUInt32().StoreUnsafe(ref scratch, 8);
    }

    /// <inheritdoc/>
    /// <remarks>Line by line: an AVX2 gather was no faster on the machines measured, and is slower on some.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint PrefixStates(ref ulong states, ref uint scratch) =>
        ResidentIdPrefixes.States4(ref states, ref scratch)
        | (ResidentIdPrefixes.States4(ref states, ref Unsafe.Add(ref scratch, 8)) << 8)
        | (ResidentIdPrefixes.States4(ref states, ref Unsafe.Add(ref scratch, 4)) << 16)
        | (ResidentIdPrefixes.States4(ref states, ref Unsafe.Add(ref scratch, 12)) << 24);
}
