using System.Collections;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// The officers' outcomes of a month, in officer-id order, each made when first read: judging a province allocates
/// the selection's arrays, not one object per officer. Reading every officer costs what building them would have.
/// </summary>
/// <remarks>Thread-safe: two threads reading the same officer at once may both make it; one is kept.</remarks>
internal sealed class OfficerOutcomes : IReadOnlyList<OfficerOutcome>
{
    private readonly OfficerMonth[] _months;
    private readonly Judgement _judgement;
    private readonly Dictionary<int, List<StarCategory>> _stars;
    private readonly NotSelected[] _passedOver;
    private readonly int[] _passedOverStart;
    private readonly OfficerOutcome?[] _made;

    /// <summary>Initializes the list.</summary>
    /// <param name="months">The months, sorted by officer id.</param>
    /// <param name="judgement">The verdicts.</param>
    /// <param name="stars">The stars won, by officer index.</param>
    /// <param name="passedOver">The places not given, grouped by officer index (category order inside a group).</param>
    /// <param name="passedOverStart">Where each officer's group starts in <paramref name="passedOver"/>; one more entry than officers.</param>
    internal OfficerOutcomes(OfficerMonth[] months, Judgement judgement, Dictionary<int, List<StarCategory>> stars, NotSelected[] passedOver, int[] passedOverStart)
    {
        _months = months;
        _judgement = judgement;
        _stars = stars;
        _passedOver = passedOver;
        _passedOverStart = passedOverStart;
        _made = new OfficerOutcome?[months.Length];
    }

    /// <inheritdoc/>
    public int Count => _months.Length;

    /// <inheritdoc/>
    public OfficerOutcome this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _months.Length);
            return Volatile.Read(ref _made[index]) ?? Interlocked.CompareExchange(ref _made[index], Make(index), null) ?? _made[index]!;
        }
    }

    /// <summary>Finds an officer by id (binary search over the sorted months).</summary>
    /// <returns>The index, or -1.</returns>
    internal int IndexOf(Beats.OfficerId officer)
    {
        int low = 0, high = _months.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(_months[middle].Officer.Value, officer.Value);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <inheritdoc/>
    public IEnumerator<OfficerOutcome> GetEnumerator()
    {
        for (var i = 0; i < _months.Length; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private OfficerOutcome Make(int i)
    {
        var won = _stars.TryGetValue(i, out var categories) ? categories : [];
        var passedOver = new ArraySegment<NotSelected>(_passedOver, _passedOverStart[i], _passedOverStart[i + 1] - _passedOverStart[i]);
        var status = won.Count > 0 ? OfficerStatus.Starred
            : passedOver.Count > 0 ? OfficerStatus.QualifiedNotSelected
            : _judgement.AnyEligible(i) ? OfficerStatus.NotQualified
            : OfficerStatus.NotEligible;
        return new OfficerOutcome(_months[i], status, won, _judgement, i, passedOver);
    }
}
