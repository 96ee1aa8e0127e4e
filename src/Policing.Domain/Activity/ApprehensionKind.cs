namespace Policing.Domain.Activity;

/// <summary>Who was caught.</summary>
[ExhaustiveEnum]
public enum ApprehensionKind
{
    /// <summary>A criminal suspect (犯罪嫌疑人).</summary>
    Suspect = 0,

    /// <summary>A fugitive (逃犯).</summary>
    Fugitive = 1,
}
