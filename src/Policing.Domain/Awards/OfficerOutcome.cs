using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>One officer's month under a rule set: status, stars won, and the result of every category.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class OfficerOutcome
{
    private readonly Judgement _judgement;
    private readonly int _index;
    private IReadOnlyList<CategoryResult>? _categories;

    internal OfficerOutcome(OfficerMonth month, OfficerStatus status, IReadOnlyList<StarCategory> stars, Judgement judgement, int index, IReadOnlyList<NotSelected> notSelected)
    {
        Month = month;
        Status = status;
        Stars = stars;
        _judgement = judgement;
        _index = index;
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
    /// <remarks>Made on first read (a benign race at worst makes them twice, equal), so judging a province builds none.</remarks>
    public IReadOnlyList<CategoryResult> Categories => _categories ??= _judgement.ResultsOf(_index);

    /// <summary>Gets the stars the officer qualified for but was not given, with the reasons.</summary>
    public IReadOnlyList<NotSelected> NotSelected { get; }
}
