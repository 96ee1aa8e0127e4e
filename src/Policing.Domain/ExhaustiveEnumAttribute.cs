namespace Policing.Domain;

/// <summary>
/// Marks an enum of verdicts or categories that the library may grow. The analyzer POL006 reports a switch over
/// it that misses a member and has no default arm, so that a new member is never silently ignored.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, Inherited = false, AllowMultiple = false)]
public sealed class ExhaustiveEnumAttribute : Attribute
{
}
