using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Policing.Domain.Data;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Dataset;
using Policing.Domain.Testing.Population;

namespace Policing.Cli;

/// <summary>Writes a synthetic dataset folder.</summary>
internal static class GenerateCommand
{
    internal static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The dataset folder to write (created if needed)." };
        var residents = new Option<long>("--residents") { Description = "How many residents.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same dataset.", DefaultValueFactory = _ => 2014 };
        var month = new Option<string?>("--month") { Description = "Also write the activity files of this month (YYYY-MM), e.g. 2014-01." };
        var encoding = EncodingOption.Create("written");
        var command = new Command("generate", "Write a synthetic dataset folder (DATASET.md) of a city with planted consistency defects.");
        command.Arguments.Add(folder);
        command.Options.Add(residents);
        command.Options.Add(seed);
        command.Options.Add(month);
        command.Options.Add(encoding);
        command.SetAction(parseResult =>
        {
            YearMonth? activityMonth = null;
            if (parseResult.GetValue(month) is { } text)
            {
                var parsed = YearMonthPattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    Console.Error.WriteLine($"generate: --month '{text}' is not a month of the form YYYY-MM.");
                    return 2;
                }

                activityMonth = parsed.Value;
            }

            return Run(Console.Out, parseResult.GetValue(folder)!, new CityOptions { Residents = parseResult.GetValue(residents), Seed = parseResult.GetValue(seed) }, activityMonth, EncodingOption.Parse(parseResult.GetValue(encoding)!));
        });
        return command;
    }

    internal static int Run(TextWriter output, DirectoryInfo folder, CityOptions options, YearMonth? month = null, DatasetEncoding encoding = DatasetEncoding.Utf8)
    {
        var write = new DatasetWriteOptions { Encoding = encoding };
        var city = CityGenerator.Generate(options);
        output.WriteLine($"Writing {options.Residents:N0} residents, {city.Beats.Count:N0} beats, {city.Houses.Count:N0} houses to {folder.FullName}");
        var written = SyntheticDataset.WritePopulation(folder.FullName, city, write, n => Console.Error.Write($"\r  {n:N0} residents written"));
        if (written >= 100_000)
        {
            Console.Error.WriteLine();
        }

        output.WriteLine($"Done: {written:N0} residents.");
        if (month is { } m)
        {
            var activity = ActivityGenerator.Generate(city, m, new ActivityOptions { Seed = options.Seed });
            var events = SyntheticDataset.WriteActivity(folder.FullName, city, activity, write);
            output.WriteLine($"Activity of {m:uuuu-MM}: {activity.Log.Count:N0} events, with {events - activity.Log.Count:N0} earlier visits as history.");
        }

        return 0;
    }
}
