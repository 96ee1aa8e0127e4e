using Policing.Domain.Beats;

namespace Policing.Domain.Awards;

/// <summary>A star (之星) awarded in a month: its id, its names, its criterion, who may win it, and how many may.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record StarCategory
{
    /// <summary>Initializes a category.</summary>
    /// <param name="id">The id, such as <c>household-visit</c>: letters, digits and hyphens.</param>
    /// <param name="nameZh">The Chinese name, such as 入户走访之星.</param>
    /// <param name="nameEn">The English name, such as Household-Visit Star.</param>
    /// <param name="criterion">The criterion an officer's month must pass.</param>
    /// <param name="quota">How many officers may win it in a month; at least 1.</param>
    /// <param name="eligibleRoles">The roles that may win it; at least one.</param>
    /// <exception cref="ArgumentException">The id or a name is empty, or no role is eligible.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quota"/> is below 1.</exception>
    public StarCategory(string id, string nameZh, string nameEn, Criterion criterion, int quota, IReadOnlyList<OfficerRole> eligibleRoles)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.NullOrWhiteSpace(nameEn);
        Guard.Against.Null(criterion);
        Guard.Against.Null(eligibleRoles);
        Guard.Against.OutOfRange(quota, nameof(quota), 1, int.MaxValue, $"A category awards at least one star a month, not {quota}.");
        if (eligibleRoles.Count == 0)
        {
            throw new ArgumentException($"The category '{id}' must name at least one role that may win it.", nameof(eligibleRoles));
        }

        Id = id;
        NameZh = nameZh;
        NameEn = nameEn;
        Criterion = criterion;
        Quota = quota;
        EligibleRoles = [.. eligibleRoles.Distinct().Order()];
        RoleMask = EligibleRoles.Aggregate(0, (mask, role) => mask | (1 << (int)role));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>Gets the English name.</summary>
    public string NameEn { get; }

    /// <summary>Gets the criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>Gets how many officers may win it in a month.</summary>
    public int Quota { get; }

    /// <summary>Gets the roles that may win it, in order.</summary>
    public IReadOnlyList<OfficerRole> EligibleRoles { get; }

    /// <summary>Gets the eligible roles as a bit mask, so the evaluator checks a role without a search.</summary>
    internal int RoleMask { get; }

    /// <summary>Gets the name in a culture: Chinese for any Chinese culture, English otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The name.</returns>
    public string NameIn(System.Globalization.CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return culture.TwoLetterISOLanguageName == "zh" ? NameZh : NameEn;
    }

    /// <inheritdoc/>
    public bool Equals(StarCategory? other) =>
        other is not null && Id == other.Id && NameZh == other.NameZh && NameEn == other.NameEn && Criterion.Equals(other.Criterion)
        && Quota == other.Quota && EligibleRoles.SequenceEqual(other.EligibleRoles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Criterion, Quota);
}
