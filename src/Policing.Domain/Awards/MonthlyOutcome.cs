using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Awards;

/// <summary>
/// A month's awards under a rule set: every officer exactly once, the stars given, the officers who qualified but
/// were not selected (and why), and every community officer under the monthly visit quota.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record MonthlyOutcome
{
    private readonly OfficerOutcomes _officers;

    internal MonthlyOutcome(YearMonth month, RuleSet rules, OfficerOutcomes officers, IReadOnlyList<StarAward> stars, IReadOnlyList<NotSelected> qualifiedNotSelected, IReadOnlyList<VisitShortfall> underVisitQuota)
    {
        Month = month;
        Rules = rules;
        _officers = officers;
        Stars = stars;
        QualifiedNotSelected = qualifiedNotSelected;
        UnderVisitQuota = underVisitQuota;
    }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the rule set applied.</summary>
    public RuleSet Rules { get; }

    /// <summary>Gets every officer's outcome, in officer-id order, each officer once.</summary>
    public IReadOnlyList<OfficerOutcome> Officers => _officers;

    /// <summary>Gets the stars given, by category in the rule set's order, then by rank.</summary>
    public IReadOnlyList<StarAward> Stars { get; }

    /// <summary>Gets the officers who qualified for a star but were not given it, in the same order.</summary>
    public IReadOnlyList<NotSelected> QualifiedNotSelected { get; }

    /// <summary>Gets the community officers under the monthly visit quota, in officer-id order.</summary>
    public IReadOnlyList<VisitShortfall> UnderVisitQuota { get; }

    /// <summary>Gets one officer's outcome.</summary>
    /// <param name="officer">The officer.</param>
    /// <returns>The outcome, or <see langword="null"/> when the officer was not evaluated.</returns>
    /// <remarks>The officers are in ordinal officer-id order, so this is a binary search that makes only the outcome found.</remarks>
    public OfficerOutcome? Of(OfficerId officer)
    {
        var index = _officers.IndexOf(officer);
        return index < 0 ? null : _officers[index];
    }
}
