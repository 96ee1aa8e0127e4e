using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Tests.Activity;

/// <summary>A small register: officer C1 answers for beats B1 and B2; A1 is an auxiliary; households F1 (B1), F2 (B2, a must-visit group), F3 (B1).</summary>
internal static class ActivityFixture
{
    public static readonly OfficerId C1 = new("C1");
    public static readonly OfficerId C2 = new("C2");
    public static readonly OfficerId A1 = new("A1");
    public static readonly HouseholdId F1 = new("F1");
    public static readonly HouseholdId F2 = new("F2");
    public static readonly HouseholdId F3 = new("F3");
    public static readonly PersonId P1 = new("P1");
    public static readonly PersonId P2 = new("P2");
    public static readonly PersonId P3 = new("P3");

    public static ActivityContext Context()
    {
        var station = new StationId("S1");
        var office = new OfficeId("W1");
        Officer[] officers = [new(C1, "一", station, OfficerRole.Community), new(C2, "二", station, OfficerRole.Community), new(A1, "辅", station, OfficerRole.Auxiliary)];
        Beat[] beats = [new(new BeatId("B1"), office, "一", C1), new(new BeatId("B2"), office, "二", C1), new(new BeatId("B3"), office, "三", C2)];
        House[] houses =
        [
            new(new HouseId("H1"), new BeatId("B1"), string.Empty, HouseKind.Owner),
            new(new HouseId("H2"), new BeatId("B2"), string.Empty, HouseKind.Owner),
            new(new HouseId("H3"), new BeatId("B1"), string.Empty, HouseKind.Owner),
        ];
        Household[] households = [new(F1, new HouseId("H1")), new(F2, new HouseId("H2")), new(F3, new HouseId("H3"))];
        Resident[] residents =
        [
            new(P1, "甲") { Household = F1 },
            new(P2, "乙") { Household = F2, Groups = ResidentGroups.Vulnerable },
            new(P3, "丙") { Household = F3 },
        ];
        return new ActivityContext(new Register([new Station(station, "一所")], [new PoliceOffice(office, station, "一室")], officers, beats, houses, households, residents));
    }

    public static Instant At(int day, int hour = 10) =>
        new LocalDateTime(2014, 1, day, hour, 0).InZoneStrictly(global::Policing.Domain.Metrics.MonthlyPeriod.DefaultZone).ToInstant();

    public static ActivityLog Log(
        IReadOnlyList<Visit>? visits = null,
        IReadOnlyList<FollowUpCall>? followUps = null,
        IReadOnlyList<Dispute>? disputes = null,
        IReadOnlyList<Mediation>? mediations = null,
        IReadOnlyList<CaseLead>? leads = null,
        IReadOnlyList<Apprehension>? apprehensions = null,
        IReadOnlyList<InformationItem>? information = null,
        IReadOnlyList<ServiceRecord>? services = null) =>
        new(visits ?? [], followUps ?? [], disputes ?? [], mediations ?? [], leads ?? [], apprehensions ?? [], information ?? [], services ?? []);
}
