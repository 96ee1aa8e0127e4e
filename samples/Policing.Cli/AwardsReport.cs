using System.Globalization;
using System.Text.Json;
using Policing.Domain.Activity;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Data;

namespace Policing.Cli;

/// <summary>Prints a month's awards and writes them as JSON: the one rendering that <c>awards</c> and <c>demo</c> share.</summary>
internal static class AwardsReport
{
    /// <summary>Loads the rules named on the command line: a built-in id, or a JSON file.</summary>
    internal static RuleSet LoadRules(string value) =>
        File.Exists(value) ? RuleSetJson.Read(File.ReadAllText(value)) : RuleSets.Builtin(value);

    internal static void Print(TextWriter output, MonthlyAssessment assessment, CultureInfo culture, int worst)
    {
        var outcome = assessment.Outcome;
        var rules = outcome.Rules;
        output.WriteLine($"Awards of {outcome.Month:uuuu-MM} under {rules.Id} ({rules.Name}): {outcome.Officers.Count:N0} officers");
        PrintRejections(output, assessment.Validation, worst);
        foreach (var category in rules.Categories)
        {
            var stars = outcome.Stars.Where(s => s.Category == category).Select(s => s.Officer.Value).ToArray();
            var passedOver = outcome.QualifiedNotSelected.Count(n => n.Category == category);
            output.WriteLine($"  {category.NameIn(culture)}: {(stars.Length == 0 ? "-" : string.Join(", ", stars))}  ({passedOver:N0} more qualified)");
        }

        output.WriteLine($"Stars: {outcome.Stars.Count} of at most {rules.QuotaPerMonth}; qualified but not selected: {outcome.QualifiedNotSelected.Count:N0}");
        output.WriteLine($"Under the monthly visit quota of {rules.VisitQuota}: {outcome.UnderVisitQuota.Count:N0} community officers");
        foreach (var shortfall in outcome.UnderVisitQuota.OrderByDescending(s => s.ShortBy).ThenBy(s => s.Officer).Take(worst))
        {
            output.WriteLine($"  {shortfall.Officer,-10} {AwardExplainer.Describe(shortfall, culture)}");
        }

        if (outcome.UnderVisitQuota.Count > worst)
        {
            output.WriteLine($"  … and {outcome.UnderVisitQuota.Count - worst:N0} more (all in the JSON)");
        }
    }

    internal static void PrintDifferences(TextWriter output, IReadOnlyList<OutcomeDifference> differences, RuleSet current, RuleSet proposed, CultureInfo culture, int worst)
    {
        output.WriteLine($"What if {proposed.Id} replaced {current.Id}: {differences.Count:N0} officers' outcomes differ");
        string Stars(OfficerOutcome o) => o.Stars.Count == 0 ? "-" : string.Join(", ", o.Stars.Select(s => s.NameIn(culture)));
        foreach (var difference in differences.Take(worst))
        {
            output.WriteLine($"  {difference.Officer,-10} {difference.Current.Status} ({Stars(difference.Current)}) -> {difference.Proposed.Status} ({Stars(difference.Proposed)})");
        }

        if (differences.Count > worst)
        {
            output.WriteLine($"  … and {differences.Count - worst:N0} more");
        }
    }

    internal static void PrintRejections(TextWriter output, ActivityValidation validation, int worst)
    {
        if (validation.Rejections.Count == 0)
        {
            return;
        }

        output.WriteLine($"Activity records not counted: {validation.Rejections.Count:N0} of {validation.Read:N0} ({string.Join(", ", validation.Rejections.GroupBy(r => r.Reason).Select(g => $"{g.Key} {g.Count():N0}"))})");
        foreach (var rejection in validation.Rejections.Take(worst))
        {
            output.WriteLine($"  {rejection.Kind} {rejection.Id}: {rejection.Reason} {rejection.Detail}");
        }
    }

    internal static void Explain(TextWriter output, MonthlyAssessment assessment, OfficerId officer, CultureInfo culture)
    {
        var outcome = assessment.Outcome.Of(officer);
        if (outcome is null)
        {
            output.WriteLine($"No officer '{officer}' in the month's tallies.");
            return;
        }

        foreach (var line in AwardExplainer.Explain(outcome, assessment.Outcome.Rules, culture))
        {
            output.WriteLine(line);
        }

        if (assessment.Outcome.UnderVisitQuota.FirstOrDefault(s => s.Officer == officer) is { } shortfall)
        {
            output.WriteLine("  " + AwardExplainer.Describe(shortfall, culture));
        }
    }

    /// <summary>Writes the month as one self-contained HTML page: the tables of the text report, and charts of the stars per category and per station, the visit-quota shortfalls, and what a comparison changes.</summary>
    internal static void WriteHtml(FileInfo file, MonthlyAssessment assessment, CultureInfo culture, IReadOnlyList<Officer> officers, DatasetLog? rows, IReadOnlyList<OutcomeDifference>? differences = null, RuleSet? proposed = null)
    {
        var outcome = assessment.Outcome;
        var rules = outcome.Rules;
        var stationOf = officers.ToDictionary(o => o.Id, o => o.Station);
        var page = new HtmlPage($"Awards 评星 {outcome.Month:uuuu-MM}: {rules.Id} ({rules.Name})")
            .Paragraph($"{outcome.Officers.Count:N0} officers; {outcome.Stars.Count} stars of at most {rules.QuotaPerMonth}; qualified but not selected: {outcome.QualifiedNotSelected.Count:N0}; under the monthly visit quota of {rules.VisitQuota}: {outcome.UnderVisitQuota.Count:N0}.")
            .Heading("Stars 星级")
            .Table(["category", "id", "officers", "more qualified"], rules.Categories.Select(c => (IReadOnlyList<object?>)
            [
                c.NameIn(culture), c.Id,
                string.Join(", ", outcome.Stars.Where(s => s.Category == c).Select(s => s.Officer.Value)) is { Length: > 0 } names ? names : "-",
                outcome.QualifiedNotSelected.Count(n => n.Category == c),
            ]))
            .Chart(Charts.Bars("Stars per category", "stars", [.. rules.Categories.Select(c => (c.Id, (double)outcome.Stars.Count(s => s.Category == c)))]), "Stars awarded in each category; the category ids stand for the names in the table above.")
            .Chart(Charts.Bars("Stars per station", "stars", [.. outcome.Stars.GroupBy(s => stationOf.TryGetValue(s.Officer, out var station) ? station.Value : "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Count()))]), "Stars awarded to the officers of each police station.")
            .Heading("Qualified but not selected 符合条件未入选")
            .Table(["category", "officer", "reason", "explanation"], outcome.QualifiedNotSelected.Select(n => (IReadOnlyList<object?>)[n.Category.Id, n.Officer.Value, n.Reason.ToString(), AwardExplainer.Describe(n, rules, culture)]))
            .Heading($"Under the monthly visit quota of {rules.VisitQuota} 未完成走访任务");
        if (outcome.UnderVisitQuota.Count == 0)
        {
            page.Paragraph("No community officer fell under the quota.");
        }
        else
        {
            page.Chart(Charts.SortedBars("Visit-quota shortfalls (largest first)", "visits short", outcome.UnderVisitQuota.Select(s => (s.Officer.Value, (double)s.ShortBy)), largestFirst: true), "Community officers under the quota, by how many visits they fell short.")
                .Table(["officer", "visits", "short by", "explanation"], outcome.UnderVisitQuota.OrderByDescending(s => s.ShortBy).ThenBy(s => s.Officer)
                    .Select(s => (IReadOnlyList<object?>)[s.Officer.Value, s.Visits, s.ShortBy, AwardExplainer.Describe(s, culture)]));
        }

        if (differences is not null && proposed is not null)
        {
            string Stars(OfficerOutcome o) => o.Stars.Count == 0 ? "-" : string.Join(", ", o.Stars.Select(s => s.Id));
            var categories = rules.Categories.Concat(proposed.Categories).DistinctBy(c => c.Id).ToList();
            page.Heading($"What if {proposed.Id} replaced {rules.Id}: {differences.Count:N0} officers' outcomes differ")
                .Chart(Charts.Bars("Officers whose outcome changes, by change", "officers", [.. differences.GroupBy(d => $"{d.Current.Status} > {d.Proposed.Status}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Count()))]), $"How many officers move from each status under {rules.Id} to each status under {proposed.Id}.")
                .Chart(Charts.PairedBars("Stars per category of the officers whose outcome changes", "stars", [.. categories.Select(c => c.Id)], (rules.Id, [.. categories.Select(c => (double)differences.Count(d => d.Current.Stars.Any(s => s.Id == c.Id)))]), (proposed.Id, [.. categories.Select(c => (double)differences.Count(d => d.Proposed.Stars.Any(s => s.Id == c.Id)))])), $"Among the officers whose outcome changes: the stars of each category they hold under {rules.Id} and under {proposed.Id}.")
                .Table(["officer", rules.Id, "stars", proposed.Id, "stars "], differences.Select(d => (IReadOnlyList<object?>)[d.Officer.Value, d.Current.Status.ToString(), Stars(d.Current), d.Proposed.Status.ToString(), Stars(d.Proposed)]));
        }

        if (rows is not null)
        {
            AuditCommand.AddRows(page, rows);
        }

        page.Save(file);
    }

    internal static void WriteJson(FileInfo file, MonthlyAssessment assessment, CultureInfo culture, DatasetLog? rows)
    {
        var outcome = assessment.Outcome;
        using var stream = File.Create(file.FullName);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("month", outcome.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture));
        json.WriteString("ruleSet", outcome.Rules.Id);
        json.WriteNumber("officers", outcome.Officers.Count);
        json.WriteStartArray("stars");
        foreach (var star in outcome.Stars)
        {
            json.WriteStartObject();
            json.WriteString("category", star.Category.Id);
            json.WriteString("officer", star.Officer.Value);
            json.WriteNumber("rank", star.Rank);
            json.WriteString("name", star.Category.NameIn(culture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("qualifiedNotSelected");
        foreach (var passedOver in outcome.QualifiedNotSelected)
        {
            json.WriteStartObject();
            json.WriteString("category", passedOver.Category.Id);
            json.WriteString("officer", passedOver.Officer.Value);
            json.WriteString("reason", JsonNamingPolicy.CamelCase.ConvertName(passedOver.Reason.ToString()));
            json.WriteNumber("rank", passedOver.Rank);
            json.WriteString("explanation", AwardExplainer.Describe(passedOver, outcome.Rules, culture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("underVisitQuota");
        foreach (var shortfall in outcome.UnderVisitQuota)
        {
            json.WriteStartObject();
            json.WriteString("officer", shortfall.Officer.Value);
            json.WriteNumber("visits", shortfall.Visits);
            json.WriteNumber("shortBy", shortfall.ShortBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("statuses");
        foreach (var group in outcome.Officers.GroupBy(o => o.Status).OrderBy(g => g.Key))
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(group.Key.ToString()), group.Count());
        }

        json.WriteEndObject();
        json.WriteStartArray("rejectedActivity");
        foreach (var rejection in assessment.Validation.Rejections)
        {
            json.WriteStartObject();
            json.WriteString("kind", rejection.Kind);
            json.WriteString("id", rejection.Id);
            json.WriteString("reason", JsonNamingPolicy.CamelCase.ConvertName(rejection.Reason.ToString()));
            json.WriteString("detail", rejection.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (rows is not null)
        {
            AuditCommand.WriteRejectedRows(json, rows);
        }

        json.WriteEndObject();
    }
}
