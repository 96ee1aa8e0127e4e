using Policing.Domain.Activity;
using Policing.Domain.Internals;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Awards;

/// <summary>
/// One month judged end to end, as the library's data flow runs: the register's residents analysed for person-ID and
/// person-house consistency, the activity log validated against the register, the visit plan built from the visits
/// before the month, each officer's month tallied, and the rule set in force evaluated over the tallies.
/// </summary>
/// <remarks>
/// <para>This is the one call an application makes to judge a month; each step is also public on its own
/// (<see cref="ConsistencyAnalyzer"/>, <see cref="ActivityValidator"/>, <see cref="VisitPlan"/>,
/// <see cref="MonthlyTally"/>, <see cref="AwardEvaluator"/>) for a caller who shards or replaces one of them.</para>
/// <para>This type is immutable and is thread-safe.</para>
/// </remarks>
public sealed class MonthlyAssessment
{
    private MonthlyAssessment(ActivityValidation validation, ConsistencyReport consistency, VisitPlan plan, IReadOnlyList<OfficerMonth> tallies, MonthlyOutcome outcome)
    {
        Validation = validation;
        Consistency = consistency;
        Plan = plan;
        Tallies = tallies;
        Outcome = outcome;
    }

    /// <summary>Gets the validation of the activity log: the records accepted, and every rejected one with its reason.</summary>
    public ActivityValidation Validation { get; }

    /// <summary>Gets the consistency of the register's residents, overall and per beat.</summary>
    public ConsistencyReport Consistency { get; }

    /// <summary>Gets the households due a visit in the month.</summary>
    public VisitPlan Plan { get; }

    /// <summary>Gets every officer's tally of the month, in officer-id order.</summary>
    public IReadOnlyList<OfficerMonth> Tallies { get; }

    /// <summary>Gets the month's outcome under the rule set: the stars, who was passed over and why, who fell under the visit quota.</summary>
    public MonthlyOutcome Outcome { get; }

    /// <summary>Judges a month.</summary>
    /// <param name="register">The register; its residents are the population whose consistency is measured, and its broken records are in <see cref="Register.Problems"/>.</param>
    /// <param name="log">The activity log: the month's records, and the visits before it that the visit plan reads.</param>
    /// <param name="period">The month judged, in its time zone.</param>
    /// <param name="rules">The rule set to judge the month by; it must be in force in that month.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most each step runs on; <see langword="null"/> for all.</param>
    /// <returns>The assessment: every step's result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetException"><paramref name="rules"/> is not in force in the month.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public static MonthlyAssessment Run(Register register, ActivityLog log, MonthlyPeriod period, RuleSet rules, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(rules);
        // Checked before any work, so that a bad value fails at once rather than after the consistency pass.
        _ = Scheduler.Parts(maxDegreeOfParallelism);
        return Run(register, log, period, rules, new ConsistencyAnalyzer(register).Analyze(register.Residents, maxDegreeOfParallelism), maxDegreeOfParallelism);
    }

    /// <summary>Judges a month whose consistency was measured elsewhere (for example over a cluster).</summary>
    /// <param name="register">The register.</param>
    /// <param name="log">The activity log: the month's records, and the visits before it that the visit plan reads.</param>
    /// <param name="period">The month judged, in its time zone.</param>
    /// <param name="rules">The rule set to judge the month by; it must be in force in that month.</param>
    /// <param name="consistency">The consistency report of the register's residents: the same as <see cref="ConsistencyAnalyzer.Analyze"/> gives for them.</param>
    /// <param name="maxDegreeOfParallelism">How many cores at most each step runs on; <see langword="null"/> for all.</param>
    /// <returns>The assessment: every step's result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetException"><paramref name="rules"/> is not in force in the month.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    [MustUseOutcome]
    public static MonthlyAssessment Run(Register register, ActivityLog log, MonthlyPeriod period, RuleSet rules, ConsistencyReport consistency, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(consistency);
        _ = Scheduler.Parts(maxDegreeOfParallelism);
        var (context, validation, plan) = Prepare(register, log, period);
        var tallies = MonthlyTally.Build(context, validation.Accepted, plan, consistency.PersonIdConsistencyOf, maxDegreeOfParallelism);
        return Judge(validation, consistency, plan, tallies, rules, period, maxDegreeOfParallelism);
    }

    /// <summary>The steps before the tallies: the register's context, the log validated against it, the month's visit plan from the accepted visits before it.</summary>
    internal static (ActivityContext Context, ActivityValidation Validation, VisitPlan Plan) Prepare(Register register, ActivityLog log, MonthlyPeriod period)
    {
        var context = new ActivityContext(register);
        var validation = ActivityValidator.Validate(log, context);
        return (context, validation, VisitPlan.Build(context, period, VisitPlan.LastVisitsBefore(validation.Accepted.Visits, period)));
    }

    /// <summary>The step after the tallies (built here or elsewhere): the rule set evaluated once over them.</summary>
    internal static MonthlyAssessment Judge(ActivityValidation validation, ConsistencyReport consistency, VisitPlan plan, IReadOnlyList<OfficerMonth> tallies, RuleSet rules, MonthlyPeriod period, int? maxDegreeOfParallelism) =>
        new(validation, consistency, plan, tallies, AwardEvaluator.Evaluate(rules, tallies, period.Month, maxDegreeOfParallelism));
}
