namespace Policing.Domain;

/// <summary>
/// Marks a property of a tally or report as a metric that award rules judge. The analyzers shipped with the
/// library use it: comparing a metric with a literal (POL001) or dividing two metrics by hand (POL002) is
/// reported, because thresholds belong to the rule set in force and rates to the library's exact
/// <see cref="Rate"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class MetricAttribute : Attribute
{
}
