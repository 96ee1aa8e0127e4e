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
