using System.Globalization;
using NodaTime;
using Policing.Domain.Activity;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Testing.Activity;

/// <summary>A generated month of activity: the log, and the date of each household's last visit before the month (for the visit plan).</summary>
/// <param name="Period">The month.</param>
/// <param name="Log">The events.</param>
/// <param name="LastVisits">The last visit before the month of every household visited in the past.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record GeneratedActivity(MonthlyPeriod Period, ActivityLog Log, IReadOnlyDictionary<HouseholdId, LocalDate> LastVisits)
{
    /// <summary>
    /// Gets the log with each household's last visit before the month added as a visit (ids <c>HV00000000</c> on,
    /// at 10:00, credited to the officer of its beat), so that the month's visit plan can be rebuilt from the visits
    /// alone, as from a platform's export.
    /// </summary>
    /// <param name="city">The city the activity was generated for.</param>
    /// <returns>The log, the history visits first.</returns>
    public ActivityLog WithHistory(SyntheticCity city)
    {
        Guard.Against.Null(city);
        var zone = Period.Zone;
        var houseBeat = city.Houses.ToDictionary(h => h.Id, h => h.Beat);
        var responsible = city.Beats.Where(b => b.ResponsibleOfficer is not null).ToDictionary(b => b.Id, b => b.ResponsibleOfficer!.Value);
        var history = city.Households
            .Where(h => LastVisits.ContainsKey(h.Id) && responsible.ContainsKey(houseBeat[h.RegisteredHouse]))
            .Select((h, i) => new Visit(
                new VisitId(string.Create(CultureInfo.InvariantCulture, $"HV{i:D8}")),
                responsible[houseBeat[h.RegisteredHouse]],
                h.Id,
                LastVisits[h.Id].At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant(),
                VisitKind.Routine,
                VisitOutcomes.Information));
        return Log with { Visits = [.. history.Concat(Log.Visits)] };
    }
}
