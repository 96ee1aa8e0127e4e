using System.Text;
using Policing.Domain.Population;
using Policing.Domain.Testing.Dataset;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Data.Tests;

public sealed partial class DatasetReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policing-dataset-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void WriteThenRead_RoundTripsTheRegister()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 3_000, Seed = 5, ResidentsPerBeat = 1_000 });

        SyntheticDataset.WritePopulation(_folder, city);
        var read = DatasetReader.Read(_folder);

        Assert.Empty(read.Log.Errors);
        Assert.Equal(city.Stations, read.Stations);
        Assert.Equal(city.Offices, read.Offices);
        Assert.Equal(city.Officers, read.Officers);
        Assert.Equal(city.Beats, read.Beats);
        Assert.Equal(city.Houses, read.Houses);
        Assert.Equal(city.Households, read.Households);
        Assert.Equal(city.Residents, read.Residents);
        Assert.Contains(read.Residents, r => r.Groups != ResidentGroups.None);
    }

    [Fact]
    public void ActivityFiles_RoundTrip_AndTheHistoryRebuildsThePlan()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 2_000, Seed = 6, ResidentsPerBeat = 500 });
        var month = new NodaTime.YearMonth(2014, 1);
        var activity = Testing.Activity.ActivityGenerator.Generate(city, month);
        SyntheticDataset.WritePopulation(_folder, city);
        SyntheticDataset.WriteActivity(_folder, city, activity);

        var read = DatasetReader.Read(_folder);

        Assert.Empty(read.Log.Errors);
        var period = new Domain.Metrics.MonthlyPeriod(month);
        Assert.Equal(activity.Log.Visits, read.Activity.Visits.Where(v => period.Contains(v.At)));
        Assert.Equal(activity.Log.FollowUps, read.Activity.FollowUps);
        Assert.Equal(activity.Log.Mediations, read.Activity.Mediations);
        Assert.Equal(activity.Log.Leads, read.Activity.Leads);
        Assert.Equal(activity.Log.Apprehensions, read.Activity.Apprehensions);
        Assert.Equal(activity.Log.Information, read.Activity.Information);
        Assert.Equal(activity.Log.Services, read.Activity.Services);
        Assert.Equal(activity.Log.Disputes.Select(d => (d.Id, d.Beat, d.Kind, d.ReportedAt, string.Join(";", d.Parties))), read.Activity.Disputes.Select(d => (d.Id, d.Beat, d.Kind, d.ReportedAt, string.Join(";", d.Parties))));
        Assert.Equal(activity.LastVisits.OrderBy(kv => kv.Key), Domain.Metrics.VisitPlan.LastVisitsBefore(read.Activity.Visits, period).OrderBy(kv => kv.Key));
        Assert.Contains("+08:00", File.ReadLines(Path.Combine(_folder, DatasetFiles.Visits)).Skip(1).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadRows_AreReportedWithFileLineColumnAndReason_AndTheRestGoOn()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 20, Seed = 1 });
        SyntheticDataset.WritePopulation(_folder, city);
        File.AppendAllText(Path.Combine(_folder, DatasetFiles.Residents),
            "P_A,张三,,1980-02-30,M,,,\n" +
            "P_B,李四,,,X,,,\n" +
            "P_C,王五,,,,,,pilot\n" +
            "P000000001,重复,,,,,,\n" +
            ",无名,,,,,,\n" +
            "\"P_D\",\"赵,六\",,,F,,,\"cadre;vulnerable\"\n");
        File.AppendAllText(Path.Combine(_folder, DatasetFiles.Houses), "H_X,B_NOPE,,owner\nH_Y,B000000,,castle\n");

        var read = DatasetReader.Read(_folder);

        Assert.Equal(
            [
                ("houses.csv", "beat_id"), ("houses.csv", "kind"),
                ("residents.csv", "birth_date"), ("residents.csv", "gender"), ("residents.csv", "groups"),
                ("residents.csv", "person_id"), ("residents.csv", "person_id"),
            ],
            read.Log.Errors.Select(e => (e.File, e.Column!)).Order());
        Assert.Equal(22, read.Log.Errors.Single(e => e.Column == "birth_date").Line);
        var added = Assert.Single(read.Residents, r => r.Id.Value == "P_D");
        Assert.Equal("赵,六", added.Name);
        Assert.Equal(ResidentGroups.Cadre | ResidentGroups.Vulnerable, added.Groups);
        foreach (var (file, rows, used, rejected) in read.Log.Files)
        {
            Assert.Equal(rows, used + rejected);
        }

        Assert.Equal(21, read.Residents.Count);
    }

    [Fact]
    public void MissingRequiredColumnOrFile_StopsWithTheFileAndColumnNamed()
    {
        SyntheticDataset.WritePopulation(_folder, CityGenerator.Generate(new CityOptions { Residents = 5 }));
        File.WriteAllText(Path.Combine(_folder, DatasetFiles.Households), "household_id,address\nF1,x\n");

        var ex = Assert.Throws<DatasetException>(() => DatasetReader.Read(_folder));
        Assert.Contains("households.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("house_id", ex.Message, StringComparison.Ordinal);

        File.Delete(Path.Combine(_folder, DatasetFiles.Households));
        Assert.Contains("households.csv", Assert.Throws<DatasetException>(() => DatasetReader.Read(_folder)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_AcceptsBomCrLfAnyColumnOrderAndUnknownColumns()
    {
        SyntheticDataset.WritePopulation(_folder, CityGenerator.Generate(new CityOptions { Residents = 5 }));
        File.WriteAllText(Path.Combine(_folder, DatasetFiles.Stations), "\uFEFFname,extra,station_id\r\n\"第一\"\"所\",?,S9\r\n", new UTF8Encoding(true));

        var read = DatasetReader.Read(_folder);

        var station = Assert.Single(read.Stations);
        Assert.Equal("S9", station.Id.Value);
        Assert.Equal("第一\"所", station.Name);
        Assert.Contains(read.Log.Errors, e => e.File == DatasetFiles.Offices);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
