namespace Policing.Domain.Awards;

/// <summary>One problem in a rule set: the path of the value at fault, and what is wrong with it.</summary>
/// <param name="Path">The path, such as <c>$.categories[1].quota</c>.</param>
/// <param name="Message">What is wrong, naming the value.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record RuleProblem(string Path, string Message);
