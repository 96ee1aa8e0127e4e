namespace Policing.Domain.Activity;

/// <summary>Identifies a household visit (入户走访). An opaque string, unique among visits, compared ordinally.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct VisitId : IComparable<VisitId>
{
    /// <summary>Initializes an id from its text.</summary>
    /// <param name="value">The id: not empty, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space or padded.</exception>
    public VisitId(string value) => Value = Ids.Require(value, "visit");

    /// <summary>Gets the text of the id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(VisitId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
