namespace Policing.Domain.Testing.Dataset;

/// <summary>The file names and columns of a dataset folder, version 1 (DATASET.md): the one place they are spelled.</summary>
public static class DatasetFiles
{
    /// <summary>The stations file.</summary>
    public const string Stations = "stations.csv";

    /// <summary>The police offices file.</summary>
    public const string Offices = "offices.csv";

    /// <summary>The officers file.</summary>
    public const string Officers = "officers.csv";

    /// <summary>The beats file.</summary>
    public const string Beats = "beats.csv";

    /// <summary>The houses file.</summary>
    public const string Houses = "houses.csv";

    /// <summary>The households file.</summary>
    public const string Households = "households.csv";

    /// <summary>The residents file.</summary>
    public const string Residents = "residents.csv";

    internal static readonly string[] StationColumns = ["station_id", "name"];
    internal static readonly string[] OfficeColumns = ["office_id", "station_id", "name"];
    internal static readonly string[] OfficerColumns = ["officer_id", "name", "station_id", "role"];
    internal static readonly string[] BeatColumns = ["beat_id", "office_id", "name", "officer_id"];
    internal static readonly string[] HouseColumns = ["house_id", "beat_id", "address", "kind"];
    internal static readonly string[] HouseholdColumns = ["household_id", "house_id"];
    internal static readonly string[] ResidentColumns = ["person_id", "name", "id_number", "birth_date", "gender", "household_id", "living_house_id", "groups"];
}
