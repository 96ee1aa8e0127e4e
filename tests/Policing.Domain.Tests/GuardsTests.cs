using Ardalis.GuardClauses;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Metrics;
using Policing.Domain.Population;

namespace Policing.Domain.Tests;

/// <summary>
/// The library's own guard clauses: the exception type the public member documents, the parameter's name, a message
/// that names the bad value and the rule, and no personal data in it.
/// </summary>
public sealed class GuardsTests
{
    [Fact]
    public void NegativeCount_NamesTheParameterAndTheValue_AndPassesTheRest()
    {
        long visits = -3;
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeCount(visits));
        Assert.Equal("visits", refused.ParamName);
        Assert.Equal(-3L, refused.ActualValue);
        Assert.Contains("may not be negative: visits is -3", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, Guard.Against.NegativeCount(0));
        Assert.Equal(7m, Guard.Against.NegativeCount(7m));

        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(0, -1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.OfCount(-1)).ParamName);
    }

    [Fact]
    public void UndefinedEnum_NamesWhatTheEnumIs_AndTheValue()
    {
        var role = Assert.Throws<ArgumentOutOfRangeException>(() => new Officer(new OfficerId("o1"), "Li", new StationId("s1"), (OfficerRole)42));
        Assert.Equal("role", role.ParamName);
        Assert.Equal((OfficerRole)42, role.ActualValue);
        Assert.Contains("Not a defined officer role: 42.", role.Message, StringComparison.Ordinal);

        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => new House(new HouseId("h1"), new BeatId("b1"), "1 Road", (HouseKind)200));
        Assert.Equal("kind", kind.ParamName);
        Assert.Contains("house kind", kind.Message, StringComparison.Ordinal);

        var comparison = Assert.Throws<ArgumentOutOfRangeException>(() => new MetricCriterion(TallyMetric.Visits, (Comparison)9, Threshold.OfCount(1)));
        Assert.Equal("comparison", comparison.ParamName);
        Assert.Equal(Comparison.AtLeast, Guard.Against.UndefinedEnum(Comparison.AtLeast, "comparison"));
    }

    [Fact]
    public void NullItem_GivesThePositionOfTheFirstNull()
    {
        string?[] names = ["a", null, null];
        var refused = Assert.Throws<ArgumentException>(() => Guard.Against.NullItem(names, "name"));
        Assert.Equal("names", refused.ParamName);
        Assert.StartsWith("The name at position 1 is null.", refused.Message, StringComparison.Ordinal);
        string[] full = ["a", "b"];
        Assert.Same(full, Guard.Against.NullItem(full, "name"));
    }

    [Theory]
    [InlineData("1101051949123100", "17 digits are needed; 16 characters")]
    [InlineData("110105194912310021", "17 digits are needed; 18 characters")]
    [InlineData("11010519491231A02", "position 15")]
    [InlineData("１10105194912310０2", "position 1")]
    public void ComputeCheckCharacter_RefusesAnythingButSeventeenDigits_WithoutShowingThem(string first17, string reason)
    {
        var refused = Assert.Throws<ArgumentException>(() => ResidentId.ComputeCheckCharacter(first17));
        Assert.Equal("first17", refused.ParamName);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("110105", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("19491231", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeCheckCharacter_OfSeventeenDigits_IsTheStandardsExample()
    {
        Assert.Equal('X', ResidentId.ComputeCheckCharacter("11010519491231002"));
    }
}
