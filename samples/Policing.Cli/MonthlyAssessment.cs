using Policing.Domain.Activity;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Cli;

/// <summary>
/// One month judged end to end, as DESIGN.md draws the data flow: the register is analysed for consistency, the
/// activity log is validated, the visit plan is built from the visits before the month, the tallies are built, and
/// the rule set in force evaluates them. The one pipeline that <c>awards</c> and <c>demo</c> share.
/// </summary>
internal sealed record MonthlyAssessment(
    ActivityValidation Validation,
    ConsistencyReport Consistency,
    VisitPlan Plan,
    IReadOnlyList<OfficerMonth> Tallies,
    MonthlyOutcome Outcome)
{
    internal static MonthlyAssessment Run(
        IReadOnlyList<Officer> officers,
        IReadOnlyList<Beat> beats,
        IReadOnlyList<House> houses,
        IReadOnlyList<Household> households,
        IReadOnlyList<Resident> residents,
        ActivityLog log,
        MonthlyPeriod period,
        RuleSet rules)
    {
        var register = new Register([], [], officers, beats, houses, households, residents);
        var consistency = new ConsistencyAnalyzer(register).Analyze(register.Residents);
        var context = new ActivityContext(register);
        var validation = ActivityValidator.Validate(log, context);
        var plan = VisitPlan.Build(context, period, VisitPlan.LastVisitsBefore(validation.Accepted.Visits, period));
        var tallies = MonthlyTally.Build(context, validation.Accepted, plan, consistency.PersonIdConsistencyOf);
        var outcome = AwardEvaluator.Evaluate(rules, tallies, period.Month);
        return new MonthlyAssessment(validation, consistency, plan, tallies, outcome);
    }
}
