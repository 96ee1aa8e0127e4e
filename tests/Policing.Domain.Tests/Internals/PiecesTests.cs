using FsCheck;
using FsCheck.Fluent;
using Policing.Domain.Activity;

namespace Policing.Domain.Tests.Internals;

/// <summary>
/// The passes over the log hand their items out in pieces, a core taking the next piece as it finishes one: every item
/// is in exactly one piece, the pieces lie in order, and each piece is run once, whatever the cores.
/// </summary>
public sealed class PiecesTests
{
    [Fact]
    public void EveryItem_IsInOnePiece_AndEveryPieceRunsOnce_InOrderOfItems()
    {
        var cases = Gen.Choose(0, 5_000).SelectMany(count => Gen.Choose(1, 40).SelectMany(pieces =>
            Gen.Choose(1, 6).Select(cores => (count, pieces, cores))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var seen = new int[c.count];
            var bounds = new (int Start, int End)[c.pieces];
            var runs = new int[c.pieces];
            ActivityColumns.ForPieces(c.count, c.pieces, new ParallelOptions { MaxDegreeOfParallelism = c.cores }, (piece, start, end) =>
            {
                Interlocked.Increment(ref runs[piece]);
                bounds[piece] = (start, end);
                for (var i = start; i < end; i++)
                {
                    Interlocked.Increment(ref seen[i]);
                }
            });

            Assert.All(runs, r => Assert.Equal(1, r));
            Assert.All(seen, s => Assert.Equal(1, s));
            Assert.Equal(0, bounds[0].Start);
            Assert.Equal(c.count, bounds[^1].End);
            for (var p = 1; p < c.pieces; p++)
            {
                Assert.Equal(bounds[p - 1].End, bounds[p].Start);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ForRanges_RunsTheBodyOnceForEveryItem()
    {
        Prop.ForAll(Gen.Choose(0, 20_000).ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (count, cores) =>
        {
            var seen = new int[count];
            ActivityColumns.ForRanges(count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i => Interlocked.Increment(ref seen[i]));
            Assert.All(seen, s => Assert.Equal(1, s));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(15, 2, 1)]
    [InlineData(32, 2, 2)]
    [InlineData(100, 1, 6)]
    [InlineData(1_000, 1, 8)]
    [InlineData(10_000_000, 2, 16)]
    [InlineData(10_000_000, 64, 512)]
    public void Pieces_AreEightACore_NoneUnderSixteenItems(int count, int parts, int expected) =>
        Assert.Equal(expected, ActivityColumns.Pieces(count, parts));
}
