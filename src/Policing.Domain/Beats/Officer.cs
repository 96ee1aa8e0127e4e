namespace Policing.Domain.Beats;

/// <summary>An officer of a station: a community officer, an auxiliary, or an officer of a business unit.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Officer
{
    /// <summary>Initializes an officer.</summary>
    /// <param name="id">The officer's id.</param>
    /// <param name="name">The officer's name; may be empty when unknown.</param>
    /// <param name="station">The station the officer serves.</param>
    /// <param name="role">The officer's role.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined role.</exception>
    public Officer(OfficerId id, string name, StationId station, OfficerRole role)
    {
        Guard.Against.Null(name);
        Guard.Against.UndefinedEnum(role, "officer role");
        Id = id;
        Name = name;
        Station = station;
        Role = role;
    }

    /// <summary>Gets the officer's id.</summary>
    public OfficerId Id { get; }

    /// <summary>Gets the officer's name.</summary>
    public string Name { get; }

    /// <summary>Gets the station the officer serves.</summary>
    public StationId Station { get; }

    /// <summary>Gets the officer's role.</summary>
    public OfficerRole Role { get; }
}
