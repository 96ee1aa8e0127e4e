using System.Globalization;
using NodaTime;

namespace Policing.Domain.Identity;

/// <summary>
/// A six-digit administrative division code of GB/T 2260 (行政区划代码), such as <c>110101</c> for Dongcheng
/// district of Beijing. An identity number keeps the code of the place of first registration for life.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>, IComparable<DivisionCode>, IComparable
{
    private static readonly Lazy<IReadOnlyList<DivisionCode>> KnownCodes = new(() => DivisionTable.Codes().Select(c => new DivisionCode(c)).ToArray());

    private readonly int _value;

    /// <summary>Initializes a division code from its six-digit numeric value.</summary>
    /// <param name="value">The code, from 100000 to 999999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> does not have six digits.</exception>
    public DivisionCode(int value)
    {
        Guard.Against.OutOfRange(value, nameof(value), 100000, 999999, $"A division code has six digits, from 100000 to 999999, not {value}.");
        _value = value;
    }

    /// <summary>Gets the six-digit numeric value of the code.</summary>
    public int Value => _value;

    /// <summary>Gets the two-digit code of the province-level division this code belongs to (11 for Beijing).</summary>
    public int ProvinceCode => _value / 10000;

    /// <summary>Gets the code of the province-level division this code belongs to (110000 for 110101).</summary>
    public DivisionCode Province => new(ProvinceCode * 10000);

    /// <summary>Gets a value indicating whether this code names a province-level division itself (ends in 0000).</summary>
    public bool IsProvinceLevel => _value % 10000 == 0;

    /// <summary>
    /// Gets every code of the embedded GB/T 2260 table (every revision from 1980 to 2023, retired codes included), in
    /// order. See <c>Identity/Data/README.md</c> for the sources.
    /// </summary>
    public static IReadOnlyList<DivisionCode> Known => KnownCodes.Value;

    /// <summary>Gets a value indicating whether the code is in the embedded table: it is in some revision since 1980.</summary>
    public bool Exists => DivisionTable.IsKnown(_value);

    /// <summary>Gets a value indicating whether the code exists but is missing from the newest revision (2023): its division was abolished or renumbered.</summary>
    public bool IsRetired => RetiredBy is not null;

    /// <summary>
    /// Gets, for a retired code, the year of the first revision dated after the last one that holds it: the code was
    /// retired by then, so nobody born later can have been first registered under it, and strict mode rejects such a
    /// birth year. <see langword="null"/> for a code in the newest revision or not in the table.
    /// </summary>
    public int? RetiredBy => DivisionTable.RetiredBy(_value);

    /// <summary>Gets the month of the first revision that holds the code, or <see langword="null"/> for a code not in the table.</summary>
    public YearMonth? FirstRevision => DivisionTable.FirstRevision(_value);

    /// <summary>Gets the month of the last revision that holds the code, or <see langword="null"/> for a code not in the table.</summary>
    public YearMonth? LastRevision => DivisionTable.LastRevision(_value);

    /// <summary>Gets the names of the code in the newest revision that holds it, or <see langword="null"/> for a code not in the table.</summary>
    public DivisionNames? LatestNames => DivisionTable.LatestNames(_value);

    /// <summary>
    /// Gets the names under which a person born in a year was first registered with this code: those of the earliest
    /// revision dated in or after that year that holds the code (its first revision for a year before it), and of its first
    /// revision too for a year after every revision holding it.
    /// </summary>
    /// <param name="birthYear">The year of birth.</param>
    /// <returns>The names, or <see langword="null"/> for a code not in the table.</returns>
    public DivisionNames? NamesAt(int birthYear) => DivisionTable.NamesAt(_value, birthYear);

    /// <summary>Returns the six digits of the code.</summary>
    /// <returns>The code as six digits.</returns>
    public override string ToString() => _value.ToString("D6", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(DivisionCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(DivisionCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DivisionCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(DivisionCode)}.", nameof(obj)),
    };

    /// <summary>Determines whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Determines whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Determines whether one code sorts before another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DivisionCode left, DivisionCode right) => left._value < right._value;

    /// <summary>Determines whether one code sorts after another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DivisionCode left, DivisionCode right) => left._value > right._value;

    /// <summary>Determines whether one code sorts before or with another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left._value <= right._value;

    /// <summary>Determines whether one code sorts after or with another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left._value >= right._value;
}
