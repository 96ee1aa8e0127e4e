using Policing.Domain.Data;
using Policing.Domain.Testing.Activity;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Testing.Dataset;

/// <summary>Writes a generated city and its month as a dataset folder (DATASET.md), through <see cref="DatasetWriter"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SyntheticDataset
{
    /// <summary>Writes the register files of a generated city, creating the folder if needed.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="city">The city.</param>
    /// <param name="options">How to write; UTF-8 when <see langword="null"/>.</param>
    /// <param name="progress">Told the count of residents written, every 100,000; may be <see langword="null"/>.</param>
    /// <returns>The number of residents written.</returns>
    public static long WritePopulation(string folder, SyntheticCity city, DatasetWriteOptions? options = null, Action<long>? progress = null)
    {
        Guard.Against.Null(city);
        var register = new Data.Dataset
        {
            Stations = city.Stations,
            Offices = city.Offices,
            Officers = city.Officers,
            Beats = city.Beats,
            Houses = city.Houses,
            Households = city.Households,
            Residents = [],
        };
        return DatasetWriter.WriteRegister(folder, register, city.Residents, options, progress);
    }

    /// <summary>
    /// Writes the activity files of a generated month, its instants in the month's zone. Each household's last visit
    /// before the month is written as a visit too (<see cref="GeneratedActivity.WithHistory"/>), so that a reader can
    /// plan the month from visits.csv alone.
    /// </summary>
    /// <param name="folder">The dataset folder (with the city's register files).</param>
    /// <param name="city">The city.</param>
    /// <param name="activity">The month's activity.</param>
    /// <param name="options">How to write; UTF-8 when <see langword="null"/> (the zone is always the month's).</param>
    /// <returns>The number of events written, history visits included.</returns>
    public static long WriteActivity(string folder, SyntheticCity city, GeneratedActivity activity, DatasetWriteOptions? options = null)
    {
        Guard.Against.Null(city);
        Guard.Against.Null(activity);
        return DatasetWriter.WriteActivity(folder, activity.WithHistory(city), (options ?? DatasetWriteOptions.Default) with { Zone = activity.Period.Zone });
    }
}
