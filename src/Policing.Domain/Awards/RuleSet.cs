using NodaTime;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// A bureau's monthly award rules: the months they are in force, an optional eligibility gate applied to every
/// category, the categories, the quotas, the tie-breakers of the ranking, and the monthly visit quota under which an
/// officer is reported short.
/// </summary>
/// <remarks>
/// <para>
/// Ranking inside a category, documented and deterministic: first the margin over the thresholds (the sum, over
/// the category's at-least criteria that pass, of how far the value exceeds the threshold, relative to it), then
/// each tie-breaker metric in order (higher first), then the officer id (ordinal). Input order never matters.
/// </para>
/// <para>This type is immutable and is thread-safe.</para>
/// </remarks>
public sealed record RuleSet
{
    /// <summary>Initializes a rule set, checking it.</summary>
    /// <param name="id">The id, such as <c>dezhou-2014</c>.</param>
    /// <param name="name">The name.</param>
    /// <param name="from">The first month in force.</param>
    /// <param name="to">The last month in force, or <see langword="null"/> for no end.</param>
    /// <param name="gate">A criterion every category also requires, or <see langword="null"/> for none.</param>
    /// <param name="categories">The categories, in the order stars are given out; ids unique.</param>
    /// <param name="quotaPerMonth">How many stars at most in a month, in all.</param>
    /// <param name="starsPerOfficer">How many stars at most one officer may win in a month.</param>
    /// <param name="tieBreakers">The metrics that break ties after the margin, in order.</param>
    /// <param name="visitQuota">The monthly visits every community officer must make (not an award).</param>
    /// <exception cref="RuleSetException">A value is not valid; every problem is listed with its path.</exception>
    public RuleSet(string id, string name, YearMonth from, YearMonth? to, Criterion? gate, IReadOnlyList<StarCategory> categories, int quotaPerMonth, int starsPerOfficer, IReadOnlyList<TallyMetric> tieBreakers, int visitQuota)
    {
        var problems = new List<RuleProblem>();
        void Check(bool ok, string path, string message)
        {
            if (!ok)
            {
                problems.Add(new RuleProblem(path, message));
            }
        }

        Check(!string.IsNullOrWhiteSpace(id), "$.id", "the id is empty");
        Check(!string.IsNullOrWhiteSpace(name), "$.name", "the name is empty");
        Check(to is null || to >= from, "$.to", $"the last month {to:uuuu-MM} is before the first {from:uuuu-MM}");
        Check(categories is { Count: > 0 }, "$.categories", "a rule set needs at least one category");
        categories ??= [];
        for (var i = 0; i < categories.Count; i++)
        {
            Check(categories.Take(i).All(c => c.Id != categories[i].Id), $"$.categories[{i}].id", $"the id '{categories[i].Id}' is used twice");
        }

        Check(quotaPerMonth >= 1, "$.quotaPerMonth", $"{quotaPerMonth} stars a month; at least 1 is needed");
        Check(starsPerOfficer >= 1, "$.starsPerOfficer", $"{starsPerOfficer} stars per officer; at least 1 is needed");
        Check(visitQuota >= 0, "$.visitQuota", $"{visitQuota} visits; the quota may not be negative");
        tieBreakers ??= [];
        for (var i = 0; i < tieBreakers.Count; i++)
        {
            Check(Enum.IsDefined(tieBreakers[i]), $"$.tieBreakers[{i}]", $"'{tieBreakers[i]}' is not a metric");
        }

        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }

        Id = id;
        Name = name;
        From = from;
        To = to;
        Gate = gate;
        Categories = [.. categories];
        QuotaPerMonth = quotaPerMonth;
        StarsPerOfficer = starsPerOfficer;
        TieBreakers = [.. tieBreakers];
        VisitQuota = visitQuota;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the first month in force.</summary>
    public YearMonth From { get; }

    /// <summary>Gets the last month in force, or <see langword="null"/> for no end.</summary>
    public YearMonth? To { get; }

    /// <summary>Gets the eligibility gate every category also requires, or <see langword="null"/> for none.</summary>
    public Criterion? Gate { get; }

    /// <summary>Gets the categories, in the order stars are given out.</summary>
    public IReadOnlyList<StarCategory> Categories { get; }

    /// <summary>Gets how many stars at most in a month, in all.</summary>
    public int QuotaPerMonth { get; }

    /// <summary>Gets how many stars at most one officer may win in a month.</summary>
    public int StarsPerOfficer { get; }

    /// <summary>Gets the metrics that break ties after the margin, in order.</summary>
    public IReadOnlyList<TallyMetric> TieBreakers { get; }

    /// <summary>Gets the monthly visits every community officer must make.</summary>
    public int VisitQuota { get; }

    /// <summary>Tells whether the rule set is in force in a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsInForce(YearMonth month) => month >= From && (To is null || month <= To);

    /// <inheritdoc/>
    public bool Equals(RuleSet? other) =>
        other is not null && Id == other.Id && Name == other.Name && From == other.From && To == other.To && Equals(Gate, other.Gate)
        && Categories.SequenceEqual(other.Categories) && QuotaPerMonth == other.QuotaPerMonth && StarsPerOfficer == other.StarsPerOfficer
        && TieBreakers.SequenceEqual(other.TieBreakers) && VisitQuota == other.VisitQuota;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, From, To, Categories.Count, QuotaPerMonth);
}
