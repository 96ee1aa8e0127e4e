using System.CommandLine;
using Policing.Domain.Awards;

namespace Policing.Cli;

/// <summary>Runs a JSON file of rule test cases against a rule set, so a bureau can test its rules without writing C#.</summary>
internal static class TestRulesCommand
{
    internal static Command Create()
    {
        var cases = new Argument<string>("cases") { Description = "A JSON file of rule test cases (docs/rules/README.md), or 'builtin' for the cases shipped with the rule set." };
        var rules = new Option<string>("--rules") { Description = "A built-in rule set (dezhou-2014, dongping-satisfaction) or a rule-set JSON file.", DefaultValueFactory = _ => RuleSets.DezhouId };
        var command = new Command("test-rules", "Run rule test cases (tallies in, expected outcome out) against a rule set; exits 1 when a case fails.");
        command.Arguments.Add(cases);
        command.Options.Add(rules);
        command.SetAction(parseResult => Run(Console.Out, Console.Error, parseResult.GetValue(cases)!, parseResult.GetValue(rules)!));
        return command;
    }

    internal static int Run(TextWriter output, TextWriter error, string casesPath, string rulesName)
    {
        RuleSet rules;
        IReadOnlyList<RuleCase> cases;
        try
        {
            rules = AwardsReport.LoadRules(rulesName);
            cases = casesPath == "builtin" ? RuleCases.Builtin(rules.Id) : RuleCases.Read(File.ReadAllText(casesPath));
        }
        catch (Exception ex) when (ex is RuleSetException or ArgumentException or IOException)
        {
            error.WriteLine($"test-rules: {ex.Message}");
            return 2;
        }

        var results = RuleCases.Run(rules, cases);
        foreach (var result in results)
        {
            output.WriteLine($"{(result.Passed ? "pass" : "FAIL")}  {result.Case.Name}");
            foreach (var difference in result.Differences)
            {
                output.WriteLine($"        {difference}");
            }
        }

        var failed = results.Count(r => !r.Passed);
        output.WriteLine($"{results.Count - failed} passed, {failed} failed, under {rules.Id}");
        return failed == 0 ? 0 : 1;
    }
}
