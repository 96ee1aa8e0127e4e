namespace Policing.Domain;

/// <summary>
/// Marks a method whose result is an outcome the caller must use: an evaluation, a selection, a validation or a
/// consistency analysis. The analyzer POL003 reports a call whose result is discarded.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false, AllowMultiple = false)]
public sealed class MustUseOutcomeAttribute : Attribute
{
}
