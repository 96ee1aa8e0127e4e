namespace Policing.Domain;

/// <summary>The one check every opaque string id goes through.</summary>
internal static class Ids
{
    /// <summary>Checks that an id is neither null, empty nor white space, nor padded with white space.</summary>
    internal static string Require(string? value, string kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"A {kind} id may not be null, empty or white space.", nameof(value));
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException($"A {kind} id may not start or end with white space: '{value}'.", nameof(value));
        }

        return value;
    }
}
