using System.Collections.Concurrent;
using Policing.Domain.Internals;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// Every officer's month judged against every category of a rule set, held flat: eligibility, pass or fail, and the
/// ranking margin per officer and category, and the gate per officer. Judging a province allocates these arrays and
/// nothing per officer; the explainable <see cref="CategoryResult"/>s are made when an officer's outcome is read.
/// </summary>
internal sealed class Judgement
{
    private const byte Eligible = 1;
    private const byte Passed = 2;

    private readonly RuleSet _rules;
    private readonly OfficerMonth[] _months;
    private readonly bool[] _gatePassed;
    private readonly byte[] _verdicts;
    private readonly decimal[] _margins;

    /// <summary>Judges the months (sorted by officer id) on a number of parts, from <see cref="Scheduler.Parts"/>.</summary>
    internal Judgement(RuleSet rules, OfficerMonth[] months, int parts)
    {
        _rules = rules;
        _months = months;
        var categories = rules.Categories;
        var k = categories.Count;
        _gatePassed = new bool[months.Length];
        _verdicts = new byte[months.Length * k];
        _margins = new decimal[months.Length * k];
        if (months.Length == 0)
        {
            return;
        }

        Parallel.ForEach(Partitioner.Create(0, months.Length, 4096), Scheduler.Options(parts), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var m = months[i];
                _gatePassed[i] = rules.Gate is null || CriterionEvaluator.Passes(rules.Gate, m);
                for (var c = 0; c < k; c++)
                {
                    // Pass or fail first, without decimals; the margin (which divides) only for those who pass.
                    var category = categories[c];
                    var passed = CriterionEvaluator.Passes(category.Criterion, m);
                    var eligible = (category.RoleMask & (1 << (int)m.Role)) != 0;
                    _verdicts[(i * k) + c] = (byte)((eligible ? Eligible : 0) | (passed ? Passed : 0));
                    if (passed && CriterionEvaluator.Judge(category.Criterion, m, out var margin))
                    {
                        _margins[(i * k) + c] = margin;
                    }
                }
            }
        });
    }

    /// <summary>Tells whether an officer qualifies for a category: eligible, through the gate, meeting the criterion.</summary>
    internal bool Qualified(int officer, int category) =>
        _verdicts[(officer * _rules.Categories.Count) + category] == (Eligible | Passed) && _gatePassed[officer];

    /// <summary>Gets the margin that ranks an officer in a category (0 unless the criterion passes).</summary>
    internal decimal Margin(int officer, int category) => _margins[(officer * _rules.Categories.Count) + category];

    /// <summary>Tells whether an officer's role competes for at least one category.</summary>
    internal bool AnyEligible(int officer)
    {
        var k = _rules.Categories.Count;
        for (var c = 0; c < k; c++)
        {
            if ((_verdicts[(officer * k) + c] & Eligible) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Makes an officer's category results, with their trees built when first read.</summary>
    internal CategoryResult[] ResultsOf(int officer)
    {
        var k = _rules.Categories.Count;
        var results = new CategoryResult[k];
        for (var c = 0; c < k; c++)
        {
            var verdict = _verdicts[(officer * k) + c];
            results[c] = new CategoryResult(_rules.Categories[c], (verdict & Eligible) != 0, _months[officer], _rules.Gate, _gatePassed[officer], (verdict & Passed) != 0, Margin(officer, c));
        }

        return results;
    }
}
