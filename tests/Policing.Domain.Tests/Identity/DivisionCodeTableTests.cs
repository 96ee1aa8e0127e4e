using Policing.Domain.Identity;

namespace Policing.Domain.Tests.Identity;

public sealed class DivisionCodeTableTests
{
    [Fact]
    public void Table_Loads_WithEveryProvinceAndThousandsOfCounties()
    {
        var known = DivisionCode.Known;

        Assert.InRange(known.Count, 3_500, 6_000);
        Assert.Equal(known.OrderBy(c => c).ToArray(), known);
        foreach (var province in new[] { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65 })
        {
            Assert.True(new DivisionCode(province * 10_000).Exists, $"Province {province} must be in the table.");
        }
    }

    [Theory]
    [InlineData(371402)]
    [InlineData(371403)]
    [InlineData(371421)]
    [InlineData(371422)]
    [InlineData(371428)]
    [InlineData(371481)]
    [InlineData(371482)]
    [InlineData(110105)]
    public void Dezhou_AndBeijing_CodesExist(int code) => Assert.True(new DivisionCode(code).Exists);

    [Fact]
    public void InForce_FollowsTheSourcesYears()
    {
        Assert.False(new DivisionCode(371403).WasInForceIn(2013));
        Assert.True(new DivisionCode(371403).WasInForceIn(2014));
        Assert.True(new DivisionCode(371421).WasInForceIn(1950));
        Assert.True(new DivisionCode(371421).WasInForceIn(2014));
        Assert.False(new DivisionCode(371421).WasInForceIn(2015));
        Assert.False(new DivisionCode(110199).Exists);
        Assert.False(new DivisionCode(110199).WasInForceIn(2000));
    }
}
