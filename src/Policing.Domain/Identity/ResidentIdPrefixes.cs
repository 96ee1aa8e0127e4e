using System.Runtime.CompilerServices;

namespace Policing.Domain.Identity;

/// <summary>
/// The first six digits that are valid whatever the birth year, one bitmap over 0 to 999 999 per division-code mode:
/// a province, then a division code (lenient: it is in some revision since 1980; strict: it is also not retired, so no
/// birth year is too late for it), a permit code, or a foreigner's province and nationality. One bit test replaces the
/// rules for almost every number; the rest (invalid codes, and in strict mode the retired codes) go through
/// <see cref="ResidentIdRules.CheckPrefix"/>, which the bitmaps are built from.
/// </summary>
internal static class ResidentIdPrefixes
{
    /// <summary>
    /// The mask that keeps any value below 2^20, the bits of the bitmaps and the entries of
    /// <see cref="LenientFailures"/>: codes from 1 000 000 up are never valid, and such a value comes only from bytes
    /// that are not digits.
    /// </summary>
    internal const uint IndexMask = (1u << 20) - 1;

    private const int Count = 1_000_000;

    /// <summary>Tells whether the first six digits are valid for every birth year.</summary>
    internal static bool IsValid(int first6, DivisionCodeMode mode)
    {
        var bits = Bits(mode);
        return (uint)first6 < Count && (bits[first6 >> 6] & (1UL << first6)) != 0;
    }

    /// <summary>Gets the bitmap of a mode: bit c of word c / 64 is set when <see cref="IsValid"/> holds for c.</summary>
    internal static ReadOnlySpan<ulong> Bits(DivisionCodeMode mode) =>
        mode == DivisionCodeMode.Strict ? StrictBits.Value : LenientBits.Value;

    /// <summary>
    /// Gets the state of every value below 2^20 in a mode, two bits each (value c in bits 2(c mod 32) of word c / 32):
    /// 0 when <see cref="IsValid"/> holds; else, in lenient mode, the verdict (<see cref="StateProvince"/>,
    /// <see cref="StateDivisionCode"/> or <see cref="StateNationalityCode"/>), and in strict mode
    /// <see cref="StateNationalityCode"/> for all (the birth year decides there).
    /// </summary>
    internal static ReadOnlySpan<ulong> States(DivisionCodeMode mode) =>
        mode == DivisionCodeMode.Strict ? StrictBits.States : LenientBits.States;

    /// <summary>The states of the four values from <paramref name="codes"/> (each below 2^20), value i in bits 2i and 2i + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint States4(ref ulong states, ref uint codes) =>
        State(ref states, codes)
        | (State(ref states, Unsafe.Add(ref codes, 1)) << 2)
        | (State(ref states, Unsafe.Add(ref codes, 2)) << 4)
        | (State(ref states, Unsafe.Add(ref codes, 3)) << 6);

    // The shift count is taken modulo 64: twice the value's place among the word's 32.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint State(ref ulong states, uint code) => (uint)(Unsafe.Add(ref states, (nuint)(code >> 5)) >> (int)(code << 1)) & 3;

    /// <summary>The state of a value whose verdict is <see cref="ResidentIdError.Province"/>.</summary>
    internal const uint StateProvince = 1;

    /// <summary>The state of a value whose verdict is <see cref="ResidentIdError.DivisionCode"/>.</summary>
    internal const uint StateDivisionCode = 2;

    /// <summary>The state of a value whose verdict is <see cref="ResidentIdError.NationalityCode"/> (and, in strict mode, of every value not valid whatever the birth year).</summary>
    internal const uint StateNationalityCode = 3;

    /// <summary>
    /// Gets, by the first three digits, the verdict of <see cref="ResidentIdRules.CheckPrefix"/> in lenient mode for the
    /// first six digits whose lenient bit is clear: <see cref="ResidentIdError.Province"/>,
    /// <see cref="ResidentIdError.DivisionCode"/> or <see cref="ResidentIdError.NationalityCode"/>. The rules look at
    /// the first three digits to choose among these (the province, and after a 9 the province that follows), so every
    /// invalid code under the same three digits fails the same way.
    /// </summary>
    internal static ReadOnlySpan<byte> LenientFailures => LenientBits.Failures;

    private static ulong[] Build(DivisionCodeMode mode, out ulong[] states, byte[]? failures = null)
    {
        var bits = new ulong[(IndexMask + 1) / 64];
        states = new ulong[(IndexMask + 1) / 32];
        Array.Fill(states, ulong.MaxValue);
        for (var code = 0; code < Count; code++)
        {
            // Strict mode rejects only birth years after the year a code was retired by, so a code valid for the first
            // and the last possible birth year is valid for every year between.
            var verdict = ResidentIdRules.CheckPrefix(code, ResidentIdRules.MinimumBirthYear, mode);
            if (verdict == ResidentIdError.None &&
                ResidentIdRules.CheckPrefix(code, ResidentIdRules.MaximumBirthYear, mode) == ResidentIdError.None)
            {
                bits[code >> 6] |= 1UL << code;
                states[code >> 5] &= ~(3UL << (2 * (code & 31)));
            }
            else
            {
                var state = mode == DivisionCodeMode.Strict ? StateNationalityCode : verdict switch
                {
                    ResidentIdError.Province => StateProvince,
                    ResidentIdError.DivisionCode => StateDivisionCode,
                    _ => StateNationalityCode,
                };
                states[code >> 5] &= ~((ulong)(state ^ 3) << (2 * (code & 31)));
                if (failures is not null)
                {
                    failures[code / 1_000] = (byte)verdict;
                }
            }
        }

        return bits;
    }

    // One holder per mode, so that a process that never validates strictly never builds the strict bitmap.
    private static class LenientBits
    {
        // Values of 1 000 000 and more come only from bytes that are not digits.
        internal static readonly byte[] Failures = Enumerable.Repeat((byte)ResidentIdError.Character, (int)(IndexMask / 1_000) + 1).ToArray();

        internal static readonly ulong[] Value = Build(DivisionCodeMode.Lenient, out States, Failures);

        internal static readonly ulong[] States;
    }

    private static class StrictBits
    {
        internal static readonly ulong[] Value = Build(DivisionCodeMode.Strict, out States);

        internal static readonly ulong[] States;
    }
}
