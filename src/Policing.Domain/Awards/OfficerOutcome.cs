using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>One officer's month under a rule set: status, stars won, and the result of every category.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record OfficerOutcome
{
    internal OfficerOutcome(OfficerMonth month, OfficerStatus status, IReadOnlyList<StarCategory> stars, IReadOnlyList<CategoryResult> categories, IReadOnlyList<NotSelected> notSelected)
    {
        Month = month;
        Status = status;
        Stars = stars;
        Categories = categories;
        NotSelected = notSelected;
    }

    /// <summary>Gets the officer.</summary>
    public OfficerId Officer => Month.Officer;

    /// <summary>Gets the figures the rules read.</summary>
    public OfficerMonth Month { get; }

    /// <summary>Gets where the officer stands.</summary>
    public OfficerStatus Status { get; }

    /// <summary>Gets the stars won, in the rule set's category order.</summary>
    public IReadOnlyList<StarCategory> Stars { get; }

    /// <summary>Gets the result of every category, in the rule set's order.</summary>
    public IReadOnlyList<CategoryResult> Categories { get; }

    /// <summary>Gets the stars the officer qualified for but was not given, with the reasons.</summary>
    public IReadOnlyList<NotSelected> NotSelected { get; }
}
