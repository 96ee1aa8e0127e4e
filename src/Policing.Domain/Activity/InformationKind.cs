namespace Policing.Domain.Activity;

/// <summary>What an information item is about.</summary>
[ExhaustiveEnum]
public enum InformationKind
{
    /// <summary>Floating population (流动人口).</summary>
    FloatingPopulation = 0,

    /// <summary>Rental housing (出租屋).</summary>
    RentalHouse = 1,

    /// <summary>A lead (线索信息).</summary>
    Lead = 2,

    /// <summary>Other base information.</summary>
    Other = 3,
}
