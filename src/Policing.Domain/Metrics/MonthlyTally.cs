using Policing.Domain.Activity;
using Policing.Domain.Beats;

namespace Policing.Domain.Metrics;

/// <summary>Builds every officer's monthly tally from a month's activity log on all cores.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class MonthlyTally
{
    /// <summary>Tallies a month: the log is cut into one part per core, each part is tallied in one pass, and the parts are merged.</summary>
    /// <param name="context">The register.</param>
    /// <param name="log">The validated events (see <see cref="ActivityValidator"/>).</param>
    /// <param name="plan">The month's visit plan; its period is the month tallied.</param>
    /// <param name="personIdConsistency">The person-ID consistency rate of a beat (for example <c>report.PersonIdConsistencyOf</c>).</param>
    /// <param name="maxDegreeOfParallelism">How many parts at most; <see langword="null"/> for one per core.</param>
    /// <returns>One <see cref="OfficerMonth"/> for every officer of the register, in id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [MustUseOutcome]
    public static IReadOnlyList<OfficerMonth> Build(ActivityContext context, ActivityLog log, VisitPlan plan, Func<BeatId, Rate> personIdConsistency, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(plan);
        var parts = Math.Max(1, maxDegreeOfParallelism ?? Environment.ProcessorCount);
        var tallies = new TallyAccumulator[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p => tallies[p] = TallyAccumulator.Of(Slice(log, p, parts), plan.Period));
        return tallies.Aggregate(TallyAccumulator.Empty(plan.Period), (a, b) => a.Merge(b)).Finish(context, plan, personIdConsistency);
    }

    private static ActivityLog Slice(ActivityLog log, int part, int parts) => new(
        Part(log.Visits, part, parts),
        Part(log.FollowUps, part, parts),
        Part(log.Disputes, part, parts),
        Part(log.Mediations, part, parts),
        Part(log.Leads, part, parts),
        Part(log.Apprehensions, part, parts),
        Part(log.Information, part, parts),
        Part(log.Services, part, parts));

    private static IReadOnlyList<T> Part<T>(IReadOnlyList<T> items, int part, int parts)
    {
        var start = (int)((long)items.Count * part / parts);
        var end = (int)((long)items.Count * (part + 1) / parts);
        return items.Skip(start).Take(end - start).ToArray();
    }
}
