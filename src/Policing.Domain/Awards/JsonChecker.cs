using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Policing.Domain.Awards;

/// <summary>
/// Reads values out of a JSON document as pure data, collecting every problem with its JSON path instead of stopping
/// at the first: the one way rule sets and rule test cases are checked.
/// </summary>
internal abstract class JsonChecker
{
    /// <summary>Gets the problems found so far.</summary>
    internal List<RuleProblem> Problems { get; } = [];

    /// <summary>Parses a JSON text (comments and trailing commas allowed), or reports where it is not JSON.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The document, for the caller to dispose.</returns>
    /// <exception cref="RuleSetException">The text is not JSON.</exception>
    internal static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new RuleSetException($"$ (line {ex.LineNumber + 1})", "not valid JSON: " + ex.Message);
        }
    }

    internal T? Missing<T>(string path)
        where T : struct
    {
        Problems.Add(new RuleProblem(path, "missing"));
        return null;
    }

    internal bool Expect(JsonElement e, JsonValueKind kind, string path)
    {
        if (e.ValueKind == kind)
        {
            return true;
        }

        Problems.Add(new RuleProblem(path, $"expected {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}"));
        return false;
    }

    internal void Known(JsonElement e, string path, params string[] names)
    {
        foreach (var property in e.EnumerateObject())
        {
            if (!names.Contains(property.Name))
            {
                Problems.Add(new RuleProblem($"{path}.{property.Name}", $"unknown property; expected one of {string.Join(", ", names.Where(n => n[0] != '$'))}"));
            }
        }
    }

    internal string? String(JsonElement e, string path, string name)
    {
        if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        Problems.Add(new RuleProblem($"{path}.{name}", "a non-empty string is required"));
        return null;
    }

    internal int Int(JsonElement e, string path, string name, int minimum)
    {
        if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= minimum)
        {
            return i;
        }

        Problems.Add(new RuleProblem($"{path}.{name}", $"a whole number of at least {minimum} is required"));
        return minimum;
    }

    internal decimal? Decimal(JsonElement e, string path, string name)
    {
        if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d))
        {
            return d;
        }

        Problems.Add(new RuleProblem($"{path}.{name}", "a number is required"));
        return null;
    }

    internal YearMonth? MonthOf(JsonElement e, string path, string name, bool required)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problems.Add(new RuleProblem($"{path}.{name}", "a month of the form YYYY-MM is required"));
            }

            return null;
        }

        var parsed = v.ValueKind == JsonValueKind.String ? YearMonthPattern.Iso.Parse(v.GetString()!) : null;
        if (parsed is { Success: true })
        {
            return parsed.Value;
        }

        Problems.Add(new RuleProblem($"{path}.{name}", $"{v} is not a month of the form YYYY-MM"));
        return null;
    }
}
