namespace Policing.Domain.Identity;

/// <summary>
/// The kind of holder an 18-character identity number belongs to. The kinds share one layout and one check
/// character, but they are different documents, and a number of one kind must never be reported as another.
/// </summary>
[ExhaustiveEnum]
public enum ResidentIdKind : byte
{
    /// <summary>A citizen identity number (公民身份号码, GB 11643-1999).</summary>
    Citizen = 1,

    /// <summary>A residence permit of a resident of Hong Kong (division prefix 81, since 2018).</summary>
    HongKongResident = 2,

    /// <summary>A residence permit of a resident of Macao (division prefix 82, since 2018).</summary>
    MacaoResident = 3,

    /// <summary>A residence permit of a resident of Taiwan (division prefix 83, since 2018).</summary>
    TaiwanResident = 4,

    /// <summary>
    /// A foreigner's permanent-residence identity card of the 2023 standard (GA 2102-2023): it begins with 9,
    /// then a province code and a nationality code. It is not a citizen's number.
    /// </summary>
    ForeignPermanentResident = 5,
}
