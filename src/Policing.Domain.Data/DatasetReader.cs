using Policing.Domain.Beats;
using Policing.Domain.Data.Csv;
using Policing.Domain.Population;
using static Policing.Domain.Data.DatasetFiles;

namespace Policing.Domain.Data;

/// <summary>
/// Reads a dataset folder (DATASET.md, version 1). Rows that cannot be used are reported with file, line, column
/// and reason, and the rest go on; only a missing required file or column, or a file whose bytes are not valid in
/// the encoding read, stops the read.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static partial class DatasetReader
{
    /// <summary>Reads a dataset folder: the register files, and the activity files that are present.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="options">How to read it; UTF-8 when <see langword="null"/>.</param>
    /// <param name="progress">Told the name of each file as it is read; may be <see langword="null"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetException">
    /// The folder or a required file or column is missing, or a file holds bytes that are not valid in the encoding
    /// read (the message names the file and the line, and the encoding that reads it if it looks like GB18030).
    /// </exception>
    public static Dataset Read(string folder, DatasetReadOptions? options = null, Action<string>? progress = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DatasetException($"The dataset folder '{folder}' does not exist.");
        }

        var log = new DatasetLog();
        var files = new Files(folder, (options ?? DatasetReadOptions.Default).Encoding, log, progress);

        var stations = files.Read(StationColumns.Layout, r => new Station(new StationId(r.Required(StationColumns.Id)), r.Optional(StationColumns.Name) ?? string.Empty));
        var stationIds = stations.Select(s => s.Id).ToHashSet();
        var offices = files.Read(OfficeColumns.Layout, r => new PoliceOffice(
            new OfficeId(r.Required(OfficeColumns.Id)),
            r.Known(OfficeColumns.Station, stationIds, id => new StationId(id), Stations),
            r.Optional(OfficeColumns.Name) ?? string.Empty));
        var officeIds = offices.Select(o => o.Id).ToHashSet();
        var officers = files.Read(OfficerColumns.Layout, r => new Officer(
            new OfficerId(r.Required(OfficerColumns.Id)),
            r.Optional(OfficerColumns.Name) ?? string.Empty,
            r.Known(OfficerColumns.Station, stationIds, id => new StationId(id), Stations),
            r.RequiredCode(OfficerColumns.Role, DatasetCodes.Roles)));
        var beats = files.Read(BeatColumns.Layout, r => new Beat(
            new BeatId(r.Required(BeatColumns.Id)),
            r.Known(BeatColumns.Office, officeIds, id => new OfficeId(id), Offices),
            r.Optional(BeatColumns.Name) ?? string.Empty,
            r.Optional(BeatColumns.Officer) is { } officer ? new OfficerId(officer) : null));
        var beatIds = beats.Select(b => b.Id).ToHashSet();
        var houses = files.Read(HouseColumns.Layout, r => new House(
            new HouseId(r.Required(HouseColumns.Id)),
            r.Known(HouseColumns.Beat, beatIds, id => new BeatId(id), DatasetFiles.Beats),
            r.Optional(HouseColumns.Address) ?? string.Empty,
            r.RequiredCode(HouseColumns.Kind, DatasetCodes.HouseKinds)));
        var households = files.Read(HouseholdColumns.Layout, r => new Household(
            new HouseholdId(r.Required(HouseholdColumns.Id)),
            new HouseId(r.Required(HouseholdColumns.House))));
        var residents = files.Read(ResidentColumns.Layout, r => new Resident(new PersonId(r.Required(ResidentColumns.Id)), r.Required(ResidentColumns.Name))
        {
            Number = r.Optional(ResidentColumns.IdNumber) is { } number ? new RecordedIdNumber(number) : null,
            BirthDate = r.OptionalDate(ResidentColumns.BirthDate),
            Gender = r.OptionalCode(ResidentColumns.Gender, DatasetCodes.Genders),
            Household = r.Optional(ResidentColumns.Household) is { } household ? new HouseholdId(household) : null,
            LivingHouse = r.Optional(ResidentColumns.LivingHouse) is { } house ? new HouseId(house) : null,
            Groups = r.Flags(ResidentColumns.Groups, DatasetCodes.Groups),
        });
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
            Activity = ReadActivity(files),
            Log = log,
        };
    }

    /// <summary>The files of one folder being read, in one encoding, into one log.</summary>
    private sealed class Files(string folder, DatasetEncoding encoding, DatasetLog log, Action<string>? progress)
    {
        internal List<T> Read<T>(CsvLayout layout, Func<CsvRow, T> parse)
        {
            progress?.Invoke(layout.File);
            return CsvTable.Read(folder, layout, encoding, log, parse);
        }
    }
}
