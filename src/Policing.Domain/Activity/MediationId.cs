namespace Policing.Domain.Activity;

/// <summary>Identifies a mediation of a dispute (纠纷调解). An opaque string, unique among mediations, compared ordinally.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct MediationId : IComparable<MediationId>
{
    /// <summary>Initializes an id from its text.</summary>
    /// <param name="value">The id: not empty, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space or padded.</exception>
    public MediationId(string value) => Value = Ids.Require(value, "mediation");

    /// <summary>Gets the text of the id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(MediationId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
