using Policing.Domain.Identity;

namespace Policing.Domain.Population;

/// <summary>
/// An identity number exactly as the register records it, valid or not. The consistency analysis needs the
/// invalid ones too, with their reason, so the register keeps the text rather than a <see cref="ResidentId"/>.
/// </summary>
/// <remarks>
/// <para>
/// Personal data: <see cref="ToString"/> is masked (a valid number as <see cref="ResidentId"/> masks it; any
/// other text keeps only its first six characters). The recorded text is returned only by
/// <see cref="RevealRecorded"/>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct RecordedIdNumber : IEquatable<RecordedIdNumber>
{
    private readonly string? _text;

    /// <summary>Initializes a recorded number from the text on the register.</summary>
    /// <param name="text">The recorded text; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or empty.</exception>
    public RecordedIdNumber(string text)
    {
        Guard.Against.NullOrEmpty(text);
        _text = text;
    }

    /// <summary>Gets the number of characters recorded.</summary>
    public int Length => _text?.Length ?? 0;

    /// <summary>Tells why the recorded text is not a valid identity number.</summary>
    /// <returns><see cref="ResidentIdError.None"/> when it is valid, else the first part that is wrong.</returns>
    public ResidentIdError Validate() => ResidentId.Validate(_text.AsSpan());

    /// <summary>Tries to read the recorded text as a valid identity number.</summary>
    /// <param name="id">The number, or <c>default</c> when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public bool TryGetResidentId(out ResidentId id) => ResidentId.TryParse(_text.AsSpan(), out id);

    /// <summary>Returns the text exactly as recorded. Personal data: never log or display it without need.</summary>
    /// <returns>The recorded text.</returns>
    public string RevealRecorded() => _text ?? string.Empty;

    /// <summary>Returns the masked number, safe for logs and displays.</summary>
    /// <returns>The masked form.</returns>
    public override string ToString()
    {
        if (_text is null)
        {
            return string.Empty;
        }

        if (TryGetResidentId(out var id))
        {
            return id.ToString();
        }

        const int Shown = 6;
        return _text.Length <= Shown
            ? new string(ResidentId.MaskCharacter, _text.Length)
            : string.Concat(_text.AsSpan(0, Shown), new string(ResidentId.MaskCharacter, _text.Length - Shown));
    }

    /// <inheritdoc/>
    public bool Equals(RecordedIdNumber other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordedIdNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Determines whether two recorded numbers have the same text.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the texts are equal.</returns>
    public static bool operator ==(RecordedIdNumber left, RecordedIdNumber right) => left.Equals(right);

    /// <summary>Determines whether two recorded numbers differ.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the texts differ.</returns>
    public static bool operator !=(RecordedIdNumber left, RecordedIdNumber right) => !left.Equals(right);
}
