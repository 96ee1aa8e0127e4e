using Policing.Domain.Beats;
using Policing.Domain.Population;
using static Policing.Domain.Testing.Dataset.DatasetFiles;

namespace Policing.Domain.Testing.Dataset;

/// <summary>
/// Reads a dataset folder (DATASET.md, version 1). Rows that cannot be used are reported with file, line, column
/// and reason, and the rest go on; only a missing required file or column stops the read.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static partial class DatasetReader
{
    /// <summary>Reads a dataset folder: the register files, and the activity files that are present.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="progress">Told the name of each file as it is read; may be <see langword="null"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetException">A required file or a required column is missing.</exception>
    public static Dataset Read(string folder, Action<string>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DatasetException($"The dataset folder '{folder}' does not exist.");
        }

        var log = new DatasetLog();
        progress?.Invoke(Stations);
        var stations = CsvTable.Read(folder, Stations, true, ["station_id"], r => new Station(new StationId(r.Required("station_id")), r.Optional("name") ?? string.Empty), log);
        var stationIds = stations.Select(s => s.Id).ToHashSet();
        progress?.Invoke(Offices);
        var offices = CsvTable.Read(folder, Offices, true, ["office_id", "station_id"], r => new PoliceOffice(
            new OfficeId(r.Required("office_id")),
            Known(stationIds, new StationId(r.Required("station_id")), "station_id", Stations),
            r.Optional("name") ?? string.Empty), log);
        var officeIds = offices.Select(o => o.Id).ToHashSet();
        progress?.Invoke(Officers);
        var officers = CsvTable.Read(folder, Officers, true, ["officer_id", "station_id", "role"], r => new Officer(
            new OfficerId(r.Required("officer_id")),
            r.Optional("name") ?? string.Empty,
            Known(stationIds, new StationId(r.Required("station_id")), "station_id", Stations),
            r.RequiredCode("role", DatasetCodes.Roles)), log);
        progress?.Invoke(DatasetFiles.Beats);
        var beats = CsvTable.Read(folder, DatasetFiles.Beats, true, ["beat_id", "office_id"], r => new Beat(
            new BeatId(r.Required("beat_id")),
            Known(officeIds, new OfficeId(r.Required("office_id")), "office_id", Offices),
            r.Optional("name") ?? string.Empty,
            r.Optional("officer_id") is { } officer ? new OfficerId(officer) : null), log);
        var beatIds = beats.Select(b => b.Id).ToHashSet();
        progress?.Invoke(DatasetFiles.Houses);
        var houses = CsvTable.Read(folder, DatasetFiles.Houses, true, ["house_id", "beat_id", "kind"], r => new House(
            new HouseId(r.Required("house_id")),
            Known(beatIds, new BeatId(r.Required("beat_id")), "beat_id", DatasetFiles.Beats),
            r.Optional("address") ?? string.Empty,
            r.RequiredCode("kind", DatasetCodes.HouseKinds)), log);
        progress?.Invoke(DatasetFiles.Households);
        var households = CsvTable.Read(folder, DatasetFiles.Households, true, ["household_id", "house_id"], r => new Household(
            new HouseholdId(r.Required("household_id")),
            new HouseId(r.Required("house_id"))), log);
        progress?.Invoke(DatasetFiles.Residents);
        var residents = CsvTable.Read(folder, DatasetFiles.Residents, true, ["person_id", "name"], ReadResident, log);
        return new Dataset
        {
            Folder = folder,
            Stations = stations,
            Offices = offices,
            Officers = officers,
            Beats = beats,
            Houses = houses,
            Households = households,
            Residents = residents,
            Activity = ReadActivity(folder, log, progress),
            Log = log,
        };
    }

    private static Resident ReadResident(CsvRow r)
    {
        var groups = ResidentGroups.None;
        foreach (var group in r.List("groups"))
        {
            groups |= DatasetCodes.Groups.TryGetValue(group, out var g)
                ? g
                : throw new RowException("groups", $"'{group}' is not one of {string.Join(", ", DatasetCodes.Groups.Keys)}");
        }

        return new Resident(new PersonId(r.Required("person_id")), r.Required("name"))
        {
            Number = r.Optional("id_number") is { } number ? new RecordedIdNumber(number) : null,
            BirthDate = r.OptionalDate("birth_date"),
            Gender = r.OptionalCode("gender", DatasetCodes.Genders),
            Household = r.Optional("household_id") is { } household ? new HouseholdId(household) : null,
            LivingHouse = r.Optional("living_house_id") is { } house ? new HouseId(house) : null,
            Groups = groups,
        };
    }

    private static T Known<T>(HashSet<T> ids, T id, string column, string file) =>
        ids.Contains(id) ? id : throw new RowException(column, $"'{id}' is not in {file}");
}
