using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Tests.Identity;

public sealed partial class ResidentIdBatchTests
{
    [Fact]
    public void Validate_GeneratedExport_CountsExactlyThePlantedVerdicts()
    {
        var export = new ResidentIdGenerator(42).NextExport(5_000, 0.4, out var expected);

        var result = ResidentIdBatch.Validate(export);

        Assert.Equal(5_000, result.Lines);
        foreach (var error in Enum.GetValues<ResidentIdError>())
        {
            Assert.Equal(expected.GetValueOrDefault(error), result.CountOf(error));
        }

        Assert.Equal(result.Lines, result.Counts.Sum(c => c.Value));
        Assert.Equal(result.Lines, result.Valid + result.Invalid);
    }

    [Property]
    public Property ValidateParallel_EqualsValidate_ForAnySplit()
    {
        var cases = (from seed in Gen.Choose(0, 10_000)
                     from degree in Gen.Choose(1, 7)
                     from count in Gen.Choose(0, 400)
                     select (Seed: seed, Degree: degree, Count: count)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var export = new ResidentIdGenerator(c.Seed).NextExport(c.Count, 0.5, out _);
            return ResidentIdBatch.ValidateParallel(export, default, c.Degree, minimumPartBytes: 1).Equals(ResidentIdBatch.Validate(export))
                && ResidentIdBatch.ValidateParallel(export, default, c.Degree).Equals(ResidentIdBatch.Validate(export));
        });
    }

    [Property]
    public Property Pieces_CutAtLineEnds_NoneTooSmall_OneForASmallBuffer()
    {
        // The pieces ValidateParallel hands to the cores: the whole buffer in order, each but the last ending with a line
        // end and at least the minimum long, at most four a core (and the rest), and a single piece (the calling thread
        // alone) for a buffer under twice the minimum.
        var cases = (from seed in Gen.Choose(0, 10_000)
                     from parts in Gen.Choose(1, 9)
                     from count in Gen.Choose(0, 300)
                     from minimum in Gen.Choose(1, 2_000)
                     select (Seed: seed, Parts: parts, Count: count, Minimum: minimum)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var export = new ResidentIdGenerator(c.Seed).NextExport(c.Count, 0.3, out _);
            var pieces = ResidentIdBatch.Pieces(export, c.Parts, c.Minimum);
            var contiguous = pieces.Count > 0 && pieces[0].Start == 0
                && pieces.Zip(pieces.Skip(1)).All(p => p.First.Start + p.First.Length == p.Second.Start);
            var lineEnds = pieces.SkipLast(1).All(p => p.Length >= c.Minimum && export[p.Start + p.Length - 1] == (byte)'\n');
            var few = pieces.Count <= (4 * c.Parts) + 1 && (export.Length >= 2 * c.Minimum || pieces.Count == 1);
            return contiguous && lineEnds && few && pieces.Sum(p => p.Length) == export.Length;
        });
    }

    [Fact]
    public void IdentityInstructionSets_AreTheOnesCiAskedFor()
    {
        // CI's step .ci/steps/identity-isa.sh switches instruction sets off and names the path the batch must then take,
        // so that a knob that stopped working (as DOTNET_EnableAVX512F did in .NET 10) fails here instead of silently
        // testing the same path again. Without it, the path follows from what the processor accelerates.
        var expected = Environment.GetEnvironmentVariable("POLICING_EXPECT_BATCH_PATH") is { Length: > 0 } named
            ? Enum.Parse<ResidentIdBatchPath>(named)
            : Vector512.IsHardwareAccelerated && Avx512Vbmi.IsSupported ? ResidentIdBatchPath.Vector512
            : Vector256.IsHardwareAccelerated && Avx2.IsSupported ? ResidentIdBatchPath.Vector256
            : Vector128.IsHardwareAccelerated ? ResidentIdBatchPath.Vector128
            : ResidentIdBatchPath.LineByLine;

        Assert.Equal(expected, ResidentIdBatch.FastestPath);
        Assert.True(ResidentIdBatch.CanRun(expected));
        Assert.Contains(expected == ResidentIdBatchPath.LineByLine ? "one line at a time" : "-bit vectors", ResidentIdBatch.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateParallel_OnALargeExport_EqualsValidate()
    {
        // Large enough to be cut into parts under the real minimum part size.
        var export = new ResidentIdGenerator(5).NextExport(4 * ResidentIdBatch.MinimumPartBytes / ResidentId.Length, 0.2, out var expected);

        var result = ResidentIdBatch.ValidateParallel(export, default, 4);

        Assert.Equal(ResidentIdBatch.Validate(export), result);
        Assert.All(expected, e => Assert.Equal(e.Value, result.CountOf(e.Key)));
    }

    [Fact]
    public void Validate_LineEnds_CrLfAndMissingFinalNewlineAndEmptyLines()
    {
        var text = "11010519491231002X\r\n110105194912310021\n\n11010519491231002x";

        var result = ResidentIdBatch.Validate(Encoding.UTF8.GetBytes(text));

        Assert.Equal(4, result.Lines);
        Assert.Equal(2, result.Valid);
        Assert.Equal(1, result.CountOf(ResidentIdError.CheckCharacter));
        Assert.Equal(1, result.CountOf(ResidentIdError.Length));
        Assert.Equal(ResidentIdBatchResult.Empty, ResidentIdBatch.Validate(ReadOnlySpan<byte>.Empty));
        Assert.Equal(1, ResidentIdBatch.Validate("11010519491231002X\n"u8).Lines);
    }

    [Property]
    public Property Plus_IsAssociativeAndCommutative_WithEmptyAsIdentity()
    {
        var parts = Gen.Choose(0, 10_000).Select(seed => ResidentIdBatch.Validate(new ResidentIdGenerator(seed).NextExport(30, 0.5, out _))).ToArbitrary();
        return Prop.ForAll(parts, parts, parts, (a, b, c) =>
            a.Plus(b).Plus(c).Equals(a.Plus(b.Plus(c)))
            && a.Plus(b).Equals(b.Plus(a))
            && a.Plus(ResidentIdBatchResult.Empty).Equals(a)
            && a.Plus(b).Lines == a.Lines + b.Lines);
    }

    [Fact]
    public void Result_RejectsUndefinedVerdicts_AndPrintsItsCounts()
    {
        var result = ResidentIdBatch.Validate("11010519491231002X\n110105194912310021\n"u8);

        Assert.Throws<ArgumentOutOfRangeException>(() => result.CountOf((ResidentIdError)99));
        Assert.Equal("lines 2, None 1, CheckCharacter 1", result.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdBatch.ValidateParallel(Array.Empty<byte>(), default, 0));
    }
}
