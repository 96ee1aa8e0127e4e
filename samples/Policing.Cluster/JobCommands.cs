using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime.Text;
using Policing.Cli;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Data;
using Policing.Domain.Metrics;
using Policing.Domain.Orleans;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Cluster;

/// <summary>The jobs run against a cluster: <c>audit</c> and <c>awards</c>, with the same JSON as the policing CLI's verbs.</summary>
internal static class JobCommands
{
    internal static Command Audit()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The dataset folder (DATASET.md)." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the report as JSON to this file (the policing CLI's audit JSON)." };
        var command = new Command("audit", "Audit a dataset folder over the cluster: person-ID and person-house consistency, per beat.");
        command.Arguments.Add(folder);
        command.Options.Add(json);
        var cluster = ClusterOptions.AddTo(command);
        command.SetAction((parse, cancel) => cluster.RunAsync(parse, cancel, async (driver, error) =>
        {
            if (AuditCommand.Read("audit", error, parse.GetValue(folder)!, EncodingOption.Parse(parse.GetValue(cluster.Encoding)!)) is not { } dataset)
            {
                return 2;
            }

            await error.WriteLineAsync($"  analysing {dataset.Residents.Count:N0} residents on the cluster");
            var analyzer = new ConsistencyAnalyzer(new Register(dataset.Stations, dataset.Offices, dataset.Officers, dataset.Beats, dataset.Houses, dataset.Households, []));
            var report = await driver.AnalyzeAsync(analyzer, dataset.Residents, cancel);
            Console.WriteLine($"Residents: {report.Residents:N0}; person-ID consistency {report.PersonIdConsistency}; person-house consistency {report.PersonHouseConsistency}");
            if (parse.GetValue(json) is { } file)
            {
                AuditCommand.WriteJson(file, report, BeatCoverage.Check(dataset.Beats, dataset.Officers), dataset.Log);
                Console.WriteLine($"JSON written to {file.FullName}");
            }

            return 0;
        }));
        return command;
    }

    internal static Command Awards()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The dataset folder (DATASET.md), with its activity files." };
        var month = new Option<string>("--month") { Description = "The month to judge, YYYY-MM.", Required = true };
        var rules = new Option<string>("--rules") { Description = "A built-in rule set (dezhou-2014, dongping-satisfaction) or a rule-set JSON file.", DefaultValueFactory = _ => RuleSets.DezhouId };
        var culture = new Option<string>("--culture") { Description = "The language of names and explanations: zh-CN or en.", DefaultValueFactory = _ => "zh-CN" };
        var json = new Option<FileInfo?>("--json") { Description = "Write the outcome as JSON to this file (the policing CLI's awards JSON)." };
        var command = new Command("awards", "Judge a month with its consistency measured over the cluster: the stars, who was passed over, who fell under the visit quota.");
        command.Arguments.Add(folder);
        command.Options.Add(month);
        command.Options.Add(rules);
        command.Options.Add(culture);
        command.Options.Add(json);
        var cluster = ClusterOptions.AddTo(command);
        command.SetAction((parse, cancel) => cluster.RunAsync(parse, cancel, async (driver, error) =>
        {
            var parsed = YearMonthPattern.Iso.Parse(parse.GetValue(month)!);
            if (!parsed.Success || parse.GetValue(culture) is not ("zh-CN" or "en"))
            {
                await error.WriteLineAsync($"awards: --month must be YYYY-MM and --culture zh-CN or en; got '{parse.GetValue(month)}' and '{parse.GetValue(culture)}'.");
                return 2;
            }

            RuleSet set;
            try
            {
                set = AwardsReport.LoadRules(parse.GetValue(rules)!);
            }
            catch (Exception ex) when (ex is RuleSetException or ArgumentException or IOException)
            {
                await error.WriteLineAsync($"awards: {ex.Message}");
                return 2;
            }

            if (AuditCommand.Read("awards", error, parse.GetValue(folder)!, EncodingOption.Parse(parse.GetValue(cluster.Encoding)!)) is not { } dataset)
            {
                return 2;
            }

            var register = new Register(dataset.Stations, dataset.Offices, dataset.Officers, dataset.Beats, dataset.Houses, dataset.Households, dataset.Residents);
            MonthlyAssessment assessment;
            try
            {
                assessment = await driver.AssessAsync(register, dataset.Activity, new MonthlyPeriod(parsed.Value), set, cancel);
            }
            catch (RuleSetException ex)
            {
                await error.WriteLineAsync($"awards: {ex.Message}");
                return 2;
            }

            Console.WriteLine($"{assessment.Outcome.Month:uuuu-MM} under '{set.Id}': {assessment.Outcome.Stars.Count} stars among {assessment.Outcome.Officers.Count} officers");
            if (parse.GetValue(json) is { } file)
            {
                AwardsReport.WriteJson(file, assessment, CultureInfo.GetCultureInfo(parse.GetValue(culture)!), dataset.Log);
                Console.WriteLine($"JSON written to {file.FullName}");
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The options every job takes: where the cluster is (or how many silos to start), and the dataset's encoding.</summary>
    private sealed class ClusterOptions
    {
        private Option<int> Silos { get; } = new("--silos") { Description = "Start this many silo processes on localhost for the job, and stop them after it; 0 to use a running cluster.", DefaultValueFactory = _ => 0 };

        private Option<int[]> Gateways { get; } = new("--gateway") { Description = "The gateway ports of a running localhost cluster.", DefaultValueFactory = _ => [30000], AllowMultipleArgumentsPerToken = true };

        private Option<int> Shards { get; } = new("--shards") { Description = "The shards of each shuffle.", DefaultValueFactory = _ => new ClusterRunOptions().Shards };

        internal Option<string> Encoding { get; } = EncodingOption.Create("read");

        internal static ClusterOptions AddTo(Command command)
        {
            var options = new ClusterOptions();
            command.Options.Add(options.Silos);
            command.Options.Add(options.Gateways);
            command.Options.Add(options.Shards);
            command.Options.Add(options.Encoding);
            return options;
        }

        /// <summary>Starts the silos if asked, connects a client, runs the job with a driver, and stops everything; a run that fails names its pass.</summary>
        internal async Task<int> RunAsync(ParseResult parse, CancellationToken cancel, Func<ClusterConsistency, TextWriter, Task<int>> job)
        {
            var error = Console.Error;
            var count = parse.GetValue(Silos);
            if (count < 0 || parse.GetValue(Shards) < 1)
            {
                await error.WriteLineAsync($"--silos must be 0 or more and --shards 1 or more; got {count} and {parse.GetValue(Shards)}.");
                return 2;
            }

            await using var silos = count > 0 ? await LocalSilos.StartAsync(count, error) : null;
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleansClient(client => client.UseLocalhostClustering(silos?.Gateways ?? parse.GetValue(Gateways)!));
            using var host = builder.Build();
            await host.StartAsync(cancel);
            try
            {
                var client = host.Services.GetRequiredService<IClusterClient>();
                var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ClusterConsistency>();
                return await job(new ClusterConsistency(client, new ClusterRunOptions { Shards = parse.GetValue(Shards) }, logger), error);
            }
            catch (ClusterRunException ex)
            {
                await error.WriteLineAsync($"cluster: {ex.Message}");
                return 1;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
    }
}
