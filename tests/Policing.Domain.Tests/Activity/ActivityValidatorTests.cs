using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using static Policing.Domain.Tests.Activity.ActivityFixture;

namespace Policing.Domain.Tests.Activity;

public sealed class ActivityValidatorTests
{
    [Fact]
    public void Validate_RejectsEachBrokenRule_WithItsReason_AndKeepsTheRest()
    {
        var dispute = new Dispute(new DisputeId("D1"), new BeatId("B1"), DisputeKind.Neighbour, At(3), [P1, P3]);
        var log = Log(
            visits:
            [
                new Visit(new VisitId("V1"), C1, F1, At(2), VisitKind.Routine, VisitOutcomes.Information),
                new Visit(new VisitId("V1"), C1, F1, At(2), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V2"), new OfficerId("C9"), F1, At(2), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V3"), C1, new HouseholdId("F9"), At(2), VisitKind.Routine, VisitOutcomes.None),
                new Visit(new VisitId("V4"), A1, F3, At(2), VisitKind.Routine, VisitOutcomes.None),
            ],
            followUps:
            [
                new FollowUpCall(new CallId("T1"), FollowUpSubject.Visit, "V1", P1, At(1), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T2"), FollowUpSubject.Visit, "V9", P1, At(3), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T3"), FollowUpSubject.Visit, "V1", new PersonId("P9"), At(3), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T4"), FollowUpSubject.Registration, "F1", P1, At(3), FollowUpResult.Satisfied),
                new FollowUpCall(new CallId("T5"), FollowUpSubject.Registration, " ", P1, At(3), FollowUpResult.Satisfied),
            ],
            disputes:
            [
                dispute,
                new Dispute(new DisputeId("D2"), new BeatId("B1"), DisputeKind.Fight, At(3), [P1, P1]),
                new Dispute(new DisputeId("D3"), new BeatId("B9"), DisputeKind.Fight, At(3), [P1, P3]),
                new Dispute(new DisputeId("D4"), new BeatId("B1"), DisputeKind.Fight, At(3), [P1, new PersonId("P9")]),
            ],
            mediations:
            [
                new Mediation(new MediationId("M1"), new DisputeId("D1"), C1, At(4), MediationMode.OnSite, MediationOutcome.Resolved),
                new Mediation(new MediationId("M2"), new DisputeId("D9"), C1, At(4), MediationMode.OnSite, MediationOutcome.Resolved),
                new Mediation(new MediationId("M3"), new DisputeId("D1"), C1, At(2), MediationMode.OnSite, MediationOutcome.Resolved),
            ],
            information:
            [
                new InformationItem(new InformationItemId("I1"), C1, InformationKind.Lead, new LocalDate(2014, 1, 5), new LocalDate(2014, 1, 4)),
            ]);

        var result = ActivityValidator.Validate(log, Context());

        Assert.Equal(
            [
                ("visit", "V1", RejectionReason.DuplicateId), ("visit", "V2", RejectionReason.UnknownOfficer), ("visit", "V3", RejectionReason.UnknownHousehold),
                ("dispute", "D2", RejectionReason.TooFewParties), ("dispute", "D3", RejectionReason.UnknownBeat), ("dispute", "D4", RejectionReason.UnknownPerson),
                ("mediation", "M2", RejectionReason.UnknownDispute), ("mediation", "M3", RejectionReason.BeforeSubject),
                ("information", "I1", RejectionReason.EnteredBeforeCollected),
                ("followup", "T1", RejectionReason.BeforeSubject), ("followup", "T2", RejectionReason.UnknownSubject),
                ("followup", "T3", RejectionReason.UnknownPerson), ("followup", "T5", RejectionReason.UnknownHousehold),
            ],
            result.Rejections.Select(r => (r.Kind, r.Id, r.Reason)));
        Assert.Equal(log.Count, result.Read);
        Assert.Equal(result.Read, result.Accepted.Count + result.Rejections.Count);
        Assert.Equal(1, result.CreditedToAuxiliaries);
        Assert.Equal(["V1", "V4"], result.Accepted.Visits.Select(v => v.Id.Value));
        Assert.Contains("C9", result.Rejections[1].Detail, StringComparison.Ordinal);
    }
}
