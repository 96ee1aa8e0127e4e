using System.Globalization;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using Policing.Domain.Testing.Population;
using static Policing.Domain.Testing.Dataset.DatasetFiles;

namespace Policing.Domain.Testing.Dataset;

/// <summary>Writes a dataset folder (DATASET.md, version 1).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static partial class DatasetWriter
{
    /// <summary>Writes the register files of a generated city, creating the folder if needed.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="city">The city.</param>
    /// <param name="progress">Told the count of residents written, every 100,000; may be <see langword="null"/>.</param>
    /// <returns>The number of residents written.</returns>
    public static long WritePopulation(string folder, SyntheticCity city, Action<long>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(city);
        Directory.CreateDirectory(folder);
        Write(folder, Stations, StationColumns, city.Stations, s => [s.Id.Value, s.Name]);
        Write(folder, Offices, OfficeColumns, city.Offices, o => [o.Id.Value, o.Station.Value, o.Name]);
        Write(folder, Officers, OfficerColumns, city.Officers, o => [o.Id.Value, o.Name, o.Station.Value, DatasetCodes.CodeOf(DatasetCodes.Roles, o.Role)]);
        Write(folder, DatasetFiles.Beats, BeatColumns, city.Beats, b => [b.Id.Value, b.Office.Value, b.Name, b.ResponsibleOfficer?.Value]);
        Write(folder, DatasetFiles.Houses, HouseColumns, city.Houses, h => [h.Id.Value, h.Beat.Value, h.Address, DatasetCodes.CodeOf(DatasetCodes.HouseKinds, h.Kind)]);
        Write(folder, DatasetFiles.Households, HouseholdColumns, city.Households, h => [h.Id.Value, h.RegisteredHouse.Value]);
        long written = 0;
        using var residents = new CsvWriter(Path.Combine(folder, DatasetFiles.Residents), ResidentColumns);
        foreach (var r in city.Residents)
        {
            residents.WriteRow(ResidentRow(r));
            if (++written % 100_000 == 0)
            {
                progress?.Invoke(written);
            }
        }

        return written;
    }

    private static string?[] ResidentRow(Resident r) =>
    [
        r.Id.Value,
        r.Name,
        r.Number?.RevealRecorded(),
        r.BirthDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        r.Gender is { } g ? DatasetCodes.CodeOf(DatasetCodes.Genders, g) : null,
        r.Household?.Value,
        r.LivingHouse?.Value,
        DatasetCodes.GroupsOf(r.Groups),
    ];

    private static void Write<T>(string folder, string file, string[] columns, IEnumerable<T> rows, Func<T, string?[]> fields)
    {
        using var writer = new CsvWriter(Path.Combine(folder, file), columns);
        foreach (var row in rows)
        {
            writer.WriteRow(fields(row));
        }
    }
}
