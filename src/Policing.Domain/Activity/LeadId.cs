namespace Policing.Domain.Activity;

/// <summary>Identifies a lead for a case (线索). An opaque string, unique among leads, compared ordinally.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct LeadId : IComparable<LeadId>
{
    /// <summary>Initializes an id from its text.</summary>
    /// <param name="value">The id: not empty, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space or padded.</exception>
    public LeadId(string value) => Value = Ids.Require(value, "lead");

    /// <summary>Gets the text of the id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(LeadId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
