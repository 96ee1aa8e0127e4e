using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// Reads and writes rule sets as JSON (schema: <c>docs/rules/README.md</c>). Loading is pure data: names are looked
/// up in fixed tables, nothing in the file is executed or resolved as a type, so a rule set from an untrusted source
/// is safe to load. Every mistake is reported with its JSON path.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RuleSetJson
{
    private static readonly Dictionary<string, TallyMetric> MetricNames =
        Enum.GetValues<TallyMetric>().ToDictionary(MetricName, StringComparer.Ordinal);

    /// <summary>The JSON names of the officer roles, read by the rule cases too.</summary>
    internal static readonly Dictionary<string, OfficerRole> RoleNames = new(StringComparer.Ordinal)
    {
        ["community"] = OfficerRole.Community,
        ["auxiliary"] = OfficerRole.Auxiliary,
        ["business"] = OfficerRole.Business,
    };

    private static readonly Dictionary<string, Comparison> ComparisonNames = new(StringComparer.Ordinal)
    {
        ["atLeast"] = Comparison.AtLeast,
        ["atMost"] = Comparison.AtMost,
        ["equals"] = Comparison.Equal,
    };

    /// <summary>Reads a rule set.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">The text is not JSON, or the rule set has mistakes; each is listed with its JSON path.</exception>
    [MustUseOutcome]
    public static RuleSet Read(string json)
    {
        Guard.Against.Null(json);
        var document = JsonChecker.Parse(json);
        using (document)
        {
            var reader = new Reader();
            var rules = reader.RuleSet(document.RootElement);
            return reader.Problems.Count == 0 && rules is not null ? rules : throw new RuleSetException(reader.Problems);
        }
    }

    /// <summary>Writes a rule set.</summary>
    /// <param name="rules">The rule set.</param>
    /// <returns>Indented JSON that <see cref="Read"/> reads back into an equal rule set.</returns>
    public static string Write(RuleSet rules)
    {
        Guard.Against.Null(rules);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", rules.Id);
            w.WriteString("name", rules.Name);
            w.WriteString("from", Month(rules.From));
            if (rules.To is { } to)
            {
                w.WriteString("to", Month(to));
            }
            else
            {
                w.WriteNull("to");
            }

            if (rules.Gate is { } gate)
            {
                w.WritePropertyName("gate");
                Criterion(w, gate);
            }

            w.WriteStartArray("categories");
            foreach (var c in rules.Categories)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("nameZh", c.NameZh);
                w.WriteString("nameEn", c.NameEn);
                w.WriteNumber("quota", c.Quota);
                w.WriteStartArray("eligibleRoles");
                foreach (var role in c.EligibleRoles)
                {
                    w.WriteStringValue(RoleNames.First(r => r.Value == role).Key);
                }

                w.WriteEndArray();
                w.WritePropertyName("criterion");
                Criterion(w, c.Criterion);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("quotaPerMonth", rules.QuotaPerMonth);
            w.WriteNumber("starsPerOfficer", rules.StarsPerOfficer);
            w.WriteStartArray("tieBreakers");
            foreach (var metric in rules.TieBreakers)
            {
                w.WriteStringValue(MetricName(metric));
            }

            w.WriteEndArray();
            w.WriteNumber("visitQuota", rules.VisitQuota);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string MetricName(TallyMetric metric) => JsonNamingPolicy.CamelCase.ConvertName(metric.ToString());

    private static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    private static void Criterion(Utf8JsonWriter w, Criterion criterion)
    {
        w.WriteStartObject();
        switch (criterion)
        {
            case MetricCriterion m:
                w.WriteString("metric", MetricName(m.Metric));
                w.WriteNumber(ComparisonNames.First(c => c.Value == m.Comparison).Key, m.Threshold.ToNumber());
                break;
            case AllOfCriterion all:
                Many(w, "allOf", all.Criteria);
                break;
            case AnyOfCriterion any:
                Many(w, "anyOf", any.Criteria);
                break;
            case WeightedScoreCriterion score:
                w.WriteStartArray("weighted");
                foreach (var term in score.Terms)
                {
                    w.WriteStartObject();
                    w.WriteString("metric", MetricName(term.Metric));
                    w.WriteNumber("weight", term.Weight);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteNumber("atLeast", score.Minimum);
                break;
        }

        w.WriteEndObject();
    }

    private static void Many(Utf8JsonWriter w, string name, IReadOnlyList<Criterion> criteria)
    {
        w.WriteStartArray(name);
        foreach (var c in criteria)
        {
            Criterion(w, c);
        }

        w.WriteEndArray();
    }

    /// <summary>Walks a document, collecting every problem with its path.</summary>
    private sealed class Reader : JsonChecker
    {
        public RuleSet? RuleSet(JsonElement root)
        {
            if (!Expect(root, JsonValueKind.Object, "$"))
            {
                return null;
            }

            Known(root, "$", "id", "name", "from", "to", "gate", "categories", "quotaPerMonth", "starsPerOfficer", "tieBreakers", "visitQuota", "$schema", "description");
            var id = String(root, "$", "id");
            var name = String(root, "$", "name");
            var from = MonthOf(root, "$", "from", required: true);
            var to = MonthOf(root, "$", "to", required: false);
            var gate = root.TryGetProperty("gate", out var g) && g.ValueKind != JsonValueKind.Null ? Criterion(g, "$.gate") : null;
            var categories = new List<StarCategory>();
            if (root.TryGetProperty("categories", out var cs) && Expect(cs, JsonValueKind.Array, "$.categories"))
            {
                var i = 0;
                foreach (var c in cs.EnumerateArray())
                {
                    if (Category(c, $"$.categories[{i++}]") is { } category)
                    {
                        categories.Add(category);
                    }
                }

                if (i == 0)
                {
                    Problems.Add(new RuleProblem("$.categories", "a rule set needs at least one category"));
                }
            }
            else
            {
                Problems.Add(new RuleProblem("$.categories", "the categories are missing"));
            }

            var quota = Int(root, "$", "quotaPerMonth", 1);
            var perOfficer = Int(root, "$", "starsPerOfficer", 1);
            var visitQuota = Int(root, "$", "visitQuota", 0);
            var tieBreakers = new List<TallyMetric>();
            if (root.TryGetProperty("tieBreakers", out var tb) && Expect(tb, JsonValueKind.Array, "$.tieBreakers"))
            {
                var i = 0;
                foreach (var t in tb.EnumerateArray())
                {
                    if (Metric(t, $"$.tieBreakers[{i++}]") is { } metric)
                    {
                        tieBreakers.Add(metric);
                    }
                }
            }

            if (Problems.Count > 0 || id is null || name is null || from is null)
            {
                return null;
            }

            try
            {
                return new RuleSet(id, name, from.Value, to, gate, categories, quota, perOfficer, tieBreakers, visitQuota);
            }
            catch (RuleSetException ex)
            {
                Problems.AddRange(ex.Problems);
                return null;
            }
        }

        private StarCategory? Category(JsonElement c, string path)
        {
            if (!Expect(c, JsonValueKind.Object, path))
            {
                return null;
            }

            Known(c, path, "id", "nameZh", "nameEn", "quota", "eligibleRoles", "criterion", "description");
            var id = String(c, path, "id");
            var zh = String(c, path, "nameZh");
            var en = String(c, path, "nameEn");
            var quota = Int(c, path, "quota", 1);
            var roles = new List<OfficerRole>();
            if (c.TryGetProperty("eligibleRoles", out var rs) && Expect(rs, JsonValueKind.Array, path + ".eligibleRoles"))
            {
                var i = 0;
                foreach (var r in rs.EnumerateArray())
                {
                    var rolePath = $"{path}.eligibleRoles[{i++}]";
                    if (r.ValueKind == JsonValueKind.String && RoleNames.TryGetValue(r.GetString()!, out var role))
                    {
                        roles.Add(role);
                    }
                    else
                    {
                        Problems.Add(new RuleProblem(rolePath, $"{r} is not a role: use {string.Join(", ", RoleNames.Keys)}"));
                    }
                }

                if (i == 0)
                {
                    Problems.Add(new RuleProblem(path + ".eligibleRoles", "at least one role must be eligible"));
                }
            }
            else
            {
                Problems.Add(new RuleProblem(path + ".eligibleRoles", "the eligible roles are missing"));
            }

            Criterion? criterion = null;
            if (c.TryGetProperty("criterion", out var cr))
            {
                criterion = Criterion(cr, path + ".criterion");
            }
            else
            {
                Problems.Add(new RuleProblem(path + ".criterion", "the criterion is missing: a category may not be empty"));
            }

            return id is null || zh is null || en is null || criterion is null || roles.Count == 0 || quota < 1
                ? null
                : new StarCategory(id, zh, en, criterion, quota, roles);
        }

        private Criterion? Criterion(JsonElement e, string path)
        {
            if (!Expect(e, JsonValueKind.Object, path))
            {
                return null;
            }

            if (e.TryGetProperty("allOf", out var all) || e.TryGetProperty("anyOf", out all))
            {
                var isAll = e.TryGetProperty("allOf", out _);
                var key = isAll ? "allOf" : "anyOf";
                Known(e, path, key);
                if (!Expect(all, JsonValueKind.Array, $"{path}.{key}"))
                {
                    return null;
                }

                var children = all.EnumerateArray().Select((c, i) => Criterion(c, $"{path}.{key}[{i}]")).ToList();
                if (children.Count == 0)
                {
                    Problems.Add(new RuleProblem($"{path}.{key}", "an empty list: at least one criterion is needed"));
                    return null;
                }

                return children.Any(c => c is null) ? null : isAll ? new AllOfCriterion(children!) : new AnyOfCriterion(children!);
            }

            if (e.TryGetProperty("weighted", out var weighted))
            {
                Known(e, path, "weighted", "atLeast");
                var terms = new List<WeightedTerm>();
                if (Expect(weighted, JsonValueKind.Array, path + ".weighted"))
                {
                    var i = 0;
                    foreach (var t in weighted.EnumerateArray())
                    {
                        var termPath = $"{path}.weighted[{i++}]";
                        if (!Expect(t, JsonValueKind.Object, termPath))
                        {
                            continue;
                        }

                        Known(t, termPath, "metric", "weight");
                        var termMetric = t.TryGetProperty("metric", out var m) ? Metric(m, termPath + ".metric") : Missing<TallyMetric>(termPath + ".metric");
                        var weight = Decimal(t, termPath, "weight");
                        if (weight is <= 0)
                        {
                            Problems.Add(new RuleProblem(termPath + ".weight", $"{weight} is not a positive weight"));
                        }
                        else if (termMetric is { } mm && weight is { } ww)
                        {
                            terms.Add(new WeightedTerm(mm, ww));
                        }
                    }
                }

                var minimum = Decimal(e, path, "atLeast");
                if (minimum < 0)
                {
                    Problems.Add(new RuleProblem(path + ".atLeast", $"{minimum} is a negative score"));
                    return null;
                }

                return terms.Count > 0 && minimum is { } min ? new WeightedScoreCriterion(terms, min) : null;
            }

            Known(e, path, "metric", "atLeast", "atMost", "equals");
            var metricValue = e.TryGetProperty("metric", out var me) ? Metric(me, path + ".metric") : Missing<TallyMetric>(path + ".metric");
            var comparisons = ComparisonNames.Where(c => e.TryGetProperty(c.Key, out _)).ToList();
            if (comparisons.Count != 1)
            {
                Problems.Add(new RuleProblem(path, "a metric criterion needs exactly one of atLeast, atMost, equals"));
                return null;
            }

            var (comparisonName, comparison) = comparisons[0];
            var number = Decimal(e, path, comparisonName);
            if (metricValue is not { } metric || number is not { } value)
            {
                return null;
            }

            var valuePath = $"{path}.{comparisonName}";
            if (TallyMetrics.KindOf(metric) == TallyMetricKind.Rate)
            {
                if (value is < 0 or > 100 || decimal.Round(value, 4) != value)
                {
                    Problems.Add(new RuleProblem(valuePath, $"{value} is not a percentage from 0 to 100 (at most four decimals) for the rate {MetricName(metric)}"));
                    return null;
                }

                return new MetricCriterion(metric, comparison, Threshold.OfPercent(value));
            }

            if (value < 0 || decimal.Truncate(value) != value)
            {
                Problems.Add(new RuleProblem(valuePath, $"{value} is not a whole, non-negative count for {MetricName(metric)}"));
                return null;
            }

            return new MetricCriterion(metric, comparison, Threshold.OfCount((long)value));
        }

        private TallyMetric? Metric(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.String && MetricNames.TryGetValue(e.GetString()!, out var metric))
            {
                return metric;
            }

            Problems.Add(new RuleProblem(path, $"{e} is not a metric; the metrics are {string.Join(", ", MetricNames.Keys)}"));
            return null;
        }
    }
}
