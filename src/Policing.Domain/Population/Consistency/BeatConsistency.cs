using Policing.Domain.Beats;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The consistency figures of one beat: the residents counted in it (the beat of the house they live in, else of
/// the house they are registered at) and their verdicts.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record BeatConsistency
{
    internal BeatConsistency(BeatId? beat, VerdictCounts<PersonIdVerdict> personId, VerdictCounts<PersonHouseVerdict> personHouse)
    {
        Beat = beat;
        PersonId = personId;
        PersonHouse = personHouse;
    }

    /// <summary>Gets the beat, or <see langword="null"/> for the residents no beat can be found for.</summary>
    public BeatId? Beat { get; }

    /// <summary>Gets the number of residents counted in the beat.</summary>
    [Metric]
    public long Residents => PersonId.Total;

    /// <summary>Gets the count of each person-ID verdict.</summary>
    public VerdictCounts<PersonIdVerdict> PersonId { get; }

    /// <summary>Gets the count of each person-house verdict.</summary>
    public VerdictCounts<PersonHouseVerdict> PersonHouse { get; }

    /// <summary>Gets the person-ID consistency rate (人号一致率): consistent residents ÷ residents.</summary>
    [Metric]
    public Rate PersonIdConsistency => Rate.Of(PersonId[PersonIdVerdict.Consistent], Residents);

    /// <summary>Gets the person-house consistency rate (人房一致率): consistent residents ÷ residents.</summary>
    [Metric]
    public Rate PersonHouseConsistency => Rate.Of(PersonHouse[PersonHouseVerdict.Consistent], Residents);
}
