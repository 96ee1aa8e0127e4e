namespace Policing.Domain.Identity;

/// <summary>
/// The first six digits that are valid whatever the birth year, one bitmap over 0 to 999 999 per division-code mode:
/// a province, then a division code (lenient: it ever existed; strict: it was in force in every possible birth
/// year), a permit code, or a foreigner's province and nationality. One bit test replaces the rules for almost every
/// number; the rest (invalid codes, and in strict mode the codes created or retired since 2002) go through
/// <see cref="ResidentIdRules.CheckPrefix"/>, which the bitmaps are built from.
/// </summary>
internal static class ResidentIdPrefixes
{
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

    private static ulong[] Build(DivisionCodeMode mode)
    {
        var bits = new ulong[(Count + 63) / 64];
        for (var code = 0; code < Count; code++)
        {
            // The years a code was in force are one interval, so being in force in the first and the last possible
            // birth year means being in force in every year between.
            if (ResidentIdRules.CheckPrefix(code, ResidentIdRules.MinimumBirthYear, mode) == ResidentIdError.None &&
                ResidentIdRules.CheckPrefix(code, ResidentIdRules.MaximumBirthYear, mode) == ResidentIdError.None)
            {
                bits[code >> 6] |= 1UL << code;
            }
        }

        return bits;
    }

    // One holder per mode, so that a process that never validates strictly never builds the strict bitmap.
    private static class LenientBits
    {
        internal static readonly ulong[] Value = Build(DivisionCodeMode.Lenient);
    }

    private static class StrictBits
    {
        internal static readonly ulong[] Value = Build(DivisionCodeMode.Strict);
    }
}
