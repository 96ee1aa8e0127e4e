using System.CommandLine;
using Policing.Cluster;

// The cluster sample: start a silo, or run a job (audit, awards) against a cluster, or against silos it starts itself.
var root = new RootCommand("Policing.Domain on an Orleans cluster: start a silo, or run the audit and awards jobs over one.");
root.Subcommands.Add(SiloCommand.Create());
root.Subcommands.Add(JobCommands.Audit());
root.Subcommands.Add(JobCommands.Awards());
return await root.Parse(args).InvokeAsync();
