using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Population;

namespace Policing.Domain.Testing.Dataset;

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

    internal static string CodeOf<T>(Dictionary<string, T> codes, T value)
        where T : struct =>
        codes.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Key;

    internal static string GroupsOf(ResidentGroups groups) =>
        string.Join(';', Groups.Where(g => (groups & g.Value) != 0).Select(g => g.Key));
}
