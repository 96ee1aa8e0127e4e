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

    /// <summary>The household visits file.</summary>
    public const string Visits = "visits.csv";

    /// <summary>The follow-up calls file.</summary>
    public const string FollowUps = "followups.csv";

    /// <summary>The disputes file.</summary>
    public const string Disputes = "disputes.csv";

    /// <summary>The mediations file.</summary>
    public const string Mediations = "mediations.csv";

    /// <summary>The case leads file.</summary>
    public const string Leads = "leads.csv";

    /// <summary>The apprehensions file.</summary>
    public const string Apprehensions = "apprehensions.csv";

    /// <summary>The information items file.</summary>
    public const string Information = "information.csv";

    /// <summary>The services file.</summary>
    public const string Services = "services.csv";

    internal static readonly string[] VisitColumns = ["visit_id", "officer_id", "household_id", "at", "kind", "outcomes"];
    internal static readonly string[] FollowUpColumns = ["call_id", "subject_kind", "subject_id", "person_id", "at", "result"];
    internal static readonly string[] DisputeColumns = ["dispute_id", "beat_id", "kind", "reported_at", "parties"];
    internal static readonly string[] MediationColumns = ["mediation_id", "dispute_id", "officer_id", "at", "mode", "outcome"];
    internal static readonly string[] LeadColumns = ["lead_id", "officer_id", "at", "case_kind"];
    internal static readonly string[] ApprehensionColumns = ["apprehension_id", "officer_id", "at", "kind"];
    internal static readonly string[] InformationColumns = ["item_id", "officer_id", "kind", "collected_on", "entered_on"];
    internal static readonly string[] ServiceColumns = ["service_id", "officer_id", "at", "kind", "place", "recognition"];
    internal static readonly string[] StationColumns = ["station_id", "name"];
    internal static readonly string[] OfficeColumns = ["office_id", "station_id", "name"];
    internal static readonly string[] OfficerColumns = ["officer_id", "name", "station_id", "role"];
    internal static readonly string[] BeatColumns = ["beat_id", "office_id", "name", "officer_id"];
    internal static readonly string[] HouseColumns = ["house_id", "beat_id", "address", "kind"];
    internal static readonly string[] HouseholdColumns = ["household_id", "house_id"];
    internal static readonly string[] ResidentColumns = ["person_id", "name", "id_number", "birth_date", "gender", "household_id", "living_house_id", "groups"];
}
