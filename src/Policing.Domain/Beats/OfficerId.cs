namespace Policing.Domain.Beats;

/// <summary>Identifies an officer (民警 or 辅警). An opaque string, unique among officers, compared ordinally.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct OfficerId : IComparable<OfficerId>
{
    /// <summary>Initializes an id from its text.</summary>
    /// <param name="value">The id: not empty, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space or padded.</exception>
    public OfficerId(string value) => Value = Ids.Require(value, "officer");

    /// <summary>Gets the text of the id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(OfficerId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
