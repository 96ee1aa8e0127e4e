using System.CommandLine;
using System.Text;
using Policing.Domain.Identity;
using Policing.Domain.Population;

namespace Policing.Cli;

/// <summary>Validates a file of identity numbers, one per line.</summary>
internal static class CheckCommand
{
    internal static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A UTF-8 text file with one identity number per line." };
        var show = new Option<int>("--show") { Description = "How many bad lines to show (masked).", DefaultValueFactory = _ => 10 };
        var places = new Option<bool>("--places") { Description = "Also count the valid numbers per province, and per retired division code (with its last names)." };
        var command = new Command("check", "Validate a file of identity numbers: counts per reason and the first bad lines (masked).");
        command.Arguments.Add(file);
        command.Options.Add(show);
        command.Options.Add(places);
        command.SetAction(parseResult => Run(Console.Out, Console.Error, parseResult.GetValue(file)!, parseResult.GetValue(show), parseResult.GetValue(places)));
        return command;
    }

    internal static int Run(TextWriter output, TextWriter error, FileInfo file, int show, bool places = false)
    {
        if (!file.Exists)
        {
            error.WriteLine($"check: the file '{file.FullName}' does not exist.");
            return 2;
        }

        var bytes = File.ReadAllBytes(file.FullName);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var result = ResidentIdBatch.ValidateParallel(bytes.AsMemory(start));
        output.WriteLine($"{file.Name}:");
        IdentityReport.Print(output, result);
        if (places)
        {
            IdentityReport.PrintPlaces(output, bytes.AsSpan(start));
        }

        if (result.Invalid > 0 && show > 0)
        {
            output.WriteLine($"  first bad lines (numbers masked):");
            var line = 0;
            var shown = 0;
            foreach (var text in Encoding.UTF8.GetString(bytes, start, bytes.Length - start).Split('\n'))
            {
                line++;
                var trimmed = text.TrimEnd('\r');
                if (line == result.Lines + 1 && trimmed.Length == 0)
                {
                    break;
                }

                var verdict = ResidentId.Validate(trimmed, out var expected);
                if (verdict == ResidentIdError.None)
                {
                    continue;
                }

                var masked = trimmed.Length == 0 ? "(empty)" : new RecordedIdNumber(trimmed).ToString();
                var hint = verdict == ResidentIdError.CheckCharacter ? $" (expected check character '{expected}')" : string.Empty;
                output.WriteLine($"    line {line}: {masked} {verdict}{hint}");
                if (++shown == show)
                {
                    break;
                }
            }
        }

        return result.Invalid == 0 ? 0 : 1;
    }
}
