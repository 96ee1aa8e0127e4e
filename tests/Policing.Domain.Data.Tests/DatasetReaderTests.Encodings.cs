using System.Text;
using Policing.Domain.Population;
using Policing.Domain.Testing.Dataset;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Data.Tests;

public sealed partial class DatasetReaderTests
{
    private static readonly string[] HardNames = ["𠮷野家", "买买提·艾力", "阿卜杜拉•买买提", "\"引号\", 逗号", "换\n行"];

    [Fact]
    public void Gb18030Folder_ReadAsGb18030_GivesWhatTheUtf8FolderGives_OutsideTheBmpAndWithMiddleDots()
    {
        var dataset = HardDataset();
        var utf8 = Path.Combine(_folder, "utf8");
        var gb = Path.Combine(_folder, "gb18030");
        DatasetWriter.Write(utf8, dataset);
        DatasetWriter.Write(gb, dataset, new DatasetWriteOptions { Encoding = DatasetEncoding.Gb18030 });

        var fromUtf8 = DatasetReader.Read(utf8);
        var fromGb = DatasetReader.Read(gb, new DatasetReadOptions { Encoding = DatasetEncoding.Gb18030 });

        Assert.Empty(fromGb.Log.Errors);
        Assert.Equal(fromUtf8.Residents, fromGb.Residents);
        Assert.Equal(dataset.Residents, fromGb.Residents);
        Assert.Superset(HardNames.ToHashSet(), fromGb.Residents.Select(r => r.Name).ToHashSet());
        var bytes = File.ReadAllBytes(Path.Combine(gb, DatasetFiles.Residents));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(utf8, DatasetFiles.Residents)), bytes);
        // GB18030 writes 𠮷 (U+20BB7) as the four bytes 95 34 B2 35 and the middle dot as A1 A4 (as Python's codec says).
        Assert.True(bytes.AsSpan().IndexOf((byte[])[0x95, 0x34, 0xB2, 0x35]) >= 0);
        Assert.True(bytes.AsSpan().IndexOf((byte[])[0xC2, 0xF2, 0xC2, 0xF2, 0xCC, 0xE1, 0xA1, 0xA4]) >= 0);
    }

    [Fact]
    public void Gb18030Folder_ReadAsUtf8_IsRefusedAsAWhole_NamingFileLineAndTheFlag()
    {
        var gb = Path.Combine(_folder, "gb18030");
        DatasetWriter.Write(gb, HardDataset(), new DatasetWriteOptions { Encoding = DatasetEncoding.Gb18030 });

        var ex = Assert.Throws<DatasetException>(() => DatasetReader.Read(gb));

        Assert.StartsWith("stations.csv is not valid UTF-8: line 2 holds the bytes ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("looks like GB18030", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding gb18030", ex.Message, StringComparison.Ordinal);
        Assert.IsType<DecoderFallbackException>(ex.InnerException);
    }

    [Fact]
    public void InvalidUtf8DeepInAFile_IsRefusedWithItsLine_ANonGb18030FileIsSaidToBeNeither_AndUtf8ReadAsGb18030IsRefused()
    {
        SyntheticDataset.WritePopulation(_folder, CityGenerator.Generate(new CityOptions { Residents = 30, Seed = 2 }));
        var residents = Path.Combine(_folder, DatasetFiles.Residents);
        File.AppendAllBytes(residents, [.. Encoding.UTF8.GetBytes("P_X,"), 0xD5, 0xC5, 0xC8, 0xFD, (byte)'\n']);

        var ex = Assert.Throws<DatasetException>(() => DatasetReader.Read(_folder));
        Assert.StartsWith("residents.csv is not valid UTF-8: line 32 holds the bytes D5 C5 C8 FD", ex.Message, StringComparison.Ordinal);

        File.AppendAllBytes(residents, [(byte)'P', 0xFF, 0xFE, (byte)'\n']);
        ex = Assert.Throws<DatasetException>(() => DatasetReader.Read(_folder));
        Assert.Contains("line 32", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not GB18030", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<DatasetException>(() => DatasetReader.Read(_folder, new DatasetReadOptions { Encoding = DatasetEncoding.Gb18030 }));
        Assert.StartsWith("stations.csv is not valid GB18030: line 2 holds the bytes ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("read it without --encoding gb18030", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8WithAndWithoutBom_ReadAlike()
    {
        var dataset = HardDataset();
        DatasetWriter.Write(_folder, dataset);
        var plain = DatasetReader.Read(_folder);
        foreach (var file in Directory.GetFiles(_folder))
        {
            File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file)]);
        }

        var withBom = DatasetReader.Read(_folder);

        Assert.Empty(withBom.Log.Errors);
        Assert.Equal(plain.Residents, withBom.Residents);
        Assert.Equal(plain.Stations, withBom.Stations);
    }

    private static Dataset HardDataset()
    {
        var city = CityGenerator.Generate(new CityOptions { Residents = 40, Seed = 3 });
        var residents = city.Residents.ToList();
        for (var i = 0; i < HardNames.Length; i++)
        {
            var r = residents[i];
            residents[i] = new Resident(r.Id, HardNames[i]) { Number = r.Number, BirthDate = r.BirthDate, Gender = r.Gender, Household = r.Household, LivingHouse = r.LivingHouse, Groups = r.Groups };
        }

        return new Dataset
        {
            Stations = [.. city.Stations.Select(s => new Beats.Station(s.Id, "第一派出所 𠮷"))],
            Offices = city.Offices,
            Officers = city.Officers,
            Beats = city.Beats,
            Houses = city.Houses,
            Households = city.Households,
            Residents = residents,
        };
    }
}
