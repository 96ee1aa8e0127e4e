using System.CommandLine;
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
        var command = new Command("generate", "Write a synthetic dataset folder (DATASET.md) of a city with planted consistency defects.");
        command.Arguments.Add(folder);
        command.Options.Add(residents);
        command.Options.Add(seed);
        command.SetAction(parseResult => Run(
            Console.Out,
            parseResult.GetValue(folder)!,
            new CityOptions { Residents = parseResult.GetValue(residents), Seed = parseResult.GetValue(seed) }));
        return command;
    }

    internal static int Run(TextWriter output, DirectoryInfo folder, CityOptions options)
    {
        var city = CityGenerator.Generate(options);
        output.WriteLine($"Writing {options.Residents:N0} residents, {city.Beats.Count:N0} beats, {city.Houses.Count:N0} houses to {folder.FullName}");
        var written = DatasetWriter.WritePopulation(folder.FullName, city, n => Console.Error.Write($"\r  {n:N0} residents written"));
        if (written >= 100_000)
        {
            Console.Error.WriteLine();
        }

        output.WriteLine($"Done: {written:N0} residents.");
        return 0;
    }
}
