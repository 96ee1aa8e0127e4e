namespace Policing.Domain.Beats;

/// <summary>A police office (警务室) under a station, serving one or more beats.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record PoliceOffice
{
    /// <summary>Initializes a police office.</summary>
    /// <param name="id">The office's id.</param>
    /// <param name="station">The station the office belongs to.</param>
    /// <param name="name">The office's name; may be empty when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PoliceOffice(OfficeId id, StationId station, string name)
    {
        Guard.Against.Null(name);
        Id = id;
        Station = station;
        Name = name;
    }

    /// <summary>Gets the office's id.</summary>
    public OfficeId Id { get; }

    /// <summary>Gets the station the office belongs to.</summary>
    public StationId Station { get; }

    /// <summary>Gets the office's name.</summary>
    public string Name { get; }
}
