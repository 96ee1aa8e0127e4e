using System.Text.Json;
using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;

namespace Policing.Domain.Awards;

/// <summary>
/// Rule test cases as data: reads a JSON file of cases (tallies in, expected outcome out) and runs it against any rule
/// set, so that a bureau can test its own rules without writing C#. The built-in rule sets ship with their cases.
/// </summary>
/// <remarks>
/// <para>The format (documented in <c>docs/rules/README.md</c>):</para>
/// <code>
/// { "cases": [ {
///     "name": "exactly 80 visits qualify",
///     "month": "2014-01",
///     "officers": [ { "officer": "C1", "role": "community", "visits": 80, "followUpsSatisfied": 9,
///                     "dueHouseholds": 4, "dueHouseholdsVisited": 4, "personIdConsistency": "120/120" } ],
///     "expect": { "stars": [ { "category": "household-visit", "officer": "C1" } ],
///                 "statuses": { "C1": "starred" },
///                 "underVisitQuota": [ ] } } ] }
/// </code>
/// <para>
/// An officer's counts are named as the metrics of the rule-set JSON (<c>visits</c>, <c>mediationsResolved</c>,
/// <c>leadsNarcotics</c>, …; the sums <c>followUps</c> and <c>leads</c> are derived and cannot be set); the
/// person-ID consistency is a fraction <c>"consistent/residents"</c>. Loading is pure data, like a rule set.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class RuleCases
{
    private static readonly Dictionary<string, OfficerStatus> StatusNames =
        Enum.GetValues<OfficerStatus>().ToDictionary(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), StringComparer.Ordinal);

    private static readonly Dictionary<string, TallyMetric> SettableCounts = TallyMetrics.All
        .Where(m => TallyMetricTable.Of(m).Write is not null)
        .ToDictionary(RuleSetJson.MetricName, StringComparer.Ordinal);

    /// <summary>Reads a JSON file of rule cases.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The cases, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetException">The file is not valid; every problem is listed with its JSON path.</exception>
    [MustUseOutcome]
    public static IReadOnlyList<RuleCase> Read(string json)
    {
        Guard.Against.Null(json);
        using var document = JsonChecker.Parse(json);
        var reader = new Reader();
        var cases = reader.File(document.RootElement);
        return reader.Problems.Count == 0 ? cases : throw new RuleSetException(reader.Problems);
    }

    /// <summary>Gets the cases that ship with a built-in rule set.</summary>
    /// <param name="id">The id of the built-in rule set, such as <see cref="RuleSets.DezhouId"/>.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> names no built-in rule set with cases.</exception>
    public static IReadOnlyList<RuleCase> Builtin(string id)
    {
        Guard.Against.Null(id);
        var name = $"Policing.Domain.Awards.Resources.cases.{id}.json";
        using var stream = typeof(RuleCases).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"'{id}' is not a built-in rule set with cases: use '{RuleSets.DezhouId}' or '{RuleSets.DongpingId}'.", nameof(id));
        using var text = new StreamReader(stream);
        return Read(text.ReadToEnd());
    }

    /// <summary>Runs cases against a rule set.</summary>
    /// <param name="rules">The rule set under test.</param>
    /// <param name="cases">The cases.</param>
    /// <returns>One result per case, in order; a case whose evaluation throws fails with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [MustUseOutcome]
    public static IReadOnlyList<RuleCaseResult> Run(RuleSet rules, IEnumerable<RuleCase> cases)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(cases);
        return [.. cases.Select(c => new RuleCaseResult(c, Differences(rules, c)))];
    }

    private static List<string> Differences(RuleSet rules, RuleCase c)
    {
        MonthlyOutcome outcome;
        try
        {
            outcome = AwardEvaluator.Evaluate(rules, c.Officers, c.Month);
        }
        catch (Exception ex) when (ex is RuleSetException or ArgumentException)
        {
            return [$"the evaluation failed: {ex.Message}"];
        }

        var differences = new List<string>();
        var given = outcome.Stars.Select(s => (s.Category.Id, s.Officer)).ToHashSet();
        var expected = c.Stars.ToHashSet();
        differences.AddRange(expected.Where(s => !given.Contains(s)).Select(s => $"expected star {s.Category} for {s.Officer}, not given"));
        differences.AddRange(given.Where(s => !expected.Contains(s)).Select(s => $"star {s.Id} given to {s.Officer}, not expected"));
        foreach (var (officer, status) in c.Statuses)
        {
            var actual = outcome.Of(officer)?.Status;
            if (actual != status)
            {
                differences.Add($"expected {officer} {status}, found {actual?.ToString() ?? "no such officer"}");
            }
        }

        if (c.UnderVisitQuota is { } under)
        {
            var found = outcome.UnderVisitQuota.Select(s => (s.Officer, s.ShortBy)).ToHashSet();
            differences.AddRange(under.Where(u => !found.Contains(u)).Select(u => $"expected {u.Officer} under the visit quota by {u.ShortBy}, not reported so"));
            differences.AddRange(found.Where(u => !under.Contains(u)).Select(u => $"{u.Officer} reported under the visit quota by {u.ShortBy}, not expected"));
        }

        return differences;
    }

    private sealed class Reader : JsonChecker
    {
        public List<RuleCase> File(JsonElement root)
        {
            var cases = new List<RuleCase>();
            if (!Expect(root, JsonValueKind.Object, "$"))
            {
                return cases;
            }

            Known(root, "$", "cases", "rules", "description", "$schema");
            if (!root.TryGetProperty("cases", out var all) || !Expect(all, JsonValueKind.Array, "$.cases"))
            {
                Problems.Add(new RuleProblem("$.cases", "the cases are missing"));
                return cases;
            }

            var i = 0;
            foreach (var c in all.EnumerateArray())
            {
                if (Case(c, $"$.cases[{i++}]") is { } read)
                {
                    cases.Add(read);
                }
            }

            return cases;
        }

        private RuleCase? Case(JsonElement c, string path)
        {
            if (!Expect(c, JsonValueKind.Object, path))
            {
                return null;
            }

            Known(c, path, "name", "month", "officers", "expect", "description");
            var name = String(c, path, "name");
            var month = MonthOf(c, path, "month", required: true);
            var officers = new List<OfficerMonth>();
            if (c.TryGetProperty("officers", out var os) && Expect(os, JsonValueKind.Array, path + ".officers") && month is { } m)
            {
                var i = 0;
                foreach (var o in os.EnumerateArray())
                {
                    if (Officer(o, $"{path}.officers[{i++}]", m) is { } officer)
                    {
                        officers.Add(officer);
                    }
                }
            }
            else if (!c.TryGetProperty("officers", out _))
            {
                Problems.Add(new RuleProblem(path + ".officers", "the officers are missing"));
            }

            var stars = new List<(string, OfficerId)>();
            var statuses = new Dictionary<OfficerId, OfficerStatus>();
            List<(OfficerId, int)>? under = null;
            if (!c.TryGetProperty("expect", out var expect) || !Expect(expect, JsonValueKind.Object, path + ".expect"))
            {
                Problems.Add(new RuleProblem(path + ".expect", "the expected outcome is missing"));
                return null;
            }

            var e = path + ".expect";
            Known(expect, e, "stars", "statuses", "underVisitQuota");
            if (expect.TryGetProperty("stars", out var ss) && Expect(ss, JsonValueKind.Array, e + ".stars"))
            {
                var i = 0;
                foreach (var s in ss.EnumerateArray())
                {
                    var starPath = $"{e}.stars[{i++}]";
                    if (Expect(s, JsonValueKind.Object, starPath))
                    {
                        Known(s, starPath, "category", "officer");
                        if (String(s, starPath, "category") is { } category && Id(s, starPath) is { } officer)
                        {
                            stars.Add((category, officer));
                        }
                    }
                }
            }
            else if (!expect.TryGetProperty("stars", out _))
            {
                Problems.Add(new RuleProblem(e + ".stars", "the expected stars are missing (an empty list expects none)"));
            }

            if (expect.TryGetProperty("statuses", out var st) && Expect(st, JsonValueKind.Object, e + ".statuses"))
            {
                foreach (var p in st.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String && StatusNames.TryGetValue(p.Value.GetString()!, out var status) && !string.IsNullOrWhiteSpace(p.Name))
                    {
                        statuses[new OfficerId(p.Name)] = status;
                    }
                    else
                    {
                        Problems.Add(new RuleProblem($"{e}.statuses.{p.Name}", $"{p.Value} is not a status: use {string.Join(", ", StatusNames.Keys)}"));
                    }
                }
            }

            if (expect.TryGetProperty("underVisitQuota", out var uv) && Expect(uv, JsonValueKind.Array, e + ".underVisitQuota"))
            {
                under = [];
                var i = 0;
                foreach (var u in uv.EnumerateArray())
                {
                    var underPath = $"{e}.underVisitQuota[{i++}]";
                    if (Expect(u, JsonValueKind.Object, underPath))
                    {
                        Known(u, underPath, "officer", "shortBy");
                        var shortBy = Int(u, underPath, "shortBy", 1);
                        if (Id(u, underPath) is { } officer)
                        {
                            under.Add((officer, shortBy));
                        }
                    }
                }
            }

            return name is null || month is null ? null : new RuleCase(name, month.Value, officers, stars, statuses, under);
        }

        private OfficerMonth? Officer(JsonElement o, string path, YearMonth month)
        {
            if (!Expect(o, JsonValueKind.Object, path))
            {
                return null;
            }

            var id = Id(o, path);
            var role = OfficerRole.Community;
            if (o.TryGetProperty("role", out var r))
            {
                if (r.ValueKind == JsonValueKind.String && RuleSetJson.RoleNames.TryGetValue(r.GetString()!, out var named))
                {
                    role = named;
                }
                else
                {
                    Problems.Add(new RuleProblem(path + ".role", $"{r} is not a role: use {string.Join(", ", RuleSetJson.RoleNames.Keys)}"));
                }
            }

            if (id is not { } officer)
            {
                return null;
            }

            var tally = new OfficerMonth(officer, role, month);
            foreach (var p in o.EnumerateObject())
            {
                var valuePath = $"{path}.{p.Name}";
                if (p.Name is "officer" or "role")
                {
                    continue;
                }

                if (p.Name == "personIdConsistency")
                {
                    var parts = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()!.Split('/') : [];
                    if (parts.Length == 2 && long.TryParse(parts[0], out var n) && long.TryParse(parts[1], out var d) && n >= 0 && n <= d)
                    {
                        tally = tally with { PersonIdConsistency = Rate.Of(n, d) };
                    }
                    else
                    {
                        Problems.Add(new RuleProblem(valuePath, $"{p.Value} is not a fraction \"consistent/residents\" with consistent ≤ residents"));
                    }
                }
                else if (!SettableCounts.TryGetValue(p.Name, out var metric))
                {
                    Problems.Add(new RuleProblem(valuePath, $"unknown property; an officer has officer, role, personIdConsistency and the counts {string.Join(", ", SettableCounts.Keys)}"));
                }
                else if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetInt32(out var count) || count < 0)
                {
                    Problems.Add(new RuleProblem(valuePath, $"{p.Value} is not a whole, non-negative count"));
                }
                else
                {
                    tally = tally.WithCount(metric, count);
                }
            }

            return tally;
        }

        private OfficerId? Id(JsonElement e, string path) => String(e, path, "officer") is { } text ? new OfficerId(text.Trim()) : null;
    }
}
