namespace Policing.Domain.Awards;

/// <summary>
/// The exception thrown when a rule set, a rule book or a rule file is not valid. It lists every problem with the
/// path of the value at fault (a JSON path for a file, such as <c>$.categories[0].criterion.atLeast</c>).
/// </summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Initializes a new exception from its problems.</summary>
    /// <param name="problems">Each problem: the path of the value and what is wrong with it.</param>
    public RuleSetException(IReadOnlyList<RuleProblem> problems)
        : base("The rules are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, (problems ?? []).Select(p => $"  {p.Path}: {p.Message}")))
    {
        Problems = problems ?? [];
    }

    /// <summary>Initializes a new exception with one problem.</summary>
    /// <param name="path">The path of the value at fault.</param>
    /// <param name="message">What is wrong.</param>
    public RuleSetException(string path, string message)
        : this([new RuleProblem(path, message)])
    {
    }

    /// <summary>Initializes a new exception with no problem listed.</summary>
    public RuleSetException()
        : this([])
    {
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }
}
