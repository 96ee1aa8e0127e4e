using Policing.Domain.Beats;
using Policing.Domain.Data.Csv;
using Policing.Domain.Population;
using static Policing.Domain.Data.DatasetFiles;

namespace Policing.Domain.Data;

/// <summary>Writes a dataset folder (DATASET.md, version 1) that <see cref="DatasetReader"/> reads back as it was.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static partial class DatasetWriter
{
    /// <summary>Writes the register files, creating the folder if needed and replacing the files that are there.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="register">The register: stations, offices, officers, beats, houses and households.</param>
    /// <param name="residents">The residents, written as they are enumerated.</param>
    /// <param name="options">How to write; UTF-8 when <see langword="null"/>.</param>
    /// <param name="progress">Told the count of residents written, every 100,000; may be <see langword="null"/>.</param>
    /// <returns>The number of residents written.</returns>
    public static long WriteRegister(string folder, Dataset register, IEnumerable<Resident> residents, DatasetWriteOptions? options = null, Action<long>? progress = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(register);
        Guard.Against.Null(residents);
        var encoding = (options ?? DatasetWriteOptions.Default).Encoding;
        Directory.CreateDirectory(folder);
        Write(folder, StationColumns.Layout, encoding, register.Stations, s => [s.Id.Value, s.Name]);
        Write(folder, OfficeColumns.Layout, encoding, register.Offices, o => [o.Id.Value, o.Station.Value, o.Name]);
        Write(folder, OfficerColumns.Layout, encoding, register.Officers, o => [o.Id.Value, o.Name, o.Station.Value, DatasetCodes.CodeOf(DatasetCodes.Roles, o.Role)]);
        Write(folder, BeatColumns.Layout, encoding, register.Beats, b => [b.Id.Value, b.Office.Value, b.Name, b.ResponsibleOfficer?.Value]);
        Write(folder, HouseColumns.Layout, encoding, register.Houses, h => [h.Id.Value, h.Beat.Value, h.Address, DatasetCodes.CodeOf(DatasetCodes.HouseKinds, h.Kind)]);
        Write(folder, HouseholdColumns.Layout, encoding, register.Households, h => [h.Id.Value, h.RegisteredHouse.Value]);
        long written = 0;
        using var file = new CsvFileWriter(Path.Combine(folder, DatasetFiles.Residents), ResidentColumns.Layout, encoding);
        foreach (var r in residents)
        {
            file.Write(
            [
                r.Id.Value,
                r.Name,
                r.Number?.RevealRecorded(),
                r.BirthDate is { } birth ? DatasetFormats.Date(birth) : null,
                r.Gender is { } g ? DatasetCodes.CodeOf(DatasetCodes.Genders, g) : null,
                r.Household?.Value,
                r.LivingHouse?.Value,
                DatasetCodes.GroupsOf(r.Groups),
            ]);
            if (++written % 100_000 == 0)
            {
                progress?.Invoke(written);
            }
        }

        return written;
    }

    /// <summary>Writes a dataset: its register and residents, and its activity files.</summary>
    /// <param name="folder">The folder, created if needed; the files there are replaced.</param>
    /// <param name="dataset">The dataset (its <see cref="Dataset.Folder"/> and <see cref="Dataset.Log"/> are not written).</param>
    /// <param name="options">How to write; UTF-8 and Asia/Shanghai when <see langword="null"/>.</param>
    /// <returns>The number of residents and events written.</returns>
    public static long Write(string folder, Dataset dataset, DatasetWriteOptions? options = null)
    {
        Guard.Against.Null(dataset);
        return WriteRegister(folder, dataset, dataset.Residents, options) + WriteActivity(folder, dataset.Activity, options);
    }

    private static void Write<T>(string folder, CsvLayout layout, DatasetEncoding encoding, IEnumerable<T> rows, Func<T, string?[]> fields)
    {
        using var file = new CsvFileWriter(Path.Combine(folder, layout.File), layout, encoding);
        foreach (var row in rows)
        {
            file.Write(fields(row));
        }
    }
}
