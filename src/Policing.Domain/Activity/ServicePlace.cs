namespace Policing.Domain.Activity;

/// <summary>Where a service was given.</summary>
[ExhaustiveEnum]
public enum ServicePlace
{
    /// <summary>At the police station.</summary>
    Station = 0,

    /// <summary>At the police office.</summary>
    Office = 1,

    /// <summary>At the resident's home (上门服务).</summary>
    Home = 2,
}
