using Policing.Domain.Data.Csv;

namespace Policing.Domain.Data;

/// <summary>The file names and columns of a dataset folder, version 1 (DATASET.md): the one place they are spelled.</summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
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

    /// <summary>The columns of stations.csv.</summary>
    internal static class StationColumns
    {
        internal static readonly CsvColumn Id = new("station_id", 0, true), Name = new("name", 1, false);
        internal static readonly CsvLayout Layout = new(Stations, true, [Id, Name]);
    }

    /// <summary>The columns of offices.csv.</summary>
    internal static class OfficeColumns
    {
        internal static readonly CsvColumn Id = new("office_id", 0, true), Station = new("station_id", 1, true), Name = new("name", 2, false);
        internal static readonly CsvLayout Layout = new(Offices, true, [Id, Station, Name]);
    }

    /// <summary>The columns of officers.csv.</summary>
    internal static class OfficerColumns
    {
        internal static readonly CsvColumn Id = new("officer_id", 0, true), Name = new("name", 1, false), Station = new("station_id", 2, true), Role = new("role", 3, true);
        internal static readonly CsvLayout Layout = new(Officers, true, [Id, Name, Station, Role]);
    }

    /// <summary>The columns of beats.csv.</summary>
    internal static class BeatColumns
    {
        internal static readonly CsvColumn Id = new("beat_id", 0, true), Office = new("office_id", 1, true), Name = new("name", 2, false), Officer = new("officer_id", 3, false);
        internal static readonly CsvLayout Layout = new(Beats, true, [Id, Office, Name, Officer]);
    }

    /// <summary>The columns of houses.csv.</summary>
    internal static class HouseColumns
    {
        internal static readonly CsvColumn Id = new("house_id", 0, true), Beat = new("beat_id", 1, true), Address = new("address", 2, false), Kind = new("kind", 3, true);
        internal static readonly CsvLayout Layout = new(Houses, true, [Id, Beat, Address, Kind]);
    }

    /// <summary>The columns of households.csv.</summary>
    internal static class HouseholdColumns
    {
        internal static readonly CsvColumn Id = new("household_id", 0, true), House = new("house_id", 1, true);
        internal static readonly CsvLayout Layout = new(Households, true, [Id, House]);
    }

    /// <summary>The columns of residents.csv.</summary>
    internal static class ResidentColumns
    {
        internal static readonly CsvColumn
            Id = new("person_id", 0, true), Name = new("name", 1, true), IdNumber = new("id_number", 2, false), BirthDate = new("birth_date", 3, false),
            Gender = new("gender", 4, false), Household = new("household_id", 5, false), LivingHouse = new("living_house_id", 6, false), Groups = new("groups", 7, false);

        internal static readonly CsvLayout Layout = new(Residents, true, [Id, Name, IdNumber, BirthDate, Gender, Household, LivingHouse, Groups]);
    }

    /// <summary>The columns of visits.csv.</summary>
    internal static class VisitColumns
    {
        internal static readonly CsvColumn Id = new("visit_id", 0, true), Officer = new("officer_id", 1, true), Household = new("household_id", 2, true), At = new("at", 3, true), Kind = new("kind", 4, false), Outcomes = new("outcomes", 5, false);
        internal static readonly CsvLayout Layout = new(Visits, false, [Id, Officer, Household, At, Kind, Outcomes]);
    }

    /// <summary>The columns of followups.csv.</summary>
    internal static class FollowUpColumns
    {
        internal static readonly CsvColumn Id = new("call_id", 0, true), SubjectKind = new("subject_kind", 1, true), SubjectId = new("subject_id", 2, true), Person = new("person_id", 3, false), At = new("at", 4, true), Result = new("result", 5, true);
        internal static readonly CsvLayout Layout = new(FollowUps, false, [Id, SubjectKind, SubjectId, Person, At, Result]);
    }

    /// <summary>The columns of disputes.csv.</summary>
    internal static class DisputeColumns
    {
        internal static readonly CsvColumn Id = new("dispute_id", 0, true), Beat = new("beat_id", 1, true), Kind = new("kind", 2, true), ReportedAt = new("reported_at", 3, true), Parties = new("parties", 4, true);
        internal static readonly CsvLayout Layout = new(Disputes, false, [Id, Beat, Kind, ReportedAt, Parties]);
    }

    /// <summary>The columns of mediations.csv.</summary>
    internal static class MediationColumns
    {
        internal static readonly CsvColumn Id = new("mediation_id", 0, true), Dispute = new("dispute_id", 1, true), Officer = new("officer_id", 2, true), At = new("at", 3, true), Mode = new("mode", 4, false), Outcome = new("outcome", 5, true);
        internal static readonly CsvLayout Layout = new(Mediations, false, [Id, Dispute, Officer, At, Mode, Outcome]);
    }

    /// <summary>The columns of leads.csv.</summary>
    internal static class LeadColumns
    {
        internal static readonly CsvColumn Id = new("lead_id", 0, true), Officer = new("officer_id", 1, true), At = new("at", 2, true), CaseKind = new("case_kind", 3, true);
        internal static readonly CsvLayout Layout = new(Leads, false, [Id, Officer, At, CaseKind]);
    }

    /// <summary>The columns of apprehensions.csv.</summary>
    internal static class ApprehensionColumns
    {
        internal static readonly CsvColumn Id = new("apprehension_id", 0, true), Officer = new("officer_id", 1, true), At = new("at", 2, true), Kind = new("kind", 3, true);
        internal static readonly CsvLayout Layout = new(Apprehensions, false, [Id, Officer, At, Kind]);
    }

    /// <summary>The columns of information.csv.</summary>
    internal static class InformationColumns
    {
        internal static readonly CsvColumn Id = new("item_id", 0, true), Officer = new("officer_id", 1, true), Kind = new("kind", 2, true), CollectedOn = new("collected_on", 3, true), EnteredOn = new("entered_on", 4, false);
        internal static readonly CsvLayout Layout = new(Information, false, [Id, Officer, Kind, CollectedOn, EnteredOn]);
    }

    /// <summary>The columns of services.csv.</summary>
    internal static class ServiceColumns
    {
        internal static readonly CsvColumn Id = new("service_id", 0, true), Officer = new("officer_id", 1, true), At = new("at", 2, true), Kind = new("kind", 3, true), Place = new("place", 4, false), Recognition = new("recognition", 5, false);
        internal static readonly CsvLayout Layout = new(Services, false, [Id, Officer, At, Kind, Place, Recognition]);
    }

    /// <summary>Gets the layout of every file, in the order a folder is read.</summary>
    internal static IReadOnlyList<CsvLayout> All { get; } =
    [
        StationColumns.Layout, OfficeColumns.Layout, OfficerColumns.Layout, BeatColumns.Layout, HouseColumns.Layout, HouseholdColumns.Layout, ResidentColumns.Layout,
        VisitColumns.Layout, FollowUpColumns.Layout, DisputeColumns.Layout, MediationColumns.Layout, LeadColumns.Layout, ApprehensionColumns.Layout, InformationColumns.Layout, ServiceColumns.Layout,
    ];
}
