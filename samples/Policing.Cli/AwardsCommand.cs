using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Metrics;
using Policing.Domain.Data;
using Policing.Domain.Population;

namespace Policing.Cli;

/// <summary>Judges a month of a dataset folder under a rule set: the stars, the officers under the visit quota, explanations.</summary>
internal static class AwardsCommand
{
    internal static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The dataset folder (DATASET.md), with its activity files." };
        var month = new Option<string>("--month") { Description = "The month to judge, YYYY-MM.", Required = true };
        var rules = new Option<string>("--rules") { Description = "A built-in rule set (dezhou-2014, dongping-satisfaction) or a rule-set JSON file.", DefaultValueFactory = _ => RuleSets.DezhouId };
        var culture = new Option<string>("--culture") { Description = "The language of names and explanations: zh-CN or en.", DefaultValueFactory = _ => "zh-CN" };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the outcome as JSON to this file." };
        var explain = new Option<string?>("--explain") { Description = "Print one officer's full result tree." };
        var compare = new Option<string?>("--compare") { Description = "What if: also judge the month under these rules (built-in id or JSON file) and list the officers whose outcome differs." };
        var worst = new Option<int>("--worst") { Description = "How many officers under the visit quota and rejected records to list.", DefaultValueFactory = _ => 10 };
        var encoding = EncodingOption.Create("read");
        var html = new Option<FileInfo?>("--html") { Description = "Also write the month as one self-contained HTML page, with charts, to this file." };
        var command = new Command("awards", "Judge a month: the stars by category, who was passed over and why, who fell under the visit quota.");
        command.Arguments.Add(folder);
        command.Options.Add(month);
        command.Options.Add(rules);
        command.Options.Add(culture);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.Options.Add(compare);
        command.Options.Add(worst);
        command.Options.Add(encoding);
        command.Options.Add(html);
        command.SetAction(parseResult => Run(
            Console.Out,
            Console.Error,
            parseResult.GetValue(folder)!,
            parseResult.GetValue(month)!,
            parseResult.GetValue(rules)!,
            parseResult.GetValue(culture)!,
            parseResult.GetValue(json),
            parseResult.GetValue(explain),
            parseResult.GetValue(worst),
            parseResult.GetValue(compare),
            EncodingOption.Parse(parseResult.GetValue(encoding)!),
            parseResult.GetValue(html)));
        return command;
    }

    internal static int Run(TextWriter output, TextWriter error, DirectoryInfo folder, string monthText, string rulesName, string cultureName, FileInfo? json, string? explain, int worst, string? compareWith = null, DatasetEncoding encoding = DatasetEncoding.Utf8, FileInfo? html = null)
    {
        var parsed = YearMonthPattern.Iso.Parse(monthText);
        if (!parsed.Success)
        {
            error.WriteLine($"awards: --month '{monthText}' is not a month of the form YYYY-MM.");
            return 2;
        }

        if (cultureName is not ("zh-CN" or "en"))
        {
            error.WriteLine($"awards: --culture '{cultureName}' is not supported: use zh-CN or en.");
            return 2;
        }

        if (explain is not null && string.IsNullOrWhiteSpace(explain))
        {
            error.WriteLine("awards: --explain needs an officer id.");
            return 2;
        }

        var culture = CultureInfo.GetCultureInfo(cultureName);
        RuleSet rules;
        RuleSet? proposed = null;
        try
        {
            rules = AwardsReport.LoadRules(rulesName);
            proposed = compareWith is null ? null : AwardsReport.LoadRules(compareWith);
            foreach (var set in new[] { rules, proposed })
            {
                if (set is not null && !set.IsInForce(parsed.Value))
                {
                    error.WriteLine($"awards: the rule set '{set.Id}' is not in force in {parsed.Value:uuuu-MM} (from {set.From:uuuu-MM}).");
                    return 2;
                }
            }
        }
        catch (Exception ex) when (ex is RuleSetException or ArgumentException or IOException)
        {
            error.WriteLine($"awards: {ex.Message}");
            return 2;
        }

        if (AuditCommand.Read("awards", error, folder, encoding) is not { } dataset)
        {
            return 2;
        }

        var assessment = MonthlyAssessment.Run(new Register(dataset.Stations, dataset.Offices, dataset.Officers, dataset.Beats, dataset.Houses, dataset.Households, dataset.Residents), dataset.Activity, new MonthlyPeriod(parsed.Value), rules);
        if (dataset.Log.Errors.Count > 0)
        {
            AuditCommand.PrintRows(output, dataset.Log);
        }

        AwardsReport.Print(output, assessment, culture, worst);
        if (explain is not null)
        {
            output.WriteLine();
            AwardsReport.Explain(output, assessment, new OfficerId(explain.Trim()), culture);
        }

        var differences = proposed is null ? null : AwardEvaluator.Compare(rules, proposed, assessment.Tallies, parsed.Value);
        if (proposed is not null)
        {
            output.WriteLine();
            AwardsReport.PrintDifferences(output, differences!, rules, proposed, culture, worst);
        }

        if (json is not null)
        {
            AwardsReport.WriteJson(json, assessment, culture, dataset.Log);
            output.WriteLine($"JSON written to {json.FullName}");
        }

        if (html is not null)
        {
            AwardsReport.WriteHtml(html, assessment, culture, dataset.Officers, dataset.Log, differences, proposed);
            output.WriteLine($"HTML written to {html.FullName}");
        }

        return 0;
    }
}
