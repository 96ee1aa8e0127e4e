using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Metrics;
using Policing.Domain.Population;

namespace Policing.Domain.Testing.Activity;

/// <summary>A generated month of activity: the log, and the date of each household's last visit before the month (for the visit plan).</summary>
/// <param name="Period">The month.</param>
/// <param name="Log">The events.</param>
/// <param name="LastVisits">The last visit before the month of every household visited in the past.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record GeneratedActivity(MonthlyPeriod Period, ActivityLog Log, IReadOnlyDictionary<HouseholdId, LocalDate> LastVisits);
