using Policing.Domain.Beats;

namespace Policing.Domain.Tests.Beats;

public sealed class BeatCoverageTests
{
    private static readonly StationId Station = new("S1");
    private static readonly OfficeId Office = new("W1");

    [Fact]
    public void Check_ReportsEveryBrokenAssignment_AndTheBeatsOfEachOfficer()
    {
        Officer[] officers =
        [
            new(new OfficerId("C1"), "薛翠翠", Station, OfficerRole.Community),
            new(new OfficerId("A1"), "辅警", Station, OfficerRole.Auxiliary),
            new(new OfficerId("X1"), "交警", Station, OfficerRole.Business),
        ];
        Beat[] beats =
        [
            new(new BeatId("B5"), Office, "五", new OfficerId("C1")),
            new(new BeatId("B1"), Office, "一", new OfficerId("C1")),
            new(new BeatId("B2"), Office, "二", null),
            new(new BeatId("B3"), Office, "三", new OfficerId("A1")),
            new(new BeatId("B4"), Office, "四", new OfficerId("Z9")),
            new(new BeatId("B6"), Office, "六", new OfficerId("X1")),
        ];

        var report = BeatCoverage.Check(beats, officers);

        Assert.False(report.IsComplete);
        Assert.Equal(6, report.Beats);
        Assert.Equal(
            [("B2", AssignmentProblem.Uncovered), ("B3", AssignmentProblem.Auxiliary), ("B4", AssignmentProblem.UnknownOfficer), ("B6", AssignmentProblem.NotCommunityOfficer)],
            report.Findings.Select(f => (f.Beat.Value, f.Problem)));
        Assert.Equal(["B1", "B5"], report.BeatsByOfficer[new OfficerId("C1")].Select(b => b.Value));
    }

    [Fact]
    public void Check_OneOfficerPerBeat_IsComplete_AndDuplicatesAreRefused()
    {
        var officer = new Officer(new OfficerId("C1"), "民警", Station, OfficerRole.Community);
        var beat = new Beat(new BeatId("B1"), Office, "一", officer.Id);

        Assert.True(BeatCoverage.Check([beat], [officer]).IsComplete);
        Assert.Throws<ArgumentException>(() => BeatCoverage.Check([beat, beat], [officer]));
        Assert.Throws<ArgumentException>(() => BeatCoverage.Check([beat], [officer, officer]));
    }
}
