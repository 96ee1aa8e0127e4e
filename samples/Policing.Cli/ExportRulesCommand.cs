using System.CommandLine;
using Policing.Domain.Awards;

namespace Policing.Cli;

/// <summary>Writes a built-in rule set as JSON: the starting point for a bureau's own rules.</summary>
internal static class ExportRulesCommand
{
    internal static Command Create()
    {
        var id = new Argument<string>("rules") { Description = "A built-in rule set: dezhou-2014 or dongping-satisfaction." };
        var command = new Command("export-rules", "Print a built-in rule set as JSON (docs/rules/README.md), to edit into a bureau's own rules.");
        command.Arguments.Add(id);
        command.SetAction(parseResult =>
        {
            try
            {
                Console.Out.WriteLine(RuleSetJson.Write(RuleSets.Builtin(parseResult.GetValue(id)!)));
                return 0;
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine($"export-rules: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
