using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Policing.Domain.Identity;

/// <summary>
/// The 128-bit and 256-bit paths of <see cref="ResidentIdBatch"/>, one source for SSE, AVX2 and NEON: eight lines of
/// 18 characters and <c>\n</c> per 128-bit lane and step, transposed so that each vector holds one pair of character
/// positions of every line (a 16-bit word a line). Every rule is then one operation for all the lines at once: the
/// digit test a maximum over the positions, the MOD 11-2 sum a multiply-add per pair, the date a few word compares and
/// one table shuffle; only the first six digits are looked up line by line, a step late (see
/// <see cref="ResidentIdBlockLoop"/>), in <see cref="ResidentIdPrefixes.States"/> of the mode, whose states name the
/// rule an invalid code breaks. Each rule's verdict comes out as a mask of lines, so that a broken line needs no second
/// parse unless it holds a control character or its date is one the vectors leave open (29 February, a birth year not
/// before the reference date's).
/// </summary>
/// <remarks>
/// <para>
/// A lane's eight lines are loaded as rows of eight words (bytes 0 to 15, and bytes 3 to 18 for the tail) and
/// transposed in three rounds of unpacks (words, double words, quad words): word vector j then holds positions 2j and
/// 2j + 1 of lines 0 to 7 in order, the tail vectors positions 15 and 16, and 17 (the check character) and 18 (the line
/// end).
/// </para>
/// <para>The lines of a 256-bit vector's second lane are the eight after those of its first.</para>
/// </remarks>
/// <typeparam name="TWords">The operations of the vector width.</typeparam>
/// <typeparam name="TVector">The vector type.</typeparam>
internal readonly struct ResidentIdColumns<TWords, TVector> : IResidentIdBlockKernel<ResidentIdColumns<TWords, TVector>>
    where TWords : struct, IResidentIdWords<TVector>
    where TVector : struct
{
    private const int LineBytes = ResidentIdBlocks.LineBytes;

    // The last day minus 1 of months 1 to 12 in every year (29 February is left open); 0 at index 0, which the high
    // byte of a month's word reads.
    private static readonly Vector128<byte> LastDays = Vector128.Create((byte)0, 30, 27, 30, 29, 30, 29, 30, 30, 29, 30, 29, 30, 0, 0, 0);

    // Bytes below this are control characters, \n and \r among them: a line with one among its first 18 bytes may be
    // another line, or a shorter one, and has its exact verdict (stricter than needed, never looser).
    private const byte ControlBelow = 14;

    private readonly TVector _lastYear;

    private readonly TVector _lastDays;

    private ResidentIdColumns(int lastYear)
    {
        _lastYear = TWords.Words((ushort)lastYear);
        _lastDays = TWords.FromLane(LastDays);
    }

    /// <inheritdoc/>
    public static int LinesPerBlock => 8 * TWords.Lanes;

    /// <inheritdoc/>
    public static int BlockBytes => LinesPerBlock * LineBytes;

    /// <inheritdoc/>
    public static int Lookbehind => 0;

    /// <inheritdoc/>
    public static ResidentIdColumns<TWords, TVector> Create(int lastYear) => new(lastYear);

    /// <inheritdoc/>
    public static ReadOnlySpan<ulong> Prefixes(DivisionCodeMode mode) => ResidentIdPrefixes.States(mode);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CountBlocks(ref ResidentIdBlockLoop loop, in ResidentIdValidationOptions options, Span<uint> scratchSpan)
    {
        const nuint Lane = 8 * LineBytes;
        ref var prefixes = ref MemoryMarshal.GetReference(Prefixes(options.DivisionCodeMode));
        ref var scratch = ref MemoryMarshal.GetReference(scratchSpan);

        // The first step looks up these codes for no block.
        scratchSpan.Clear();
        while (loop.More)
        {
            ref var line = ref loop.Line;
            ResidentIdBlockMasks masks;

            // The heads: words (0, 1) to (14, 15) of each line, transposed.
            var a0 = TWords.Load(ref line, Lane);
            var a1 = TWords.Load(ref Unsafe.Add(ref line, LineBytes), Lane);
            var a2 = TWords.Load(ref Unsafe.Add(ref line, 2 * LineBytes), Lane);
            var a3 = TWords.Load(ref Unsafe.Add(ref line, 3 * LineBytes), Lane);
            var a4 = TWords.Load(ref Unsafe.Add(ref line, 4 * LineBytes), Lane);
            var a5 = TWords.Load(ref Unsafe.Add(ref line, 5 * LineBytes), Lane);
            var a6 = TWords.Load(ref Unsafe.Add(ref line, 6 * LineBytes), Lane);
            var a7 = TWords.Load(ref Unsafe.Add(ref line, 7 * LineBytes), Lane);
            var b0 = TWords.UnpackLowWords(a0, a1);
            var b1 = TWords.UnpackHighWords(a0, a1);
            var b2 = TWords.UnpackLowWords(a2, a3);
            var b3 = TWords.UnpackHighWords(a2, a3);
            var b4 = TWords.UnpackLowWords(a4, a5);
            var b5 = TWords.UnpackHighWords(a4, a5);
            var b6 = TWords.UnpackLowWords(a6, a7);
            var b7 = TWords.UnpackHighWords(a6, a7);
            var c0 = TWords.UnpackLowDoubleWords(b0, b2);
            var c1 = TWords.UnpackHighDoubleWords(b0, b2);
            var c2 = TWords.UnpackLowDoubleWords(b1, b3);
            var c3 = TWords.UnpackHighDoubleWords(b1, b3);
            var c4 = TWords.UnpackLowDoubleWords(b4, b6);
            var c5 = TWords.UnpackHighDoubleWords(b4, b6);
            var c6 = TWords.UnpackLowDoubleWords(b5, b7);
            var c7 = TWords.UnpackHighDoubleWords(b5, b7);

            // Positions minus '0': any byte that is not a digit becomes more than 9. The least byte of each line tells
            // whether a control character (a line end among them) is among its first 18.
            var zero = TWords.Bytes((byte)'0');
            var w0 = TWords.UnpackLowQuadWords(c0, c4);
            var w1 = TWords.UnpackHighQuadWords(c0, c4);
            var w2 = TWords.UnpackLowQuadWords(c1, c5);
            var w3 = TWords.UnpackHighQuadWords(c1, c5);
            var least = TWords.MinBytes(TWords.MinBytes(w0, w1), TWords.MinBytes(w2, w3));
            var d0 = TWords.SubtractBytes(w0, zero);
            var d1 = TWords.SubtractBytes(w1, zero);
            var d2 = TWords.SubtractBytes(w2, zero);
            var d3 = TWords.SubtractBytes(w3, zero);
            var w4 = TWords.UnpackLowQuadWords(c2, c6);
            var w5 = TWords.UnpackHighQuadWords(c2, c6);
            var w6 = TWords.UnpackLowQuadWords(c3, c7);
            var w7 = TWords.UnpackHighQuadWords(c3, c7);
            least = TWords.MinBytes(least, TWords.MinBytes(TWords.MinBytes(w4, w5), TWords.MinBytes(w6, w7)));
            var d4 = TWords.SubtractBytes(w4, zero);
            var d5 = TWords.SubtractBytes(w5, zero);
            var d6 = TWords.SubtractBytes(w6, zero);
            var d7 = TWords.SubtractBytes(w7, zero);

            // The previous block's first six digits, stored a whole step ago, then this block's, as d1d2 * 100 + d3d4
            // and d5d6, for the next step's look-up. Looked up at the top of the step, half a step after the stores,
            // the codes were still on their way to memory, and the path as slow as with no step between.
            var pendingPrefixes = TWords.PrefixStates(ref prefixes, ref scratch);
            TWords.StorePrefixes(
                TWords.AddWords(TWords.MultiplyWords(TWords.MultiplyAddBytes(d0, 10, 1), 100), TWords.MultiplyAddBytes(d1, 10, 1)),
                TWords.MultiplyAddBytes(d2, 10, 1),
                ref scratch);

            // The tails: only their last two words, (15, 16) and (17, 18).
            var t0 = TWords.UnpackHighWords(TWords.Load(ref Unsafe.Add(ref line, 3), Lane), TWords.Load(ref Unsafe.Add(ref line, 3 + LineBytes), Lane));
            var t1 = TWords.UnpackHighWords(TWords.Load(ref Unsafe.Add(ref line, 3 + (2 * LineBytes)), Lane), TWords.Load(ref Unsafe.Add(ref line, 3 + (3 * LineBytes)), Lane));
            var t2 = TWords.UnpackHighWords(TWords.Load(ref Unsafe.Add(ref line, 3 + (4 * LineBytes)), Lane), TWords.Load(ref Unsafe.Add(ref line, 3 + (5 * LineBytes)), Lane));
            var t3 = TWords.UnpackHighWords(TWords.Load(ref Unsafe.Add(ref line, 3 + (6 * LineBytes)), Lane), TWords.Load(ref Unsafe.Add(ref line, 3 + (7 * LineBytes)), Lane));
            var u0 = TWords.UnpackHighDoubleWords(t0, t1);
            var u1 = TWords.UnpackHighDoubleWords(t2, t3);
            var w8 = TWords.UnpackLowQuadWords(u0, u1);
            var last = TWords.UnpackHighQuadWords(u0, u1);
            least = TWords.MinBytes(least, TWords.MinBytes(w8, TWords.Or(last, TWords.Words(0xFF00))));
            var d8 = TWords.SubtractBytes(w8, zero);

            // The check character (low byte) is a digit, X or x; the line end (high byte) is \n, which the same compare finds.
            var lastValues = TWords.SubtractBytes(last, TWords.Words('0' | ('\n' << 8)));
            var isXOrEnd = TWords.EqualsBytes(TWords.Or(last, TWords.Words(0x20)), TWords.Words('x' | ('\n' << 8)));
            var digitMax = TWords.MaxBytes(TWords.MaxBytes(TWords.MaxBytes(d0, d1), TWords.MaxBytes(d2, d3)), TWords.MaxBytes(TWords.MaxBytes(d4, d5), TWords.MaxBytes(d6, d7)));
            var characters = TWords.Or(
                TWords.SubtractSaturateBytes(TWords.MaxBytes(digitMax, d8), TWords.Bytes(9)),
                TWords.AndNot(TWords.SubtractSaturateBytes(lastValues, TWords.Words(0xFF09)), isXOrEnd));

            // ISO 7064 MOD 11-2: the 17 digits by their weights plus the check value (X is 10) is 1 modulo 11 exactly when
            // (sum - 1) times the inverse of 11 modulo 2^16 is at most (2^16 - 1) / 11. Positions 0-1, 2-3 and 4-5 have
            // the weights of 10-11, 12-13 and 14-15, so their digits are added first (two digits fit a byte; other
            // bytes only make a line whose characters are wrong anyway); the check value is already a word, the
            // minimum having cleared the line end's byte.
            var checkValue = TWords.MinBytes(lastValues, TWords.Words(10));
            var sum = TWords.AddWords(
                TWords.AddWords(
                    TWords.MultiplyAddBytes(TWords.AddBytes(d0, d5), 7, 9),
                    TWords.MultiplyAddBytes(TWords.AddBytes(d1, d6), 10, 5)),
                TWords.AddWords(
                    TWords.MultiplyAddBytes(TWords.AddBytes(d2, d7), 8, 4),
                    TWords.AddWords(TWords.MultiplyAddBytes(d3, 2, 1), TWords.MultiplyAddBytes(d4, 6, 3))));
            sum = TWords.AddWords(sum, TWords.AddWords(TWords.MultiplyAddBytes(d8, 0, 2), checkValue));
            var checkWrong = TWords.SubtractSaturateWords(
                TWords.MultiplyWords(TWords.SubtractWords(sum, TWords.Words(1)), ResidentIdLanes.InverseOf11),
                TWords.Words(ResidentIdLanes.CheckLimit));

            // The date: a year from 1900 to the last year proved, a month from 1 to 12, a day of it in every year.
            var year = TWords.AddWords(TWords.MultiplyWords(TWords.MultiplyAddBytes(d3, 10, 1), 100), TWords.MultiplyAddBytes(d4, 10, 1));
            var month = TWords.MultiplyAddBytes(d5, 10, 1);
            var day = TWords.MultiplyAddBytes(d6, 10, 1);
            var one = TWords.Words(1);
            var lastDay = TWords.ShuffleBytes(_lastDays, month);
            var leapDay = TWords.And(TWords.EqualsWords(month, TWords.Words(2)), TWords.EqualsWords(day, TWords.Words(29)));
            var dateWrong = TWords.Or(
                TWords.Or(TWords.GreaterThanWords(TWords.Words(ResidentIdRules.MinimumBirthYear), year), TWords.SubtractSaturateWords(TWords.SubtractWords(month, one), TWords.Words(11))),
                TWords.AndNot(TWords.SubtractSaturateWords(TWords.SubtractWords(day, one), lastDay), leapDay));
            var dateOpen = TWords.Or(TWords.GreaterThanWords(year, _lastYear), leapDay);

            // Bit 2l of each mask is line l's (the loop reads no other bit).
            var zeroWords = TWords.Words(0);
            var charactersRight = TWords.MoveMask(TWords.EqualsWords(characters, zeroWords));
            var plain = TWords.MoveMask(TWords.EqualsWords(TWords.SubtractSaturateBytes(TWords.Bytes(ControlBelow), least), zeroWords));
            var dateRight = TWords.MoveMask(TWords.EqualsWords(dateWrong, zeroWords));
            var open = TWords.MoveMask(dateOpen) & dateRight & charactersRight;
            masks.Whole = TWords.MoveMask(isXOrEnd) >> 1;
            masks.Exact = (~charactersRight & ~plain) | open;
            masks.Character = ~charactersRight & plain;
            masks.BirthDate = ~dateRight;
            masks.CheckCharacter = ~TWords.MoveMask(TWords.EqualsWords(checkWrong, zeroWords));
            loop.Settle(masks, pendingPrefixes, options);
        }

        loop.Flush(TWords.PrefixStates(ref prefixes, ref scratch));
    }
}
