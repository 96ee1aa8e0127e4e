namespace Policing.Domain.Population;

/// <summary>What a house is used for, as the register records it.</summary>
[ExhaustiveEnum]
public enum HouseKind : byte
{
    /// <summary>Lived in by its owner.</summary>
    Owner = 1,

    /// <summary>Rental housing (出租屋): its tenants are often floating population.</summary>
    Rental = 2,

    /// <summary>Recorded as vacant.</summary>
    Vacant = 3,

    /// <summary>Any other use.</summary>
    Other = 4,
}
