using Policing.Domain.Testing.Dataset;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Data.Tests;

public sealed partial class DatasetReaderTests
{
    [Fact]
    public void EveryKindOfBadRow_IsReportedWithFileLineColumnAndReason_CountedAndNeverStopsTheRun()
    {
        SyntheticDataset.WritePopulation(_folder, CityGenerator.Generate(new CityOptions { Residents = 20, Seed = 1 }));
        File.AppendAllText(Path.Combine(_folder, DatasetFiles.Residents),
            "P_A,张三,,1980-02-30,M,,,\n" +
            "P_B,李四,,,X,,,\n" +
            "P_C,王五,,,,,,cadre;pilot\n" +
            "P000000001,重复,,,,,,\n" +
            ",无名,,,,,,\n" +
            "P_E,,,,,,,\n" +
            "\"P_F\"x,名,,,,,,\n" +
            "\n" +
            "P_G,好,,,,,,\n" +
            "P_H,\"未闭合,,,,,,\nP_I,被吞,,,,,,\n");
        File.AppendAllText(Path.Combine(_folder, DatasetFiles.Houses), "H_X,B_NOPE,,owner\nH_Y,B000000,,castle\n");
        File.WriteAllText(Path.Combine(_folder, DatasetFiles.Visits),
            "visit_id,officer_id,household_id,at,kind,outcomes\n" +
            "V1,C1,F1,2014-01-12T09:30:00,routine,\n" +
            "V2,C1,F1,2014-01-12T09:30:00+08:00,routine,prevention;gossip\n" +
            "V3,C1,F1,2014-01-12T09:30:00+08:00,errand,\n" +
            "V4,,F1,2014-01-12T09:30:00+08:00,,\n" +
            "V5,C1,F1,2014-01-12T09:30:00+08:00,,\n");
        File.WriteAllText(Path.Combine(_folder, DatasetFiles.Information),
            "item_id,officer_id,kind,collected_on\nI1,C1,lead,12/01/2014\nI2,C1,rumour,2014-01-12\n");

        var read = DatasetReader.Read(_folder);

        Assert.Equal(
            [
                ("residents.csv", 22, "birth_date", "'1980-02-30' is not a date of the form YYYY-MM-DD"),
                ("residents.csv", 23, "gender", "'X' is not one of M, F"),
                ("residents.csv", 24, "groups", "'pilot' is not one of cadre, retired_cadre, key_person, victim_family, vulnerable, community_correction"),
                ("residents.csv", 25, "person_id", "the id 'P000000001' appears more than once in residents.csv"),
                ("residents.csv", 26, "person_id", "the required column 'person_id' is empty"),
                ("residents.csv", 27, "name", "the required column 'name' is empty"),
                ("residents.csv", 28, null, "text follows a closing quote"),
                ("residents.csv", 31, null, "a quoted field is not closed before the end of the file"),
                ("houses.csv", 0, "beat_id", "'B_NOPE' is not in beats.csv"),
                ("houses.csv", 0, "kind", "'castle' is not one of owner, rental, vacant, other"),
                ("visits.csv", 2, "at", "'2014-01-12T09:30:00' is not an ISO 8601 instant with an offset, such as 2014-01-12T09:30:00+08:00"),
                ("visits.csv", 3, "outcomes", "'gossip' is not one of information, prevention, service, dispute, assistance"),
                ("visits.csv", 4, "kind", "'errand' is not one of routine, priority"),
                ("visits.csv", 5, "officer_id", "the required column 'officer_id' is empty"),
                ("information.csv", 2, "collected_on", "'12/01/2014' is not a date of the form YYYY-MM-DD"),
                ("information.csv", 3, "kind", "'rumour' is not one of floating_population, rental_house, lead, other"),
            ],
            read.Log.Errors.Select(e => (e.File, e.File == DatasetFiles.Houses ? 0 : e.Line, e.Column, e.Reason)).OrderBy(e => e.File == "residents.csv" ? 0 : e.File == "houses.csv" ? 1 : e.File == "visits.csv" ? 2 : 3).ThenBy(e => e.Item2).ThenBy(e => e.Column));
        var counts = read.Log.Files.ToDictionary(f => f.File);
        Assert.Equal((20 + 9L, 20 + 1L, 8L), (counts[DatasetFiles.Residents].Read, counts[DatasetFiles.Residents].Used, counts[DatasetFiles.Residents].Rejected));
        Assert.Equal((5L, 1L, 4L), (counts[DatasetFiles.Visits].Read, counts[DatasetFiles.Visits].Used, counts[DatasetFiles.Visits].Rejected));
        Assert.Contains(read.Residents, r => r.Id.Value == "P_G");
        Assert.Single(read.Activity.Visits);
        Assert.All(read.Log.Files, f => Assert.Equal(f.Read, f.Used + f.Rejected));
        Assert.Equal(read.Log.Files.Sum(f => f.Rejected), read.Log.Errors.Count);
    }
}
