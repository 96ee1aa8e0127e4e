using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Identity;
using Policing.Domain.Testing.Population;

namespace Policing.Cli;

/// <summary>The main job: a tour of the library on built-in synthetic data.</summary>
internal static class DemoCommand
{
    internal static Command Create()
    {
        var numbers = new Option<int>("--numbers") { Description = "How many identity numbers to generate and validate.", DefaultValueFactory = _ => 1_000_000 };
        var residents = new Option<long>("--residents") { Description = "How many residents the synthetic city has.", DefaultValueFactory = _ => 200_000 };
        var seed = new Option<int>("--seed") { Description = "The seed of the synthetic data.", DefaultValueFactory = _ => 2014 };
        var command = new Command("demo", "Run the library on built-in synthetic data: identity numbers, a city's register, a month's activity and its awards.");
        command.Options.Add(numbers);
        command.Options.Add(residents);
        command.Options.Add(seed);
        command.SetAction(parseResult =>
        {
            RunIdentity(Console.Out, parseResult.GetValue(numbers), parseResult.GetValue(seed));
            Console.Out.WriteLine();
            return RunMonth(Console.Out, parseResult.GetValue(residents), parseResult.GetValue(seed));
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

    private static int RunMonth(TextWriter output, long residents, int seed)
    {
        var month = new YearMonth(2014, 1);
        output.WriteLine($"== A synthetic city of {residents:N0} residents and its month {month:uuuu-MM} under the Dezhou Five-Star rules");
        var watch = Stopwatch.StartNew();
        var city = CityGenerator.Generate(new CityOptions { Residents = residents, Seed = seed });
        var community = city.Officers.Where(o => o.Role == OfficerRole.Community).OrderBy(o => o.Id).ToArray();
        var (winner, failure) = (community[0].Id, community[^1].Id);
        var activity = ActivityGenerator.Generate(city, month, new ActivityOptions
        {
            Seed = seed,
            Profiles = new Dictionary<OfficerId, OfficerProfile> { [winner] = OfficerProfile.ClearWinner, [failure] = OfficerProfile.ClearFailure },
        });
        var register = city.Residents.ToArray();
        output.WriteLine($"  generated {city.Officers.Count:N0} officers, {city.Beats.Count:N0} beats, {register.Length:N0} resident records, {activity.Log.Count:N0} events in {watch.Elapsed.TotalSeconds:N1} s");
        output.WriteLine($"  planted: {winner} a clear winner, {failure} a clear failure");

        watch.Restart();
        var assessment = MonthlyAssessment.Run(new Register(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, register), activity.Log, activity.Period, RuleSets.DezhouFiveStar2014());
        var seconds = watch.Elapsed.TotalSeconds;
        output.WriteLine($"  judged in {seconds:N2} s: consistency of the register, validation, visit plan ({assessment.Plan.Count:N0} households due), tallies, awards");
        output.WriteLine($"  person-ID consistency (人号一致率) {assessment.Consistency.PersonIdConsistency}, person-house (人房一致率) {assessment.Consistency.PersonHouseConsistency}");
        output.WriteLine();
        var english = CultureInfo.GetCultureInfo("en");
        AwardsReport.Print(output, assessment, CultureInfo.GetCultureInfo("zh-CN"), worst: 5);
        output.WriteLine();
        output.WriteLine("Why the planted failure won nothing:");
        AwardsReport.Explain(output, assessment, failure, english);
        var won = assessment.Outcome.Of(winner)!.Stars.Count > 0;
        var failed = assessment.Outcome.Of(failure)!.Stars.Count == 0 && assessment.Outcome.UnderVisitQuota.Any(s => s.Officer == failure);
        output.WriteLine();
        output.WriteLine($"  the planted winner won a star: {(won ? "yes" : "NO")}; the planted failure won none and is under the visit quota: {(failed ? "yes" : "NO")}");
        return won && failed ? 0 : 1;
    }
}
