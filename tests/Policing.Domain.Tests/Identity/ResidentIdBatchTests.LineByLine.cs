using System.Runtime.Intrinsics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Tests.Identity;

/// <summary>
/// The batch, on every path this machine can run (each forced: AVX-512, AVX2, the 128-bit path with SSSE3 and the
/// portable one ARM64 runs, line by line), gives exactly the verdicts of
/// <see cref="ResidentId.Validate(ReadOnlySpan{char}, ResidentIdValidationOptions, out char)"/> line by line.
/// </summary>
public sealed partial class ResidentIdBatchTests
{
    private static readonly ResidentIdValidationOptions[] OptionsUnderTest =
    [
        default,
        new() { DivisionCodeMode = DivisionCodeMode.Strict },
        new() { NotAfter = new LocalDate(2001, 3, 15) },
        new() { DivisionCodeMode = DivisionCodeMode.Strict, NotAfter = new LocalDate(2020, 1, 1) },
        new() { NotAfter = new LocalDate(1899, 12, 31) },
    ];

    private static readonly Arbitrary<(byte[] Export, ResidentIdValidationOptions Options)> Exports =
        (from seed in Gen.Choose(0, int.MaxValue)
         from count in Gen.Choose(0, 300)
         from options in Gen.Elements(OptionsUnderTest)
         select (MixedExport(seed, count), options)).ToArbitrary();

    [Property]
    public Property Validate_EqualsValidateLineByLine_OnMixedExports()
    {
        return Prop.ForAll(Exports, e => AllPathsEqualLineByLine(e.Export, e.Options));
    }

    [Property]
    public Property Validate_EqualsValidateLineByLine_OnRandomBytes()
    {
        var bytes = (from seed in Gen.Choose(0, int.MaxValue)
                     from length in Gen.Choose(0, 700)
                     select RandomBytes(seed, length)).ToArbitrary();
        return Prop.ForAll(bytes, b => AllPathsEqualLineByLine(b, default));
    }

    [Fact]
    public void Validate_EqualsValidateLineByLine_ForOneBrokenLineAtEveryPlace()
    {
        // Every count of lines up to two of the largest blocks (16 lines) and more, the broken line in every place, with
        // and without a final line end: the block boundaries and a number straddling the end of the buffer are all covered.
        var generator = new ResidentIdGenerator(3);
        foreach (var error in ResidentIdGenerator.DefaultOptionFailures)
        {
            for (var count = 0; count <= 34; count++)
            {
                for (var broken = -1; broken < count; broken++)
                {
                    var lines = Enumerable.Range(0, count).Select(i => i == broken ? generator.NextBroken(error) : generator.NextValidText()).ToArray();
                    var text = string.Join('\n', lines);
                    Assert.True(AllPathsEqualLineByLine(Encoding.UTF8.GetBytes(text), default), $"{error}, line {broken} of {count}");
                    Assert.True(AllPathsEqualLineByLine(Encoding.UTF8.GetBytes(text + "\n"), default), $"{error}, line {broken} of {count}, final line end");
                }
            }
        }
    }

    [Fact]
    public void Validate_EqualsValidateLineByLine_WhenEveryBlockWaitsForExactVerdicts()
    {
        // A leap day in every block leaves lines open, so that the list of blocks waiting for their exact verdicts
        // fills again and again (it holds 32 blocks); each block is counted a step late, so the counts are right only
        // if the last block before each pause and at the end is counted too. Counts around the list's size in blocks of
        // 8 and 16 lines, with and without a line of another length now and then, and another verdict on most lines.
        var generator = new ResidentIdGenerator(12);
        var leapDay = ResidentIdGenerator.Compose(new DivisionCode(110105), new LocalDate(2000, 2, 29), 123).RevealFull();
        int[] counts = [255, 256, 257, 31 * 16, (31 * 16) + 1, (32 * 16) + 3, (33 * 16) + 7, 1_000];
        foreach (var count in counts)
        {
            foreach (var otherLength in new[] { 0, 37 })
            {
                var lines = Enumerable.Range(0, count).Select(i =>
                    otherLength > 0 && i % otherLength == otherLength - 1 ? generator.NextValidText()[..17]
                    : i % 5 == 0 ? leapDay
                    : generator.NextBroken(ResidentIdGenerator.DefaultOptionFailures[i % ResidentIdGenerator.DefaultOptionFailures.Count]));
                var export = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
                foreach (var options in OptionsUnderTest)
                {
                    Assert.True(AllPathsEqualLineByLine(export, options), $"{count} lines, another length every {otherLength}, {options}");
                }
            }
        }
    }

    [Fact]
    public void EveryVectorPath_SettlesTheLinesItCan_AndLeavesTheOthersToTheExactVerdict()
    {
        // Valid numbers of every kind, lines broken in each way the default options know, a leap day and a control
        // character, mixed. The transposed paths settle every line from their masks but the leap days (29 February
        // needs the year) and the line with a control character (it may hide another line); the AVX-512 path settles
        // only the valid lines.
        var generator = new ResidentIdGenerator(8);
        var random = new Random(8);
        var valid = Enumerable.Range(0, 1_000).Select(i => generator.NextValidText((ResidentIdKind)(1 + (i % 5)))).ToList();
        var broken = ResidentIdGenerator.DefaultOptionFailures.Where(e => e != ResidentIdError.Length)
            .SelectMany(e => Enumerable.Range(0, 20).Select(_ => generator.NextBroken(e)));
        var leapDay = ResidentIdGenerator.Compose(new DivisionCode(110105), new LocalDate(2000, 2, 29), 123).RevealFull();
        var control = "11010519491231\t002";
        var lines = valid.Concat(broken).Concat(Enumerable.Repeat(leapDay, 10)).Concat(Enumerable.Repeat(control, 5))
            .OrderBy(_ => random.Next())
            .ToArray();
        var export = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

        Settles<ResidentIdColumns<ResidentIdWords128<PortableIsa>, Vector128<byte>>>(everyKnownVerdict: true);
        Settles<ResidentIdColumns<ResidentIdWords128<NativeIsa>, Vector128<byte>>>(everyKnownVerdict: true);
        if (ResidentIdBatch.CanRun(ResidentIdBatchPath.Vector256))
        {
            Settles<ResidentIdColumns<ResidentIdWords256, Vector256<byte>>>(everyKnownVerdict: true);
        }

        if (ResidentIdVector512.IsSupported)
        {
            Settles<ResidentIdVector512>(everyKnownVerdict: false);
        }

        void Settles<TKernel>(bool everyKnownVerdict)
            where TKernel : struct, IResidentIdBlockKernel<TKernel>
        {
            var counts = new long[Enum.GetValues<ResidentIdError>().Length];

            var end = ResidentIdBlocks.Count<TKernel>(export, default, counts, out var settled);

            // Every line before the end is counted with its exact verdict; the settled ones are those the kernel can
            // tell, but for a first line counted before the vectors start.
            var counted = lines.Take(end / (ResidentId.Length + 1)).ToArray();
            var name = typeof(TKernel).Name;
            Assert.True(export.Length - end < TKernel.BlockBytes, name);
            foreach (var verdict in Enum.GetValues<ResidentIdError>())
            {
                Assert.Equal(counted.Count(l => ResidentId.Validate(l) == verdict), counts[(int)verdict]);
            }

            var settles = counted.Count(l => everyKnownVerdict
                ? l != control && l[10..14] != "0229"
                : ResidentId.Validate(l) == ResidentIdError.None && l[10..14] != "0229");
            Assert.InRange(settled, settles - TKernel.Lookbehind, settles);
        }
    }

    [Fact]
    public void Validate_LeapDaysPermitsAndForeigners_AsLineByLine()
    {
        string[] lines =
        [
            Text(110105, new LocalDate(2000, 2, 29)), Text(110105, new LocalDate(1904, 2, 29)), Text(110105, new LocalDate(1900, 2, 28)),
            Text(810000, new LocalDate(1990, 12, 31)), Text(820000, new LocalDate(1990, 1, 1)), Text(830000, new LocalDate(1990, 6, 30)),
            Text(371403, new LocalDate(2015, 5, 5)), Text(371403, new LocalDate(1980, 5, 5)),
            Checked("11010519000229123"), Checked("11010520000231123"), Checked("11010519991301123"), Checked("11010519991701123"),
            Checked("11010518991231123"), Checked("11010500000101123"), Checked("11010519990100123"), Checked("11010519990132123"),
            Checked("11010519990431123"), Checked("11010599991231123"), Checked("11010520010315123"), Checked("11010520010316123"),
        ];
        var generator = new ResidentIdGenerator(21);
        var mixed = lines.Concat(Enum.GetValues<ResidentIdKind>().Select(generator.NextValidText)).ToArray();
        foreach (var options in OptionsUnderTest)
        {
            var text = string.Concat(Enumerable.Repeat(string.Join('\n', mixed) + "\n", 5));
            Assert.True(AllPathsEqualLineByLine(Encoding.UTF8.GetBytes(text), options), options.ToString());
        }

        static string Checked(string first17) => first17 + ResidentId.ComputeCheckCharacter(first17);

        static string Text(int division, LocalDate date) =>
            ResidentIdGenerator.Compose(new DivisionCode(division), date, 123).RevealFull();
    }

    private static readonly ResidentIdBatchPath[] RunnablePaths = [.. Enum.GetValues<ResidentIdBatchPath>().Where(ResidentIdBatch.CanRun)];

    private static bool AllPathsEqualLineByLine(byte[] export, ResidentIdValidationOptions options)
    {
        var expected = LineByLine(export, options);
        return RunnablePaths.All(path => expected.Equals(ResidentIdBatch.ValidateWith(export, options, path)))
            && expected.Equals(ResidentIdBatch.Validate(export, options));
    }

    private static ResidentIdBatchResult LineByLine(byte[] export, ResidentIdValidationOptions options)
    {
        var lines = Encoding.Latin1.GetString(export).Split('\n');
        var counts = new long[Enum.GetValues<ResidentIdError>().Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0)
            {
                break;
            }

            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            counts[(int)ResidentId.Validate(line, options, out _)]++;
        }

        return new ResidentIdBatchResult(counts);
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        // Bytes around the ones that matter (digits, X, x, line ends) and any others.
        var random = new Random(seed);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = random.Next(4) switch
            {
                0 => (byte)random.Next(256),
                1 => "\n\r"u8[random.Next(2)],
                2 => "Xx/:0"u8[random.Next(5)],
                _ => (byte)('0' + random.Next(10)),
            };
        }

        return bytes;
    }

    private static byte[] MixedExport(int seed, int count)
    {
        var random = new Random(seed);
        var generator = new ResidentIdGenerator(seed);
        var strict = new ResidentIdValidationOptions { DivisionCodeMode = DivisionCodeMode.Strict, NotAfter = new LocalDate(2000, 1, 1) };
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var line = random.Next(20) switch
            {
                0 => generator.NextBroken(ResidentIdGenerator.DefaultOptionFailures[random.Next(ResidentIdGenerator.DefaultOptionFailures.Count)]),
                1 => generator.NextBroken(ResidentIdError.DivisionCodeNotInForce, strict),
                2 => generator.NextBroken(ResidentIdError.BirthDateAfterReference, strict),
                3 => generator.NextValidText()[..random.Next(ResidentId.Length)],
                4 => generator.NextValidText() + (char)('0' + random.Next(10)),
                5 => string.Empty,
                6 => generator.NextValidText().ToLowerInvariant(),
                7 => Encoding.Latin1.GetString(RandomBytes(random.Next(), random.Next(25))).Replace("\n", string.Empty, StringComparison.Ordinal),
                8 => generator.NextValidText((ResidentIdKind)random.Next(1, 6)),
                9 => ResidentIdGenerator.Compose(new DivisionCode(371403), new LocalDate(1990 + random.Next(35), 1 + random.Next(12), 1), random.Next(1000)).RevealFull(),
                _ => generator.NextValidText(),
            };
            text.Append(line);
            if (i < count - 1 || random.Next(2) == 0)
            {
                text.Append(random.Next(8) == 0 ? "\r\n" : "\n");
            }
        }

        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
