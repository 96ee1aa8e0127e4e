using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Tests.Identity;

/// <summary>
/// The branch-free verdict of <see cref="ResidentIdVector"/> under the default options, and its yes-or-no form behind
/// <see cref="ResidentId.TryParse(ReadOnlySpan{byte}, out ResidentId)"/>, agree with the scalar parser on every input.
/// </summary>
public sealed class ResidentIdVectorTests
{
    // Digits, X, the bytes next to them, and characters above 255 whose low byte is a digit or X (U+0139, U+0158).
    private const string Alphabet = "0123456789Xx/:*- \u00FF\u0139\u0158";

    // Arbitrary 18 characters, mostly digits, with some of the bytes next to the digits and X.
    private static readonly Arbitrary<string> NearDigits =
        Gen.Choose(0, int.MaxValue)
            .Select(seed =>
            {
                var random = new Random(seed);
                var chars = new char[ResidentId.Length];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = random.Next(8) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('0' + random.Next(10));
                }

                return new string(chars);
            })
            .ToArbitrary();

    // A valid number's first six digits (or any six digits), a date near the edges of the calendar, and the check
    // character that the 17 digits call for (or any other): every rule is reached with the earlier ones passed.
    private static readonly Arbitrary<string> NearValid =
        Gen.Choose(0, int.MaxValue)
            .Select(seed =>
            {
                var random = new Random(seed);
                var valid = new ResidentIdGenerator(seed).NextValidText(Enum.GetValues<ResidentIdKind>()[random.Next(5)]);
                var first6 = random.Next(4) == 0 ? random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture) : valid[..6];
                int[] years = [1899, 1900, 1904, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999, 0, 1600];
                var year = random.Next(3) == 0 ? random.Next(10_000) : years[random.Next(years.Length)];
                var month = random.Next(4) == 0 ? random.Next(100) : random.Next(14);
                var day = random.Next(4) == 0 ? random.Next(100) : random.Next(33);
                var first17 = string.Create(CultureInfo.InvariantCulture, $"{first6}{year:D4}{month:D2}{day:D2}{valid[14..17]}");
                var check = random.Next(4) == 0 ? "0123456789Xx"[random.Next(12)] : ResidentId.ComputeCheckCharacter(first17);
                return first17 + check;
            })
            .ToArbitrary();

    [Fact]
    public void LenientFailures_AreTheVerdictOfEveryInvalidPrefix()
    {
        var failures = ResidentIdPrefixes.LenientFailures;
        for (var code = 0; code < 1_000_000; code++)
        {
            var verdict = ResidentIdRules.CheckPrefix(code, 2000, DivisionCodeMode.Lenient);
            var expected = ResidentIdPrefixes.IsValid(code, DivisionCodeMode.Lenient) ? ResidentIdError.None : (ResidentIdError)failures[code / 1_000];
            if (verdict != expected)
            {
                Assert.Fail($"{code:D6}: the rules say {verdict}, the tables {expected}.");
            }
        }
    }

    [Property(MaxTest = 5_000)]
    public Property Verdict_EqualsScalarVerdict_OnNearValidNumbers()
    {
        return Prop.ForAll(NearValid, PathsAgree);
    }

    [Property(MaxTest = 5_000)]
    public Property Verdict_EqualsScalarVerdict_OnArbitraryCharacters()
    {
        return Prop.ForAll(NearDigits, PathsAgree);
    }

    [Fact]
    public void Verdict_EqualsScalarVerdict_ForEveryDayOfEveryMonthAroundLeapYears()
    {
        var valid = new ResidentIdGenerator(8).NextValidText();
        foreach (var year in new[] { 1899, 1900, 1901, 1904, 1996, 2000, 2001, 2004, 2100, 2400, 9999 })
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var first17 = string.Create(CultureInfo.InvariantCulture, $"{valid[..6]}{year:D4}{month:D2}{day:D2}{valid[14..17]}");
                    Assert.True(PathsAgree(first17 + ResidentId.ComputeCheckCharacter(first17)), first17);
                }
            }
        }
    }

    [Fact]
    public void Verdict_EqualsScalarVerdict_ForEveryByteAsThe17thOr18thCharacter()
    {
        var valid = new ResidentIdGenerator(9).NextValidText();
        foreach (var position in new[] { 16, 17 })
        {
            for (var value = 0; value <= 0x17F; value++)
            {
                var chars = valid.ToCharArray();
                chars[position] = (char)value;
                Assert.True(PathsAgree(new string(chars)), $"U+{value:X4} at {position}");
            }
        }
    }

    [Property(MaxTest = 1_000)]
    public Property EveryBatchPath_GivesTheScalarVerdicts_OnExportsOfNearValidAndArbitraryLines()
    {
        // Lines broken in every field (and valid ones), of 18 characters or cut (to as few as none) or lengthened, ended by
        // \n or \r\n: each forced path of the batch counts exactly what the scalar parser says line by line.
        var lines = Gen.OneOf(NearValid.Generator, NearDigits.Generator.Where(t => t.All(c => c <= 0x7F)))
            .SelectMany(line => Gen.Choose(0, 15).Select(cut => cut switch
            {
                0 => line[..(line.Length - 1)],
                1 => line + "0",

                // Short lines, some pairs of which take 18 bytes and a line end, as one line of 18 would.
                >= 2 and <= 7 => line[..((cut - 2) * 3)],
                _ => line,
            }));
        var exports = (from count in Gen.Choose(0, 60)
                       from content in lines.ArrayOf(count)
                       from crlf in Gen.Choose(0, 5)
                       select (Lines: content, LineEnd: crlf == 0 ? "\r\n" : "\n")).ToArbitrary();
        var paths = Enum.GetValues<ResidentIdBatchPath>().Where(ResidentIdBatch.CanRun).ToArray();
        Assert.Contains(ResidentIdBatchPath.Vector128Portable, paths);
        return Prop.ForAll(exports, e =>
        {
            var expected = new long[Enum.GetValues<ResidentIdError>().Length];
            foreach (var line in e.Lines)
            {
                expected[(int)ResidentId.ParseScalar(line.AsSpan(), ResidentIdValidationOptions.Default, out _, out _)]++;
            }

            var export = Encoding.ASCII.GetBytes(string.Concat(e.Lines.Select(l => l + e.LineEnd)));
            return paths.All(path => ResidentIdBatch.ValidateWith(export, default, path).Counts.Select(c => c.Value).SequenceEqual(expected));
        });
    }

    [Fact]
    public void EveryBatchPath_GivesTheScalarVerdicts_UnderEveryOptions_WithEveryVerdictReached()
    {
        // Strict mode and a reference date send lines to the exact path that the default options prove in vectors:
        // retired division codes, births after the reference date or in its year. Lines broken for every verdict (the
        // generator plants each under the options), valid ones, and cut or lengthened ones, in any order; every forced
        // path counts what the scalar parser says line by line, and together the cases reach every verdict.
        ResidentIdValidationOptions[] optionSets =
        [
            default,
            new() { DivisionCodeMode = DivisionCodeMode.Strict },
            new() { NotAfter = new NodaTime.LocalDate(2015, 6, 30) },
            new() { DivisionCodeMode = DivisionCodeMode.Strict, NotAfter = new NodaTime.LocalDate(2015, 6, 30) },
            new() { NotAfter = new NodaTime.LocalDate(1899, 12, 31) },
        ];
        var verdicts = Enum.GetValues<ResidentIdError>();
        var reached = new HashSet<ResidentIdError>();
        var paths = Enum.GetValues<ResidentIdBatchPath>().Where(ResidentIdBatch.CanRun).ToArray();
        var cases = (from seed in Gen.Choose(0, int.MaxValue)
                     from set in Gen.Choose(0, optionSets.Length - 1)
                     from count in Gen.Choose(0, 80)
                     from crlf in Gen.Choose(0, 7)
                     select (Seed: seed, Options: optionSets[set], Count: count, LineEnd: crlf == 0 ? "\r\n" : "\n")).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var random = new Random(c.Seed);
            var generator = new ResidentIdGenerator(c.Seed);
            var lines = Enumerable.Range(0, c.Count).Select(_ =>
            {
                var verdict = random.Next(3) == 0 ? verdicts[random.Next(verdicts.Length)] : ResidentIdError.None;
                var strict = c.Options.DivisionCodeMode == DivisionCodeMode.Strict;
                var needsOptions = verdict switch
                {
                    ResidentIdError.DivisionCodeNotInForce => !strict,
                    ResidentIdError.BirthDateAfterReference => c.Options.NotAfter is not { Year: >= 1901 },
                    _ => false,
                };
                return needsOptions || (verdict == ResidentIdError.None && c.Options.NotAfter is { Year: < 1901 })
                    ? generator.NextBroken(ResidentIdError.CheckCharacter)
                    : generator.NextBroken(verdict, c.Options);
            }).ToArray();
            var expected = new long[verdicts.Length];
            foreach (var line in lines)
            {
                var verdict = ResidentId.ParseScalar(line.AsSpan(), c.Options, out _, out _);
                expected[(int)verdict]++;
                reached.Add(verdict);
            }

            var export = Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + c.LineEnd)));
            return paths.All(path => ResidentIdBatch.ValidateWith(export, c.Options, path).Counts.Select(n => n.Value).SequenceEqual(expected));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));

        Assert.Equal(verdicts.Order(), reached.Order());
    }

    private static bool PathsAgree(string text)
    {
        var scalar = ResidentId.ParseScalar(text.AsSpan(), ResidentIdValidationOptions.Default, out var scalarId, out var scalarExpected);
        var chars = ResidentId.ParseCore(text.AsSpan(), ResidentIdValidationOptions.Default, out var charId, out var charExpected);
        var valid = scalar == ResidentIdError.None;
        var agree = chars == scalar && charId == scalarId && charExpected == scalarExpected
            && ResidentId.TryParse(text.AsSpan(), out var parsedChars) == valid && parsedChars == scalarId;
        if (text.All(c => c <= 0x7F))
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            var bytes = ResidentId.ParseCore<byte>(utf8, ResidentIdValidationOptions.Default, out var byteId, out var byteExpected);
            agree &= bytes == scalar && byteId == scalarId && byteExpected == scalarExpected
                && ResidentId.TryParse(utf8, out var parsedBytes) == valid && parsedBytes == scalarId;
        }

        return agree;
    }
}
