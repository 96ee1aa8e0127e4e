namespace Policing.Domain.Population;

/// <summary>
/// The groups a resident belongs to that the officer must visit (五必访, Dongping) or track. A resident may
/// belong to several.
/// </summary>
[Flags]
public enum ResidentGroups : byte
{
    /// <summary>No group.</summary>
    None = 0,

    /// <summary>A grassroots cadre (基层干部).</summary>
    Cadre = 1,

    /// <summary>A retired party member or cadre (离退休党员干部).</summary>
    RetiredCadre = 2,

    /// <summary>A key person (重点人员).</summary>
    KeyPerson = 4,

    /// <summary>A member of the family of a crime victim (被侵害人家庭).</summary>
    VictimFamily = 8,

    /// <summary>A vulnerable person (弱势群体).</summary>
    Vulnerable = 16,

    /// <summary>A person under community correction (社区矫正对象), tracked as a key person.</summary>
    CommunityCorrection = 32,

    /// <summary>Every group whose members must be visited.</summary>
    MustVisit = Cadre | RetiredCadre | KeyPerson | VictimFamily | Vulnerable | CommunityCorrection,
}
