namespace Policing.Domain.Beats;

/// <summary>
/// A beat (社区 / 辖区): the territory one community officer answers for, served by a police office. A beat with
/// no responsible officer is uncovered, which breaks "one beat, one officer" (一区一警) and is reported by the
/// coverage check.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Beat
{
    /// <summary>Initializes a beat.</summary>
    /// <param name="id">The beat's id.</param>
    /// <param name="office">The police office serving the beat.</param>
    /// <param name="name">The beat's name; may be empty when unknown.</param>
    /// <param name="responsibleOfficer">The responsible officer, or <see langword="null"/> when the beat is uncovered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Beat(BeatId id, OfficeId office, string name, OfficerId? responsibleOfficer)
    {
        Guard.Against.Null(name);
        Id = id;
        Office = office;
        Name = name;
        ResponsibleOfficer = responsibleOfficer;
    }

    /// <summary>Gets the beat's id.</summary>
    public BeatId Id { get; }

    /// <summary>Gets the police office serving the beat.</summary>
    public OfficeId Office { get; }

    /// <summary>Gets the beat's name.</summary>
    public string Name { get; }

    /// <summary>Gets the responsible officer, or <see langword="null"/> when the beat is uncovered.</summary>
    public OfficerId? ResponsibleOfficer { get; }
}
