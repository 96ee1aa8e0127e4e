using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
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

        // Warm the tables and both code paths (one core, and the pieces handed to the other cores) on the whole export
        // a few times, so that the runtime has compiled their loops fully before any is timed; then time each three
        // times and report the best run of each.
        var single = ResidentIdBatch.Validate(export);
        var parallel = ResidentIdBatch.ValidateParallel(export);
        for (var warm = 0; warm < 4; warm++)
        {
            single = ResidentIdBatch.Validate(export);
            parallel = ResidentIdBatch.ValidateParallel(export);
        }

        var singleSeconds = double.MaxValue;
        var parallelSeconds = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            single = ResidentIdBatch.Validate(export);
            singleSeconds = Math.Min(singleSeconds, watch.Elapsed.TotalSeconds);
            watch.Restart();
            parallel = ResidentIdBatch.ValidateParallel(export);
            parallelSeconds = Math.Min(parallelSeconds, watch.Elapsed.TotalSeconds);
        }

        IdentityReport.Print(output, parallel);
        var agrees = single.Equals(parallel) && expected.All(e => parallel.CountOf(e.Key) == e.Value);
        output.WriteLine($"  every planted defect found, nothing else flagged: {(agrees ? "yes" : "NO")}");
        output.WriteLine($"  one core:  {count / singleSeconds / 1e6:N1} million numbers/s (best of 3 runs, {ResidentIdBatch.Instructions})");
        output.WriteLine($"  all cores: {count / parallelSeconds / 1e6:N1} million numbers/s (best of 3 runs, {Environment.ProcessorCount} cores; "
            + $"{(parallelSeconds <= singleSeconds ? "faster than" : "NOT faster than")} one core, on a machine that may be busy with other work)");
    }

    /// <summary>An officer who earns no star on their own: enough visits for the quota, no mediation, lead, catch or recognised service, few information items.</summary>
    private static readonly OfficerProfile Quiet = new()
    {
        Visits = 60, VisitEveryDueHousehold = false, SatisfiedShare = 0.9, Mediations = 0, ResolvedShare = 0,
        Leads = 0, Suspects = 0, Fugitives = 0, InformationItems = 3, RecognisedServices = 0,
    };

    /// <summary>The winner planted for each Five-Star category, by category id: excellent in that category, quiet in the others.</summary>
    private static readonly (string Category, OfficerProfile Profile)[] Winners =
    [
        ("household-visit", Quiet with { Visits = 155, VisitEveryDueHousehold = true, SatisfiedShare = 1.0 }),
        ("mediation", Quiet with { Mediations = 6, ResolvedShare = 1.0, SatisfiedShare = 1.0, UnreachableShare = 0 }),
        ("investigation", Quiet with { Leads = 4, Suspects = 2, Fugitives = 1 }),
        ("information", Quiet with { InformationItems = 40 }),
        ("service", Quiet with { RecognisedServices = 9 }),
    ];

    private static int RunMonth(TextWriter output, long residents, int seed)
    {
        var month = new YearMonth(2014, 1);
        output.WriteLine($"== A synthetic city of {residents:N0} residents and its month {month:uuuu-MM} under the Dezhou Five-Star rules");
        var watch = Stopwatch.StartNew();

        // The first beats have a clean register (100% person-ID consistency): the Household-Visit Star needs one.
        var city = CityGenerator.Generate(new CityOptions { Residents = residents, Seed = seed, CleanBeats = 2 });
        var community = city.Officers.Where(o => o.Role == OfficerRole.Community).OrderBy(o => o.Id).ToArray();
        if (community.Length < Winners.Length + 3)
        {
            output.WriteLine($"  the city has {community.Length} beats: planting a winner for each of the {Winners.Length} stars and a failure needs at least {Winners.Length + 3} (--residents {(Winners.Length + 3) * new CityOptions().ResidentsPerBeat:N0} or more)");
            return 2;
        }

        var clean = city.Beats.Take(2).Select(b => b.ResponsibleOfficer!.Value).ToHashSet();
        var planted = Winners.Select((w, i) => (w.Category, Officer: i == 0 ? clean.Min() : community[i + 1].Id, w.Profile)).ToArray();
        var failure = community[^1].Id;
        var profiles = planted.ToDictionary(p => p.Officer, p => p.Profile);
        profiles[failure] = OfficerProfile.ClearFailure;
        var activity = ActivityGenerator.Generate(city, month, new ActivityOptions { Seed = seed, Profiles = profiles });
        var register = city.Residents.ToArray();
        output.WriteLine($"  generated {city.Officers.Count:N0} officers, {city.Beats.Count:N0} beats, {register.Length:N0} resident records, {activity.Log.Count:N0} events in {watch.Elapsed.TotalSeconds:N1} s");
        output.WriteLine($"  planted: beats {string.Join(", ", city.Beats.Take(2).Select(b => b.Id))} with a clean register; a winner for each star ({string.Join(", ", planted.Select(p => $"{p.Officer} {p.Category}"))}); {failure} a clear failure");

        watch.Restart();
        var assessment = MonthlyAssessment.Run(new Register(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, register), activity.WithHistory(city), activity.Period, RuleSets.DezhouFiveStar2014());
        var seconds = watch.Elapsed.TotalSeconds;
        output.WriteLine($"  judged in {seconds:N2} s: consistency of the register, validation, visit plan ({assessment.Plan.Count:N0} households due), tallies, awards");
        output.WriteLine($"  person-ID consistency (人号一致率) {assessment.Consistency.PersonIdConsistency}, person-house (人房一致率) {assessment.Consistency.PersonHouseConsistency}");
        output.WriteLine();
        var english = CultureInfo.GetCultureInfo("en");
        AwardsReport.Print(output, assessment, CultureInfo.GetCultureInfo("zh-CN"), worst: 5);
        output.WriteLine();
        output.WriteLine($"How the planted Household-Visit winner {planted[0].Officer} fared:");
        AwardsReport.Explain(output, assessment, planted[0].Officer, english);
        output.WriteLine();
        output.WriteLine("Why the planted failure won nothing:");
        AwardsReport.Explain(output, assessment, failure, english);
        var missed = planted.Where(p => !assessment.Outcome.Stars.Any(s => s.Category.Id == p.Category && s.Officer == p.Officer)).ToArray();
        var empty = assessment.Outcome.Rules.Categories.Where(c => !assessment.Outcome.Stars.Any(s => s.Category == c)).Select(c => c.Id).ToArray();
        var failed = assessment.Outcome.Of(failure)!.Stars.Count == 0 && assessment.Outcome.UnderVisitQuota.Any(s => s.Officer == failure);
        output.WriteLine();
        output.WriteLine($"  every planted winner won their star: {(missed.Length == 0 ? "yes" : "NO (" + string.Join(", ", missed.Select(m => $"{m.Officer} {m.Category}")) + ")")}; a winner in every category: {(empty.Length == 0 ? "yes" : "NO (" + string.Join(", ", empty) + " empty)")}; the planted failure won none and is under the visit quota: {(failed ? "yes" : "NO")}");
        return missed.Length == 0 && empty.Length == 0 && failed ? 0 : 1;
    }
}
