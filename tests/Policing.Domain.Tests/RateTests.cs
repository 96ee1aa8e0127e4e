using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Tests.Laws;

namespace Policing.Domain.Tests;

public sealed class RateTests
{
    private static readonly Arbitrary<Rate> Rates =
        (from d in Gen.Choose(0, 200)
         from n in Gen.Choose(0, d)
         select Rate.Of(n, d)).ToArbitrary();

    [Fact]
    public void NoData_IsNeitherFullNorEmpty()
    {
        Assert.True(Rate.Of(0, 0).IsNoData);
        Assert.Equal(Rate.NoData, Rate.Of(0, 0));
        Assert.False(Rate.NoData.IsComplete);
        Assert.NotEqual(Rate.FromPercent(100), Rate.NoData);
        Assert.NotEqual(Rate.Of(0, 5), Rate.NoData);
        Assert.True(Rate.NoData < Rate.Of(0, 5));
        Assert.True(double.IsNaN(Rate.NoData.ToDouble()));
        Assert.Null(Rate.NoData.ToPercent());
        Assert.Equal("no data", Rate.NoData.ToString());
        Assert.Equal("无数据", Rate.NoData.ToString("P", CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void Of_RefusesImpossibleCounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(1, -5));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(6, 5));
        Assert.Contains("6", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(101));
    }

    [Fact]
    public void ValueEquality_IgnoresScale_AndCompleteMeansEveryCase()
    {
        Assert.Equal(Rate.Of(1, 2), Rate.Of(50, 100));
        Assert.Equal(Rate.Of(1, 2).GetHashCode(), Rate.Of(50, 100).GetHashCode());
        Assert.True(Rate.Of(155, 155).IsComplete);
        Assert.Equal(Rate.FromPercent(100), Rate.Of(155, 155));
        Assert.True(Rate.Of(99, 100) < Rate.FromPercent(100));
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheLaws()
    {
        Rate[] samples = [Rate.NoData, Rate.Of(0, 3), Rate.Of(1, 3), Rate.Of(2, 6), Rate.Of(1, 2), Rate.Of(99, 100), Rate.Of(7, 7), Rate.FromPercent(100)];
        ValueLaws.Equality(samples, (a, b) => a == b, (a, b) => a != b);
        ValueLaws.Ordering(samples, (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
    }

    [Property]
    public Property Plus_AddsCounts_IsAssociativeCommutative_WithNoDataAsIdentity()
    {
        return Prop.ForAll(Rates, Rates, Rates, (a, b, c) =>
            a.Plus(b).Plus(c) == a.Plus(b.Plus(c))
            && a.Plus(b) == b.Plus(a)
            && a.Plus(Rate.NoData) == a
            && a.Plus(b).Denominator == a.Denominator + b.Denominator);
    }

    [Fact]
    public void Format_InCultures()
    {
        var rate = Rate.Of(72, 80);

        Assert.Equal("72/80 (90%)", rate.ToString());
        Assert.Equal("90.00%", rate.ToString("P", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("90%", rate.ToString("P0", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("66.67%", Rate.Of(2, 3).ToString("P", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(66.67m, Rate.Of(2, 3).ToPercent());
        Assert.Throws<FormatException>(() => rate.ToString("X", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => rate.ToString("P11", CultureInfo.InvariantCulture));
    }
}
