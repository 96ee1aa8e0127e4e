using System.Globalization;

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
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 100000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999999);
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
    /// Gets every code of the embedded GB/T 2260 table (current and historical, 2002 to 2023), in order. See
    /// <c>Identity/Data/README.md</c> for the sources.
    /// </summary>
    public static IReadOnlyList<DivisionCode> Known => KnownCodes.Value;

    /// <summary>Gets a value indicating whether the code is in the embedded table: it existed at some time.</summary>
    public bool Exists => DivisionTable.IsKnown(_value);

    /// <summary>
    /// Tells whether the code was in force in a year, as far as the embedded sources can tell: a code already in
    /// the oldest source (2002) counts as in force before it, and a retired code stays in force up to the year of
    /// the first source without it.
    /// </summary>
    /// <param name="year">The year, such as a year of birth.</param>
    /// <returns><see langword="true"/> when the code was in force in <paramref name="year"/>.</returns>
    public bool WasInForceIn(int year) => DivisionTable.IsInForce(_value, year);

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
