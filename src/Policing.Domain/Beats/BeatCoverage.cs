namespace Policing.Domain.Beats;

/// <summary>Checks "one beat, one officer" (一区一警): every beat has exactly one responsible community officer.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class BeatCoverage
{
    /// <summary>Checks the assignment of every beat.</summary>
    /// <param name="beats">The beats; ids must be unique.</param>
    /// <param name="officers">The officers; ids must be unique.</param>
    /// <returns>The findings, and the beats of each community officer.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A beat or officer id appears twice.</exception>
    [MustUseOutcome]
    public static CoverageReport Check(IEnumerable<Beat> beats, IEnumerable<Officer> officers)
    {
        Guard.Against.Null(beats);
        Guard.Against.Null(officers);
        var byId = new Dictionary<OfficerId, Officer>();
        foreach (var officer in officers)
        {
            if (!byId.TryAdd(officer.Id, officer))
            {
                throw new ArgumentException($"The officer id '{officer.Id}' appears more than once.", nameof(officers));
            }
        }

        var seen = new HashSet<BeatId>();
        var findings = new List<AssignmentFinding>();
        var byOfficer = new SortedDictionary<OfficerId, List<BeatId>>();
        foreach (var beat in beats.OrderBy(b => b.Id))
        {
            if (!seen.Add(beat.Id))
            {
                throw new ArgumentException($"The beat id '{beat.Id}' appears more than once.", nameof(beats));
            }

            AssignmentProblem? problem = beat.ResponsibleOfficer is not { } id ? AssignmentProblem.Uncovered
                : !byId.TryGetValue(id, out var officer) ? AssignmentProblem.UnknownOfficer
                : officer.Role == OfficerRole.Auxiliary ? AssignmentProblem.Auxiliary
                : officer.Role != OfficerRole.Community ? AssignmentProblem.NotCommunityOfficer
                : null;
            if (problem is { } p)
            {
                findings.Add(new AssignmentFinding(beat.Id, beat.ResponsibleOfficer, p));
                continue;
            }

            if (!byOfficer.TryGetValue(beat.ResponsibleOfficer!.Value, out var list))
            {
                byOfficer[beat.ResponsibleOfficer.Value] = list = [];
            }

            list.Add(beat.Id);
        }

        return new CoverageReport(seen.Count, findings, byOfficer.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<BeatId>)kv.Value));
    }
}
