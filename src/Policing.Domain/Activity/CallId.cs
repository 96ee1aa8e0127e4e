namespace Policing.Domain.Activity;

/// <summary>Identifies a follow-up call (电话回访). An opaque string, unique among calls, compared ordinally.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct CallId : IComparable<CallId>
{
    /// <summary>Initializes an id from its text.</summary>
    /// <param name="value">The id: not empty, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space or padded.</exception>
    public CallId(string value) => Value = Ids.Require(value, "call");

    /// <summary>Gets the text of the id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(CallId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
