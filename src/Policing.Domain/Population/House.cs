using Policing.Domain.Beats;

namespace Policing.Domain.Population;

/// <summary>A house (房屋) in a beat: where households are registered and where residents actually live.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record House
{
    /// <summary>Initializes a house.</summary>
    /// <param name="id">The house's id.</param>
    /// <param name="beat">The beat the house lies in.</param>
    /// <param name="address">The address; may be empty when unknown.</param>
    /// <param name="kind">What the house is used for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public House(HouseId id, BeatId beat, string address, HouseKind kind)
    {
        Guard.Against.Null(address);
        Guard.Against.UndefinedEnum(kind, "house kind");
        Id = id;
        Beat = beat;
        Address = address;
        Kind = kind;
    }

    /// <summary>Gets the house's id.</summary>
    public HouseId Id { get; }

    /// <summary>Gets the beat the house lies in.</summary>
    public BeatId Beat { get; }

    /// <summary>Gets the address.</summary>
    public string Address { get; }

    /// <summary>Gets what the house is used for.</summary>
    public HouseKind Kind { get; }
}
