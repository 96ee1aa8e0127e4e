using NodaTime;
using Policing.Domain.Identity;
using Policing.Domain.Tests.Laws;

namespace Policing.Domain.Tests.Identity;

/// <summary>
/// The division-code history by hand-picked examples; every expected name and year below is read off
/// <c>shared/data/gb2260/revisions.tsv</c> (the line of the code, and of its XXXX00 and XX0000 codes, in that revision).
/// </summary>
public sealed class DivisionCodeTableTests
{
    private static readonly ResidentIdValidationOptions Strict = new() { DivisionCodeMode = DivisionCodeMode.Strict };

    [Fact]
    public void Table_Loads_EveryRevisionFrom1980To2023_WithEveryProvince()
    {
        var known = DivisionCode.Known;

        Assert.InRange(known.Count, 7_042, 7_200);
        Assert.Equal(known.OrderBy(c => c).ToArray(), known);
        Assert.Equal(new YearMonth(1980, 12), DivisionTable.RevisionDates[0]);
        Assert.Equal(new YearMonth(2023, 6), DivisionTable.RevisionDates[^1]);
        Assert.InRange(DivisionTable.NameCount, 4_000, 6_000);
        foreach (var province in new[] { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65 })
        {
            Assert.True(new DivisionCode(province * 10_000).Exists, $"Province {province} must be in the table.");
        }
    }

    [Theory]
    [InlineData(110221, 1980, 1998, 1999)] // 昌平县, Beijing: 1980-12 to 1998-12, then 昌平区 110114
    [InlineData(422427, 1980, 1985, 1986)] // 沔阳县, Hubei: 1980-12 to 1985-12
    [InlineData(429013, 1994, 1994, 1995)] // 洪湖市, Hubei: only the 1994-12 revision
    [InlineData(133030, 1980, 1995, 1996)] // 景县, Hebei: 1980-12 to 1995-12, then 131127
    [InlineData(132922, 1980, 1989, 1990)] // 河间县, Hebei: 1980-12 to 1989-12
    public void RetiredCodes_ExistWithTheirYears(int code, int first, int last, int retiredBy)
    {
        var division = new DivisionCode(code);

        Assert.True(division.Exists);
        Assert.True(division.IsRetired);
        Assert.Equal(retiredBy, division.RetiredBy);
        Assert.Equal(new YearMonth(first, 12), division.FirstRevision);
        Assert.Equal(new YearMonth(last, 12), division.LastRevision);
    }

    [Theory]
    [InlineData(110221, 1999)]
    [InlineData(422427, 1986)]
    [InlineData(429013, 1995)]
    [InlineData(133030, 1996)]
    public void ARetiredCode_IsValidInLenientModeAlways_AndInStrictModeUpToTheYearItWasRetiredBy(int code, int retiredBy)
    {
        foreach (var year in new[] { 1920, 1950, retiredBy - 1, retiredBy })
        {
            Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(code, year)));
            Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(code, year), Strict, out _));
        }

        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(code, retiredBy + 1)));
        Assert.Equal(ResidentIdError.DivisionCodeNotInForce, ResidentId.Validate(Number(code, retiredBy + 1), Strict, out _));
    }

    [Fact]
    public void ACodeCreatedIn1995_WithABirthIn1960_IsValidInBothModes()
    {
        // 晋州市, Hebei (130183), first in the 1995-12 revision: people born earlier were registered under it later.
        Assert.Equal(new YearMonth(1995, 12), new DivisionCode(130183).FirstRevision);
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(130183, 1960)));
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(130183, 1960), Strict, out _));
        var names = ResidentId.Parse(Number(130183, 1960)).Place.AtRegistration;
        Assert.Equal(("河北省", "石家庄市", "晋州市", new YearMonth(1995, 12)), (names.Province, names.Prefecture, names.County, names.Revision));
    }

    [Fact]
    public void ACodeRetiredIn1990_WithABirthIn2005_IsRejectedOnlyInStrictMode()
    {
        // 河间县, Hebei (132922): last in the 1989-12 revision, missing from 1990-12.
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(132922, 2005)));
        Assert.Equal(ResidentIdError.DivisionCodeNotInForce, ResidentId.Validate(Number(132922, 2005), Strict, out _));
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(132922, 1990), Strict, out _));
    }

    [Fact]
    public void ACodeCreatedAfterTheBirth_IsValidInStrictMode_ForALateRegistration()
    {
        // 陵城区 of Dezhou (371403) is first in the 2014 lists; a person born in 1990 can be registered under it.
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(371403, 1990), Strict, out _));
        Assert.False(new DivisionCode(371403).IsRetired);
    }

    [Theory]
    [InlineData(110299)]
    [InlineData(371499)]
    [InlineData(469999)]
    [InlineData(650199)]
    public void CodesThatNeverExisted_InARealProvince_AreDivisionCodeInBothModes(int code)
    {
        Assert.False(new DivisionCode(code).Exists);
        Assert.Null(new DivisionCode(code).RetiredBy);
        Assert.Null(new DivisionCode(code).NamesAt(1990));
        Assert.Equal(ResidentIdError.DivisionCode, ResidentId.Validate(Number(code, 1990)));
        Assert.Equal(ResidentIdError.DivisionCode, ResidentId.Validate(Number(code, 1990), Strict, out _));
    }

    [Fact]
    public void ANumberUnder110221_NamesBeijingChangpingCounty_Retired1999()
    {
        var place = ResidentId.Parse(Number(110221, 1962)).Place;

        Assert.Equal(ResidentIdKind.Citizen, place.Kind);
        Assert.Equal(new DivisionCode(110221), place.Division);
        Assert.Equal(("北京市", (string?)null, "昌平县"), (place.AtRegistration.Province, place.AtRegistration.Prefecture, place.AtRegistration.County));
        Assert.Equal(new YearMonth(1980, 12), place.AtRegistration.Revision);
        Assert.Equal(new YearMonth(1998, 12), place.Latest.Revision);
        Assert.True(place.IsRetired);
        Assert.Equal(1999, place.RetiredBy);
        Assert.Null(place.NationalityCode);
        Assert.Equal("110221 北京市 昌平县 (retired by 1999)", place.ToString());
    }

    [Fact]
    public void Places_OfOldCounties_NameTheirPrefectureOfThatTime()
    {
        // 沔阳县 under 荆州地区, Hubei; 景县 under 衡水地区, Hebei; 洪湖市 directly under Hubei in 1994.
        Assert.Equal("湖北省 荆州地区 沔阳县", ResidentId.Parse(Number(422427, 1950)).Place.AtRegistration.ToString());
        Assert.Equal("河北省 衡水地区 景县", ResidentId.Parse(Number(133030, 1970)).Place.AtRegistration.ToString());
        var honghu = ResidentId.Parse(Number(429013, 1970)).Place;
        Assert.Equal("湖北省 洪湖市", honghu.AtRegistration.ToString());
        Assert.Equal(1995, honghu.RetiredBy);
    }

    [Fact]
    public void ThePlaceAtRegistration_FollowsTheBirthYear_ALaterNameWhenBornLater()
    {
        // 341302: 埇桥区 in the ministry's 1998-12 list, 墉桥区 in the 2002-12 standard and statistics lists that come
        // first in 2003 (2003-06), 埇桥区 again from the ministry's 2003-12 list on.
        var division = new DivisionCode(341302);
        Assert.Equal("埇桥区", division.NamesAt(1960)!.County);
        Assert.Equal(new YearMonth(1998, 12), division.NamesAt(1960)!.Revision);
        Assert.Equal("墉桥区", division.NamesAt(2003)!.County);
        Assert.Equal(new YearMonth(2003, 6), division.NamesAt(2003)!.Revision);
        Assert.Equal("埇桥区", division.LatestNames!.County);
    }

    [Fact]
    public void ABirthAfterTheLastRevisionOfARetiredCode_FallsBackToTheCodesFirstRevision()
    {
        // 132426 was 完县 from 1980, renamed 顺平县 in the 1993-12 revision, and retired by 1994. Issue 20's rule: the
        // names of the earliest revision in or after the birth year, falling back to the code's first revision.
        var code = new DivisionCode(132426);
        Assert.Equal("顺平县", code.NamesAt(1993)!.County);
        Assert.Equal(new YearMonth(1993, 12), code.NamesAt(1993)!.Revision);
        Assert.Equal("完县", code.NamesAt(1996)!.County);
        Assert.Equal(new YearMonth(1980, 12), code.NamesAt(1996)!.Revision);
        Assert.Equal("顺平县", code.LatestNames!.County);

        // 昌平县 was last listed in 1998-12; a person born in 1999 is valid in strict mode and named by its first revision.
        Assert.Equal(new YearMonth(1980, 12), new DivisionCode(110221).NamesAt(1999)!.Revision);
        Assert.Equal("昌平县", new DivisionCode(110221).NamesAt(1999)!.County);
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Number(110221, 1999), Strict, out _));
    }

    [Fact]
    public void Permits_NameTheirRegion_AndForeignersTheirProvinceAndNationality()
    {
        Assert.Equal("香港", Place(810000).AtRegistration.Province);
        Assert.Equal("澳门", Place(820000).AtRegistration.Province);
        Assert.Equal("台湾", Place(830000).AtRegistration.Province);
        Assert.Equal(ResidentIdKind.TaiwanResident, Place(830000).Kind);
        Assert.Null(Place(830000).AtRegistration.Revision);
        Assert.False(Place(810000).IsRetired);

        var foreigner = Place(937840);
        Assert.Equal(ResidentIdKind.ForeignPermanentResident, foreigner.Kind);
        Assert.Equal(new DivisionCode(370000), foreigner.Division);
        Assert.Equal(840, foreigner.NationalityCode);
        Assert.Equal("山东省", foreigner.AtRegistration.Province);
        Assert.Null(foreigner.AtRegistration.County);
        Assert.Equal("370000 山东省 nationality 840", foreigner.ToString());

        static RegistrationPlace Place(int first6) => ResidentId.Parse(Number(first6, 1990)).Place;
    }

    [Fact]
    public void PrefectureAndProvinceCodes_NameThemselves()
    {
        var dezhou = new DivisionCode(371400).LatestNames!;
        Assert.Equal(("山东省", "德州市", (string?)null), (dezhou.Province, dezhou.Prefecture, dezhou.County));
        var shandong = new DivisionCode(370000).LatestNames!;
        Assert.Equal(("山东省", (string?)null, (string?)null), (shandong.Province, shandong.Prefecture, shandong.County));
    }

    [Fact]
    public void Places_AndNames_FollowTheEqualityLaws()
    {
        var places = new[] { 110221, 110221, 371402, 810000, 937840 }.Select(c => ResidentId.Parse(Number(c, 1970)).Place).Append(ResidentId.Parse(Number(110221, 1970)).Place).ToArray();
        ValueLaws.Equality(places, (a, b) => a == b, (a, b) => a != b);
        Assert.NotEqual(ResidentId.Parse(Number(341302, 1960)).Place, ResidentId.Parse(Number(341302, 2003)).Place);
        var names = places.Select(p => p.AtRegistration).ToArray();
        ValueLaws.Equality(names, (a, b) => a == b, (a, b) => a != b);
    }

    private static string Number(int first6, int year)
    {
        var first17 = $"{first6:D6}{year:D4}0615123";
        return first17 + ResidentId.ComputeCheckCharacter(first17);
    }
}
