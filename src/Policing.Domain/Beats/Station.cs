namespace Policing.Domain.Beats;

/// <summary>A police station (派出所), the parent of police offices.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Station
{
    /// <summary>Initializes a station.</summary>
    /// <param name="id">The station's id.</param>
    /// <param name="name">The station's name; may be empty when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Station(StationId id, string name)
    {
        Guard.Against.Null(name);
        Id = id;
        Name = name;
    }

    /// <summary>Gets the station's id.</summary>
    public StationId Id { get; }

    /// <summary>Gets the station's name.</summary>
    public string Name { get; }
}
