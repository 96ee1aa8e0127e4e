using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// One test case of a rule set, as data: the tallies of a month in, the expected outcome out. A bureau writes these in
/// JSON (see <see cref="RuleCases"/>) to test its own rules without writing C#.
/// </summary>
/// <param name="Name">What the case shows, such as "exactly 80 visits qualify".</param>
/// <param name="Month">The month evaluated.</param>
/// <param name="Officers">The officers' tallies of the month.</param>
/// <param name="Stars">The stars expected, exactly: every (category id, officer) pair, in any order.</param>
/// <param name="Statuses">Expected statuses of some officers; officers not listed are not checked.</param>
/// <param name="UnderVisitQuota">
/// The officers expected under the visit quota with their shortfall, exactly; <see langword="null"/> not to check.
/// </param>
public sealed record RuleCase(
    string Name,
    YearMonth Month,
    IReadOnlyList<OfficerMonth> Officers,
    IReadOnlyList<(string Category, OfficerId Officer)> Stars,
    IReadOnlyDictionary<OfficerId, OfficerStatus> Statuses,
    IReadOnlyList<(OfficerId Officer, int ShortBy)>? UnderVisitQuota);
