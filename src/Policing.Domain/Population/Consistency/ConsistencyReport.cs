using Policing.Domain.Beats;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The person-ID and person-house consistency of a population, overall and per beat, with every defect group,
/// every resident who is not consistent, the empty houses and the records that name something not on the
/// register. Every resident is counted once; the counts add up to <see cref="Residents"/>.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class ConsistencyReport
{
    private readonly Dictionary<BeatId, BeatConsistency> _byBeat;
    private readonly Lazy<IReadOnlyList<DefectGroup>> _groups;
    private readonly Lazy<IReadOnlyList<ResidentFinding>> _findings;
    private readonly Lazy<(HouseId[] Empty, HouseId[] EmptyRental)> _emptyHouses;
    private readonly Lazy<IReadOnlyList<ReferenceProblem>> _problems;

    internal ConsistencyReport(
        BeatConsistency overall,
        IReadOnlyList<BeatConsistency> beats,
        Func<IReadOnlyList<DefectGroup>> defectGroups,
        Func<IReadOnlyList<ResidentFinding>> findings,
        Func<(HouseId[] Empty, HouseId[] EmptyRental)> emptyHouses,
        IEnumerable<ReferenceProblem> referenceProblems)
    {
        Overall = overall;
        Beats = beats;
        // The lists are built and ordered on first use: a caller who reads only the counts and rates (the award rules)
        // does not pay for millions of findings, the defect groups' objects, or the empty houses. Lazy is thread-safe.
        _groups = new(defectGroups);
        _findings = new(findings);
        _emptyHouses = new(emptyHouses);
        // Ordered in full, so that the order does not depend on which core met a record first.
        _problems = new(() => [.. referenceProblems
            .OrderBy(p => p.Resident.Value, StringComparer.Ordinal)
            .ThenBy(p => p.UnknownHousehold?.Value, StringComparer.Ordinal)
            .ThenBy(p => p.UnknownHouse?.Value, StringComparer.Ordinal)]);
        _byBeat = beats.Where(b => b.Beat is not null).ToDictionary(b => b.Beat!.Value);
    }

    /// <summary>Gets the number of residents analysed.</summary>
    [Metric]
    public long Residents => Overall.Residents;

    /// <summary>Gets the figures of the whole population.</summary>
    public BeatConsistency Overall { get; }

    /// <summary>Gets the person-ID consistency rate of the whole population.</summary>
    [Metric]
    public Rate PersonIdConsistency => Overall.PersonIdConsistency;

    /// <summary>Gets the person-house consistency rate of the whole population.</summary>
    [Metric]
    public Rate PersonHouseConsistency => Overall.PersonHouseConsistency;

    /// <summary>
    /// Gets the figures of every beat on the register, in beat-id order, then those of the residents no beat could be
    /// found for (with a <see langword="null"/> beat) when there are any.
    /// </summary>
    public IReadOnlyList<BeatConsistency> Beats { get; }

    /// <summary>Gets the defect groups: shared numbers, duplicate records, suspected multiple numbers, in that order, each ordered by number.</summary>
    /// <remarks>Built on first read, as are <see cref="Findings"/>, <see cref="EmptyHouses"/> and <see cref="ReferenceProblems"/>.</remarks>
    public IReadOnlyList<DefectGroup> DefectGroups => _groups.Value;

    /// <summary>Gets every resident who is not consistent on at least one count, in resident-id order.</summary>
    public IReadOnlyList<ResidentFinding> Findings => _findings.Value;

    /// <summary>Gets every house on the register that no resident lives in, in id order.</summary>
    public IReadOnlyList<HouseId> EmptyHouses => _emptyHouses.Value.Empty;

    /// <summary>Gets the empty houses that are rental housing, where floating residents are most often missed.</summary>
    public IReadOnlyList<HouseId> EmptyRentalHouses => _emptyHouses.Value.EmptyRental;

    /// <summary>Gets the residents whose records name a household or a house not on the register.</summary>
    public IReadOnlyList<ReferenceProblem> ReferenceProblems => _problems.Value;

    /// <summary>Gets the figures of a beat.</summary>
    /// <param name="beat">The beat.</param>
    /// <returns>The beat's figures, or <see langword="null"/> when no house of the register lies in it.</returns>
    public BeatConsistency? Of(BeatId beat) => _byBeat.GetValueOrDefault(beat);

    /// <summary>
    /// Gets the person-ID consistency rate of a beat, the figure the award rules read;
    /// <see cref="Rate.NoData"/> when no resident is counted in it.
    /// </summary>
    /// <param name="beat">The beat.</param>
    /// <returns>The rate.</returns>
    public Rate PersonIdConsistencyOf(BeatId beat) => Of(beat)?.PersonIdConsistency ?? Rate.NoData;
}
