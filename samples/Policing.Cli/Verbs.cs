using System.CommandLine;

namespace Policing.Cli;

/// <summary>The list of verbs the tool offers. Add a verb here, in its own file.</summary>
internal static class Verbs
{
    internal static IEnumerable<Command> All()
    {
        yield return DemoCommand.Create();
        yield return CheckCommand.Create();
        yield return GenerateCommand.Create();
        yield return AuditCommand.Create();
        yield return AwardsCommand.Create();
        yield return TestRulesCommand.Create();
        yield return ExportRulesCommand.Create();
    }
}
