using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Policing.Domain.Identity;

/// <summary>
/// The AVX-512 path of <see cref="ResidentIdBatch"/>: four lines of exactly 18 characters and <c>\n</c> per step.
/// Two 64-byte loads hold the four lines; two byte permutes (VPERMI2B) put each line in a 128-bit lane, digits in
/// one vector and the last three bytes in another; the digit test, the MOD 11-2 sum, the first six digits and the
/// birth date are then computed for the four lanes at once, and the first six digits are looked up in the
/// <see cref="ResidentIdPrefixes"/> bitmap of the mode.
/// </summary>
/// <remarks>
/// The path only proves lines valid; <see cref="ResidentIdBlocks"/> gives every other line its exact verdict.
/// </remarks>
internal readonly struct ResidentIdVector512 : IResidentIdBlockKernel
{
    private const int LineBytes = ResidentIdBlocks.LineBytes;
    private const int LinesPerBlock = ResidentIdBlocks.LinesPerBlock;

    // Lane l of the digit vector: bytes 14 and 15 of line l, then bytes 0 to 13, so that the digit pairs fall on
    // 16-bit words as: sequence, d0d1, d2d3, d4d5, century, year, month, day.
    private static readonly Vector512<byte> DigitIndices = Indices([14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);

    // Lane l of the tail vector: byte 16 (the 17th digit), 17 (the check character) and 18 (the line end) of line l.
    private static readonly Vector512<byte> TailIndices = Indices([16, 17, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18]);

    // Bit d of entry m is set when day d of month m is valid in every year (29 February is left to the exact path).
    private static readonly Vector512<uint> ValidDays = Vector512.Create(
        0u, DaysUpTo(31), DaysUpTo(28), DaysUpTo(31), DaysUpTo(30), DaysUpTo(31), DaysUpTo(30), DaysUpTo(31),
        DaysUpTo(31), DaysUpTo(30), DaysUpTo(31), DaysUpTo(30), DaysUpTo(31), 0u, 0u, 0u);

    /// <summary>Gets the bytes read per step: two vectors.</summary>
    public static int BlockBytes => 128;

    /// <inheritdoc/>
    public static int Lookbehind => 0;

    /// <summary>Gets a value indicating whether this machine runs the path.</summary>
    internal static bool IsSupported => Vector512.IsHardwareAccelerated && Avx512Vbmi.IsSupported;

    /// <summary>Counts the verdicts of the lines of <paramref name="buffer"/> from the start while at least <see cref="BlockBytes"/> bytes remain.</summary>
    /// <param name="buffer">The lines.</param>
    /// <param name="options">The reference date and the division-code mode.</param>
    /// <param name="counts">The counts per verdict, added to.</param>
    /// <param name="provedLines">How many lines were proved valid in vectors (the others had the exact verdict).</param>
    /// <returns>The position of the first line not counted.</returns>
    internal static int Count(ReadOnlySpan<byte> buffer, in ResidentIdValidationOptions options, Span<long> counts, out long provedLines) =>
        ResidentIdBlocks.Count<ResidentIdVector512>(buffer, options, counts, out provedLines);

    /// <inheritdoc/>
    /// <remarks>
    /// The loop calls nothing, so that its constants stay in registers; it is compiled fully optimized at once, which
    /// measured faster than the profile-guided tier.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static int CountBlocks(
        ReadOnlySpan<byte> buffer,
        int position,
        int lastYear,
        DivisionCodeMode mode,
        Span<int> waiting,
        ref int waitingCount,
        ref long valid,
        out bool whole)
    {
        ref var start = ref MemoryMarshal.GetReference(buffer);
        ref var prefixes = ref MemoryMarshal.GetReference(ResidentIdPrefixes.Bits(mode));
        var digitIndices = DigitIndices;
        var tailIndices = TailIndices;
        var validDays = ValidDays;
        var zeroChar = Vector512.Create((byte)'0');
        var nine = Vector512.Create((byte)9);
        var ten = Vector512.Create((byte)10);

        // The tail lanes: the 17th digit and the check character are digits (or X, x), the 18th byte is \n.
        var tailLow = Lanes(Vector128.Create((byte)'0', (byte)'0', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\n'));
        var tailRange = Lanes(Vector128.Create((byte)9, 9, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255));
        var tailCase = Lanes(Vector128.Create((byte)255, 0x20, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255));
        var tailX = Lanes(Vector128.Create((byte)0, (byte)'x', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

        // A lane is one line of 18 bytes when no byte before the 19th is a control character (below 14: \n and \r among
        // them; the test is stricter than needed, never looser) and the 19th is \n.
        var control = Vector512.Create((byte)14);
        var tailLineBytes = Lanes(Vector128.Create((byte)0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255));
        var tailLineEnd = Lanes(Vector128.Create((byte)255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

        // ISO 7064 MOD 11-2 weights in lane order; pair and field weights.
        var digitWeights = Lanes(Vector128.Create((sbyte)8, 4, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5));
        var tailWeights = Lanes(Vector128.Create((sbyte)2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        var pairWeights = Vector512.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1);
        var fieldWeights = Lanes(Vector128.Create((short)0, 10_000, 100, 1, 100, 1, 0, 0));

        // The weighted sum plus the check value is 1 mod 11 exactly when (sum - 1) times the inverse of 11 modulo
        // 2^16 is at most (2^16 - 1) / 11; only the first word of each lane holds a sum.
        var one16 = Vector512.Create((ushort)1);
        var inverseOf11 = Vector512.Create((ushort)0x8BA3);
        var checkLimit = Lanes(Vector128.Create((ushort)(ushort.MaxValue / 11), ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, ushort.MaxValue));

        // Dword 2 of each lane is the year, dword 3 the month and day as two words.
        var yearLow = Lanes(Vector128.Create(0u, 0u, ResidentIdRules.MinimumBirthYear, 0u));
        var yearRange = Lanes(Vector128.Create(uint.MaxValue, uint.MaxValue, (uint)(lastYear - ResidentIdRules.MinimumBirthYear), uint.MaxValue));
        var dayNeutral = Lanes(Vector128.Create(1u, 1u, 1u, 0u));
        var monthHigh = Lanes(Vector128.Create(0u, 0u, 0u, 0xFFF0u));
        var prefixIndices = Vector512.Create(0u, 4, 8, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        // Lines of 18 bytes that are not proved wait here for their exact verdict, so that the loop does not branch on them.
        ref var waitingLines = ref MemoryMarshal.GetReference(waiting);
        var count = waitingCount;
        long validCount = valid;
        whole = true;
        while (buffer.Length - position >= BlockBytes && ResidentIdBlocks.HasRoom(waiting, count))
        {
            var low = Vector512.LoadUnsafe(ref start, (nuint)position);
            var high = Vector512.LoadUnsafe(ref start, (nuint)(position + 64));
            var line = Avx512Vbmi.PermuteVar64x8x2(low, digitIndices, high);
            var digits = line - zeroChar;
            var tail = Avx512Vbmi.PermuteVar64x8x2(low, tailIndices, high);
            var tailValues = tail - tailLow;

            var broken = Vector512.LessThan(line, control)
                | Vector512.LessThan(tail | tailLineBytes, control)
                | Vector512.GreaterThan(tailValues, tailLineEnd);
            var bad = Vector512.GreaterThan(digits, nine)
                | Vector512.AndNot(Vector512.GreaterThan(tailValues, tailRange), Vector512.Equals(tail | tailCase, tailX));

            var sums = Avx512BW.MultiplyAddAdjacent(digits, digitWeights)
                + Avx512BW.MultiplyAddAdjacent(Vector512.Min(tailValues, ten), tailWeights);
            var quads = Avx512BW.SumAbsoluteDifferences(sums.AsByte(), Vector512<byte>.Zero);
            var total = quads + Avx512BW.ShiftRightLogical128BitLane(quads.AsByte(), 8).AsUInt16();
            bad |= Vector512.GreaterThan((total - one16) * inverseOf11, checkLimit).AsByte();

            var pairs = Avx512BW.MultiplyAddAdjacent(digits, pairWeights);
            var fields = Avx512BW.MultiplyAddAdjacent(pairs, fieldWeights).AsUInt32();
            fields += Vector512.ShiftRightLogical(fields.AsUInt64(), 32).AsUInt32();
            bad |= Vector512.GreaterThan(fields - yearLow, yearRange).AsByte();

            var monthDay = pairs.AsUInt32();
            var days = Avx512F.ShiftRightLogicalVariable(Avx512F.PermuteVar16x32(validDays, monthDay), Vector512.ShiftRightLogical(monthDay, 16));
            bad |= Vector512.Equals((days | dayNeutral) & Vector512<uint>.One, Vector512<uint>.Zero).AsByte();
            bad |= Vector512.GreaterThan(monthDay & monthHigh, Vector512<uint>.Zero).AsByte();

            // Bits 0, 2, 4 and 6: the lanes with nothing bad (or broken) in either of their two 64-bit halves.
            var clean = (uint)Vector512.Equals(bad.AsUInt64(), Vector512<ulong>.Zero).ExtractMostSignificantBits();
            var wholeLanes = (uint)Vector512.Equals(broken.AsUInt64(), Vector512<ulong>.Zero).ExtractMostSignificantBits();
            var codes = Avx512F.PermuteVar16x32(fields, prefixIndices).GetLower().GetLower().AsUInt64();
            var codes01 = codes.ToScalar();
            var codes23 = codes.GetElement(1);
            var known = ResidentIdBlocks.Known(ref prefixes, (uint)codes01)
                | (ResidentIdBlocks.Known(ref prefixes, (uint)(codes01 >> 32)) << 2)
                | (ResidentIdBlocks.Known(ref prefixes, (uint)codes23) << 4)
                | (ResidentIdBlocks.Known(ref prefixes, (uint)(codes23 >> 32)) << 6);

            var lines = ResidentIdBlocks.Settle(clean, wholeLanes, known, position, ref waitingLines, ref count, ref validCount);
            position += lines * LineBytes;
            if (lines < LinesPerBlock)
            {
                whole = false;
                break;
            }
        }

        waitingCount = count;
        valid = validCount;
        return position;
    }

    private static uint DaysUpTo(int last) => (uint)((1UL << (last + 1)) - 2);

    private static Vector512<T> Lanes<T>(Vector128<T> lane) => Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane));

    private static Vector512<byte> Indices(ReadOnlySpan<byte> lane)
    {
        Span<byte> indices = stackalloc byte[64];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = (byte)((i / 16 * LineBytes) + lane[i % 16]);
        }

        return Vector512.Create((ReadOnlySpan<byte>)indices);
    }
}
