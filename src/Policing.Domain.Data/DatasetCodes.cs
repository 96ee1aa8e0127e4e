using Policing.Domain.Activity;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Population;

namespace Policing.Domain.Data;

/// <summary>The codes of a dataset folder's enumerated columns, both ways.</summary>
internal static class DatasetCodes
{
    internal static readonly Dictionary<string, OfficerRole> Roles = new(StringComparer.Ordinal)
    {
        ["community"] = OfficerRole.Community,
        ["auxiliary"] = OfficerRole.Auxiliary,
        ["business"] = OfficerRole.Business,
    };

    internal static readonly Dictionary<string, HouseKind> HouseKinds = new(StringComparer.Ordinal)
    {
        ["owner"] = HouseKind.Owner,
        ["rental"] = HouseKind.Rental,
        ["vacant"] = HouseKind.Vacant,
        ["other"] = HouseKind.Other,
    };

    internal static readonly Dictionary<string, Gender> Genders = new(StringComparer.Ordinal)
    {
        ["M"] = Gender.Male,
        ["F"] = Gender.Female,
    };

    internal static readonly Dictionary<string, ResidentGroups> Groups = new(StringComparer.Ordinal)
    {
        ["cadre"] = ResidentGroups.Cadre,
        ["retired_cadre"] = ResidentGroups.RetiredCadre,
        ["key_person"] = ResidentGroups.KeyPerson,
        ["victim_family"] = ResidentGroups.VictimFamily,
        ["vulnerable"] = ResidentGroups.Vulnerable,
        ["community_correction"] = ResidentGroups.CommunityCorrection,
    };

    internal static readonly Dictionary<string, VisitKind> VisitKinds = new(StringComparer.Ordinal) { ["routine"] = VisitKind.Routine, ["priority"] = VisitKind.Priority };

    internal static readonly Dictionary<string, VisitOutcomes> Outcomes = new(StringComparer.Ordinal)
    {
        ["information"] = VisitOutcomes.Information, ["prevention"] = VisitOutcomes.Prevention, ["service"] = VisitOutcomes.Service,
        ["dispute"] = VisitOutcomes.Dispute, ["assistance"] = VisitOutcomes.Assistance,
    };

    internal static readonly Dictionary<string, FollowUpSubject> Subjects = new(StringComparer.Ordinal)
    {
        ["visit"] = FollowUpSubject.Visit, ["service"] = FollowUpSubject.Service, ["mediation"] = FollowUpSubject.Mediation, ["registration"] = FollowUpSubject.Registration,
    };

    internal static readonly Dictionary<string, FollowUpResult> Results = new(StringComparer.Ordinal)
    {
        ["satisfied"] = FollowUpResult.Satisfied, ["dissatisfied"] = FollowUpResult.Dissatisfied, ["unreachable"] = FollowUpResult.Unreachable,
    };

    internal static readonly Dictionary<string, DisputeKind> DisputeKinds = new(StringComparer.Ordinal)
    {
        ["neighbour"] = DisputeKind.Neighbour, ["homestead"] = DisputeKind.Homestead, ["fight"] = DisputeKind.Fight,
        ["public_order"] = DisputeKind.PublicOrder, ["traffic"] = DisputeKind.Traffic, ["other"] = DisputeKind.Other,
    };

    internal static readonly Dictionary<string, MediationMode> Modes = new(StringComparer.Ordinal) { ["on_site"] = MediationMode.OnSite, ["home"] = MediationMode.Home };

    internal static readonly Dictionary<string, MediationOutcome> MediationOutcomes = new(StringComparer.Ordinal)
    {
        ["resolved"] = MediationOutcome.Resolved, ["failed"] = MediationOutcome.Failed, ["escalated"] = MediationOutcome.Escalated,
    };

    internal static readonly Dictionary<string, CaseKind> CaseKinds = new(StringComparer.Ordinal)
    {
        ["criminal"] = CaseKind.Criminal, ["public_order"] = CaseKind.PublicOrder, ["narcotics"] = CaseKind.Narcotics, ["economic"] = CaseKind.Economic,
    };

    internal static readonly Dictionary<string, ApprehensionKind> ApprehensionKinds = new(StringComparer.Ordinal) { ["suspect"] = ApprehensionKind.Suspect, ["fugitive"] = ApprehensionKind.Fugitive };

    internal static readonly Dictionary<string, InformationKind> InformationKinds = new(StringComparer.Ordinal)
    {
        ["floating_population"] = InformationKind.FloatingPopulation, ["rental_house"] = InformationKind.RentalHouse, ["lead"] = InformationKind.Lead, ["other"] = InformationKind.Other,
    };

    internal static readonly Dictionary<string, ServicePlace> Places = new(StringComparer.Ordinal) { ["station"] = ServicePlace.Station, ["office"] = ServicePlace.Office, ["home"] = ServicePlace.Home };

    internal static readonly Dictionary<string, Recognition> Recognitions = new(StringComparer.Ordinal)
    {
        ["none"] = Recognition.None, ["pennant"] = Recognition.Pennant, ["letter"] = Recognition.Letter, ["follow_up"] = Recognition.FollowUp,
    };

    internal static string OutcomesOf(VisitOutcomes outcomes) =>
        string.Join(';', Outcomes.Where(o => (outcomes & o.Value) != 0).Select(o => o.Key));

    internal static string CodeOf<T>(Dictionary<string, T> codes, T value)
        where T : struct =>
        codes.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Key;

    internal static string GroupsOf(ResidentGroups groups) =>
        string.Join(';', Groups.Where(g => (groups & g.Value) != 0).Select(g => g.Key));
}
