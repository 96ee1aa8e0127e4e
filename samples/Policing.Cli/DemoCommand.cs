using System.CommandLine;
using System.Diagnostics;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Cli;

/// <summary>The main job: a tour of the library on built-in synthetic data.</summary>
internal static class DemoCommand
{
    internal static Command Create()
    {
        var numbers = new Option<int>("--numbers") { Description = "How many identity numbers to generate and validate.", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "The seed of the synthetic data.", DefaultValueFactory = _ => 2014 };
        var command = new Command("demo", "Run the library on built-in synthetic data: identity numbers, a city's register, a month's activity and its awards.");
        command.Options.Add(numbers);
        command.Options.Add(seed);
        command.SetAction(parseResult =>
        {
            RunIdentity(Console.Out, parseResult.GetValue(numbers), parseResult.GetValue(seed));
            return 0;
        });
        return command;
    }

    private static void RunIdentity(TextWriter output, int count, int seed)
    {
        output.WriteLine($"== Identity numbers: {count:N0} synthetic numbers, 10% broken in each way");
        var export = new ResidentIdGenerator(seed).NextExport(count, 0.10, out var expected);

        // Warm the tables and the code paths once, so the timings are of the work.
        _ = ResidentIdBatch.Validate(export.AsSpan(0, Math.Min(export.Length, 19 * 1_000)));

        var watch = Stopwatch.StartNew();
        var single = ResidentIdBatch.Validate(export);
        var singleSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var parallel = ResidentIdBatch.ValidateParallel(export);
        var parallelSeconds = watch.Elapsed.TotalSeconds;

        IdentityReport.Print(output, parallel);
        var agrees = single.Equals(parallel) && expected.All(e => parallel.CountOf(e.Key) == e.Value);
        output.WriteLine($"  every planted defect found, nothing else flagged: {(agrees ? "yes" : "NO")}");
        output.WriteLine($"  one core:  {count / singleSeconds / 1e6:N1} million numbers/s");
        output.WriteLine($"  all cores: {count / parallelSeconds / 1e6:N1} million numbers/s ({Environment.ProcessorCount} cores)");
    }
}
