using System.CommandLine;
using Policing.Cli;

// The command-line tool: one class per verb, each with a static Create() that builds its Command.
var root = new RootCommand("Policing.Domain command-line tool: identity-number checks, population audits and monthly awards.");
foreach (var command in Verbs.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
