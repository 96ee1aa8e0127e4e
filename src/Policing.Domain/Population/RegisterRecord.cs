namespace Policing.Domain.Population;

/// <summary>The lists a <see cref="Register"/> is built from, in the order its problems are listed.</summary>
[ExhaustiveEnum]
public enum RegisterRecord : byte
{
    /// <summary>A police station.</summary>
    Station = 0,

    /// <summary>A police office.</summary>
    Office = 1,

    /// <summary>An officer.</summary>
    Officer = 2,

    /// <summary>A beat.</summary>
    Beat = 3,

    /// <summary>A house.</summary>
    House = 4,

    /// <summary>A household.</summary>
    Household = 5,

    /// <summary>A resident.</summary>
    Resident = 6,
}
