namespace Policing.Domain.Identity;

/// <summary>The province-level divisions of GB/T 2260 by their two-digit codes, with the permit prefixes 81 to 83.</summary>
internal static class Provinces
{
    // Bit n is set when n is a province-level code: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81-83.
    private static readonly bool[] Known = Build();

    internal static bool IsProvince(int code) => (uint)code < (uint)Known.Length && Known[code];

    private static bool[] Build()
    {
        var known = new bool[100];
        int[] codes =
        [
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
        ];
        foreach (var code in codes)
        {
            known[code] = true;
        }

        return known;
    }
}
