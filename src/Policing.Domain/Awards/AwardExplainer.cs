using System.Globalization;
using System.Text.Json;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// Explains outcomes in Chinese (zh-CN) or English (en), from the sentence templates embedded in the library: each
/// criterion with the value found, the value required and the shortfall, such as "入户走访 72 户，低于 80 户（差 8 户）"
/// or "72 household visits, below the 80 required (8 short)". The culture is always an argument.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AwardExplainer
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(() => Load("en"));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Chinese = new(() => Load("zh-CN"));

    /// <summary>Explains one criterion result in one sentence (a heading for all-of and any-of).</summary>
    /// <param name="result">The result.</param>
    /// <param name="culture">Chinese for any Chinese culture, English otherwise.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(CriterionResult result, CultureInfo culture)
    {
        Guard.Against.Null(result);
        var text = Texts(culture);
        var outcome = result.Passed ? "pass" : "fail";
        switch (result.Criterion)
        {
            case AllOfCriterion:
                return text["allOf"];
            case AnyOfCriterion:
                return text["anyOf"];
            case WeightedScoreCriterion score:
                return Format(text[$"score.{outcome}"], string.Empty, Number(result.Found), Number(score.Minimum), Number(result.Shortfall), string.Empty);
            case MetricCriterion m:
                var key = JsonNamingPolicy.CamelCase.ConvertName(m.Metric.ToString());
                var name = text["metric." + key];
                var unit = text["unit." + key];
                var comparison = JsonNamingPolicy.CamelCase.ConvertName(m.Comparison.ToString());
                if (m.Threshold.Kind == TallyMetricKind.Rate)
                {
                    var template = result.Found is null ? text["rate.noData"] : text[$"rate.{comparison}.{outcome}"];
                    return Format(template, name, Percent(result.Found), Percent(m.Threshold.ToNumber()), Percent(result.Shortfall), unit);
                }

                return Format(text[$"count.{comparison}.{outcome}"], name, Number(result.Found), Number(m.Threshold.ToNumber()), Number(result.Shortfall), unit);
            default:
                throw new ArgumentException($"Unknown criterion type {result.Criterion.GetType().Name}.", nameof(result));
        }
    }

    /// <summary>Explains one officer's month in full: the status, then every category's result tree, indented.</summary>
    /// <param name="outcome">The officer's outcome.</param>
    /// <param name="rules">The rule set the outcome was judged under, for the quotas.</param>
    /// <param name="culture">Chinese for any Chinese culture, English otherwise.</param>
    /// <returns>The lines of the explanation.</returns>
    public static IReadOnlyList<string> Explain(OfficerOutcome outcome, RuleSet rules, CultureInfo culture)
    {
        Guard.Against.Null(outcome);
        Guard.Against.Null(rules);
        var text = Texts(culture);
        var lines = new List<string>
        {
            Format(text["status." + outcome.Status], outcome.Officer.Value, string.Join(", ", outcome.Stars.Select(s => s.NameIn(culture)))),
        };
        foreach (var category in outcome.Categories)
        {
            var name = category.Category.NameIn(culture);
            if (!category.Eligible)
            {
                lines.Add("  " + Format(text["notEligible"], name, text["role." + outcome.Month.Role]));
                continue;
            }

            var passedOver = outcome.NotSelected.FirstOrDefault(n => n.Category == category.Category);
            lines.Add("  " + (passedOver is not null ? Describe(passedOver, rules, culture) : Format(text[category.Qualified ? "category.qualified" : "category.failed"], name)));
            if (category.Gate is { } gate)
            {
                lines.Add("    " + text["gate"]);
                Tree(gate, culture, 3, lines);
            }

            Tree(category.Criterion, culture, 2, lines);
        }

        return lines;
    }

    /// <summary>Explains why a qualified officer was not given a star.</summary>
    /// <param name="notSelected">The officer and category.</param>
    /// <param name="rules">The rule set, for the quotas.</param>
    /// <param name="culture">Chinese for any Chinese culture, English otherwise.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(NotSelected notSelected, RuleSet rules, CultureInfo culture)
    {
        Guard.Against.Null(notSelected);
        Guard.Against.Null(rules);
        var limit = notSelected.Reason switch
        {
            SelectionReason.CategoryQuota => notSelected.Category.Quota,
            SelectionReason.MonthlyQuota => rules.QuotaPerMonth,
            _ => rules.StarsPerOfficer,
        };
        return Format(Texts(culture)["reason." + notSelected.Reason], notSelected.Category.NameIn(culture), notSelected.Rank, limit);
    }

    /// <summary>Explains a visit-quota shortfall.</summary>
    /// <param name="shortfall">The shortfall.</param>
    /// <param name="culture">Chinese for any Chinese culture, English otherwise.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(VisitShortfall shortfall, CultureInfo culture)
    {
        Guard.Against.Null(shortfall);
        return Format(Texts(culture)["visitQuota"], shortfall.Visits, shortfall.Required, shortfall.ShortBy);
    }

    private static void Tree(CriterionResult result, CultureInfo culture, int depth, List<string> lines)
    {
        lines.Add(new string(' ', depth * 2) + (result.Passed ? "✓ " : "✗ ") + Describe(result, culture));
        foreach (var child in result.Children)
        {
            Tree(child, culture, depth + 1, lines);
        }
    }

    private static IReadOnlyDictionary<string, string> Texts(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return culture.TwoLetterISOLanguageName == "zh" ? Chinese.Value : English.Value;
    }

    private static string Format(string template, params object?[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    private static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-";

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "-";

    private static IReadOnlyDictionary<string, string> Load(string culture)
    {
        var name = $"Policing.Domain.Awards.Resources.explanations.{culture}.json";
        using var stream = typeof(AwardExplainer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? throw new InvalidOperationException($"The resource '{name}' is empty.");
    }
}
