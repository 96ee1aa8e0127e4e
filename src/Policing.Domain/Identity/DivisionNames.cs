using NodaTime;

namespace Policing.Domain.Identity;

/// <summary>
/// The names a division code had in one revision of GB/T 2260: its province-level division, its prefecture-level
/// division and its county-level division, such as 北京市 / 昌平县 for 110221 in 1980 (a Beijing county has no
/// prefecture between it and the municipality).
/// </summary>
/// <remarks>
/// A prefecture code (ending in 00) has no county name and names itself as the prefecture; a province code (ending in
/// 0000) has only the province name. The sources' groupings that are not places (市辖区, 县 and 省直辖县级行政区划
/// under XXXX00) are never given as a county's prefecture. This type is immutable and is thread-safe.
/// </remarks>
public sealed record DivisionNames
{
    internal DivisionNames(string province, string? prefecture, string? county, YearMonth? revision)
    {
        Province = province;
        Prefecture = prefecture;
        County = county;
        Revision = revision;
    }

    /// <summary>Gets the name of the province-level division, such as 北京市 or 山东省.</summary>
    public string Province { get; }

    /// <summary>
    /// Gets the name of the prefecture-level division, such as 德州市, or <see langword="null"/> when there is none: a
    /// province code, a municipality's districts and counties, a county directly under its province.
    /// </summary>
    public string? Prefecture { get; }

    /// <summary>Gets the name of the county-level division, such as 昌平县, or <see langword="null"/> for a prefecture or province code.</summary>
    public string? County { get; }

    /// <summary>
    /// Gets the month of the revision the names are taken from, or <see langword="null"/> for names that are not read
    /// from a revision (香港, 澳门 and 台湾 of the residence permits).
    /// </summary>
    public YearMonth? Revision { get; }

    /// <summary>Returns the names from province to county, separated by spaces, such as <c>北京市 昌平县</c>.</summary>
    /// <returns>The names.</returns>
    public override string ToString() => string.Join(' ', new[] { Province, Prefecture, County }.Where(n => n is not null));
}
