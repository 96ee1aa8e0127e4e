using NodaTime;

namespace Policing.Domain.Awards;

/// <summary>
/// The versions of a bureau's rules over time. It answers which rule set is in force for a month; versions whose
/// months overlap are refused when the book is built, and a month with no rule set in force is an error, never a
/// silent default.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed class RuleBook
{
    /// <summary>Builds a rule book.</summary>
    /// <param name="versions">The rule sets; their months may not overlap.</param>
    /// <exception cref="RuleSetException">Two versions are in force in the same month.</exception>
    public RuleBook(IEnumerable<RuleSet> versions)
    {
        Guard.Against.Null(versions);
        Versions = [.. versions.OrderBy(v => v.From)];
        var problems = new List<RuleProblem>();
        for (var i = 1; i < Versions.Count; i++)
        {
            var previous = Versions[i - 1];
            if (previous.To is null || previous.To >= Versions[i].From)
            {
                problems.Add(new RuleProblem($"$[{i}].from", $"'{Versions[i].Id}' starts in {Versions[i].From:uuuu-MM} while '{previous.Id}' is still in force"));
            }
        }

        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }
    }

    /// <summary>Gets the versions, in order of their first month.</summary>
    public IReadOnlyList<RuleSet> Versions { get; }

    /// <summary>Gets the rule set in force in a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">No rule set is in force in <paramref name="month"/>.</exception>
    public RuleSet InForce(YearMonth month) =>
        Versions.FirstOrDefault(v => v.IsInForce(month))
        ?? throw new RuleSetException("$", $"no rule set is in force in {month:uuuu-MM}; the book covers {string.Join(", ", Versions.Select(v => $"{v.From:uuuu-MM}..{v.To?.ToString("uuuu-MM", null) ?? "open"}"))}");
}
