using NodaTime;
using Policing.Domain.Identity;
using Policing.Domain.Tests.Laws;

namespace Policing.Domain.Tests.Identity;

public sealed class ResidentIdTests
{
    // GB 11643-1999's own example: Beijing Chaoyang (110105), born 1949-12-31, sequence 002, check X.
    private const string Standard = "11010519491231002X";

    [Fact]
    public void Parse_StandardExample_ReadsEveryField()
    {
        var id = ResidentId.Parse(Standard);

        Assert.Equal(new LocalDate(1949, 12, 31), id.BirthDate);
        Assert.Equal(Gender.Female, id.Gender);
        Assert.Equal(ResidentIdKind.Citizen, id.Kind);
        Assert.Equal(new DivisionCode(110105), id.Division);
        Assert.Equal(11, id.ProvinceCode);
        Assert.Equal(new DivisionCode(110000), id.Division!.Value.Province);
        Assert.Equal(2, id.Sequence);
        Assert.Equal('X', id.CheckCharacter);
        Assert.Null(id.NationalityCode);
        Assert.False(id.IsEmpty);
    }

    [Fact]
    public void TryParse_LowercaseX_IsAcceptedAndPrintedUpper()
    {
        Assert.True(ResidentId.TryParse("11010519491231002x", out var id));
        Assert.Equal(Standard, id.RevealFull());
        Assert.Equal(ResidentId.Parse(Standard), id);
    }

    [Theory]
    [InlineData("", ResidentIdError.Length)]
    [InlineData("11010519491231002", ResidentIdError.Length)]
    [InlineData("11010519491231002X1", ResidentIdError.Length)]
    [InlineData(" 11010519491231002X", ResidentIdError.Length)]
    [InlineData("11010519491231002X ", ResidentIdError.Length)]
    [InlineData("110105194912310021", ResidentIdError.CheckCharacter)]
    [InlineData("1101051949123100AX", ResidentIdError.Character)]
    [InlineData("11010519491231002Y", ResidentIdError.Character)]
    [InlineData("１10105194912310021", ResidentIdError.Character)]
    [InlineData("100105194912310028", ResidentIdError.Province)]
    [InlineData("110199194912310022", ResidentIdError.DivisionCode)]
    [InlineData("110105194902300024", ResidentIdError.BirthDate)]
    [InlineData("110105189912310026", ResidentIdError.BirthDate)]
    [InlineData("110105194913010021", ResidentIdError.BirthDate)]
    [InlineData("937000198001010016", ResidentIdError.NationalityCode)]
    [InlineData("971840198001010014", ResidentIdError.Province)]
    public void Validate_EachBrokenPart_IsNamed(string text, ResidentIdError expected)
    {
        var computed = text.Length == 18 && text.Take(17).All(char.IsAsciiDigit) && expected != ResidentIdError.CheckCharacter && expected != ResidentIdError.Character
            ? string.Concat(text.AsSpan(0, 17), [ResidentId.ComputeCheckCharacter(text.AsSpan(0, 17))])
            : text;

        Assert.Equal(expected, ResidentId.Validate(computed));
        if (computed.All(char.IsAscii))
        {
            Assert.Equal(expected, ResidentId.Validate(System.Text.Encoding.UTF8.GetBytes(computed)));
        }

        Assert.False(ResidentId.TryParse(computed, out var id));
        Assert.True(id.IsEmpty);
    }

    [Fact]
    public void Validate_WrongCheckCharacter_TellsTheExpectedOne()
    {
        Assert.Equal(ResidentIdError.CheckCharacter, ResidentId.Validate("110105194912310021", out var expected));
        Assert.Equal('X', expected);
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithReasonButNeverTheNumber()
    {
        var ex = Assert.Throws<InvalidResidentIdException>(() => ResidentId.Parse("110105194912310021"));

        Assert.Equal(ResidentIdError.CheckCharacter, ex.Error);
        Assert.Equal('X', ex.ExpectedCheckCharacter);
        Assert.Contains("MOD 11-2", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("19491231", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("110105", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ResidentId.Parse(null!));
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2004, true)]
    [InlineData(1900, false)]
    [InlineData(2100, false)]
    [InlineData(2023, false)]
    public void Validate_TwentyNinthOfFebruary_OnlyInLeapYears(int year, bool valid)
    {
        var first17 = $"110105{year:D4}0229002";
        var text = first17 + ResidentId.ComputeCheckCharacter(first17);

        Assert.Equal(valid ? ResidentIdError.None : ResidentIdError.BirthDate, ResidentId.Validate(text));
    }

    [Theory]
    [InlineData("810000", ResidentIdKind.HongKongResident)]
    [InlineData("820000", ResidentIdKind.MacaoResident)]
    [InlineData("830000", ResidentIdKind.TaiwanResident)]
    public void Parse_ResidencePermits_HaveTheirKind(string prefix, ResidentIdKind kind)
    {
        var first17 = prefix + "19900101001";
        var id = ResidentId.Parse(first17 + ResidentId.ComputeCheckCharacter(first17));

        Assert.Equal(kind, id.Kind);
        Assert.NotEqual(ResidentIdKind.Citizen, id.Kind);
        Assert.Equal(new DivisionCode(int.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture)), id.Division);
    }

    [Fact]
    public void Validate_PermitWithCountyDigits_IsADivisionCodeError()
    {
        var first17 = "810101" + "19900101001";

        Assert.Equal(ResidentIdError.DivisionCode, ResidentId.Validate(first17 + ResidentId.ComputeCheckCharacter(first17)));
    }

    [Fact]
    public void Parse_ForeignPermanentResident_IsNeverACitizen()
    {
        // 9, Shandong (37), the United States (840), born 1980-01-01, sequence 001.
        var first17 = "937840" + "19800101001";
        var id = ResidentId.Parse(first17 + ResidentId.ComputeCheckCharacter(first17));

        Assert.Equal(ResidentIdKind.ForeignPermanentResident, id.Kind);
        Assert.Equal(37, id.ProvinceCode);
        Assert.Equal(840, id.NationalityCode);
        Assert.Null(id.Division);
        Assert.Equal(Gender.Male, id.Gender);
        Assert.Equal(new LocalDate(1980, 1, 1), id.BirthDate);
    }

    [Fact]
    public void ToString_IsMasked_AndFullOnlyOnRequest()
    {
        var id = ResidentId.Parse(Standard);

        Assert.Equal("110105***********X", id.ToString());
        Assert.Equal("110105***********X", id.ToString("M", null));
        Assert.Equal("110105***********X", $"{id}");
        Assert.Equal(Standard, id.ToString("F", null));
        Assert.Equal(Standard, $"{id:F}");
        Assert.Equal(Standard, id.RevealFull());
        Assert.Throws<FormatException>(() => id.ToString("Q", null));
    }

    [Fact]
    public void TryFormat_WritesMaskedOrFull_AndFailsWhenTooSmall()
    {
        var id = ResidentId.Parse(Standard);
        Span<char> chars = stackalloc char[18];
        Span<byte> bytes = stackalloc byte[18];

        Assert.True(id.TryFormat(chars, out var written, "F", null));
        Assert.Equal(Standard, chars[..written].ToString());
        Assert.True(id.TryFormat(bytes, out written, default, null));
        Assert.Equal("110105***********X", System.Text.Encoding.UTF8.GetString(bytes[..written]));
        Assert.False(id.TryFormat(stackalloc char[17], out written, "F", null));
        Assert.Equal(0, written);
        Assert.False(id.TryFormat(stackalloc byte[10], out written, "F", null));
    }

    [Fact]
    public void AgeOn_CountsCompletedYears()
    {
        var id = ResidentId.Parse(Standard);

        Assert.Equal(0, id.AgeOn(new LocalDate(1949, 12, 31)));
        Assert.Equal(0, id.AgeOn(new LocalDate(1950, 12, 30)));
        Assert.Equal(1, id.AgeOn(new LocalDate(1950, 12, 31)));
        Assert.Equal(64, id.AgeOn(new LocalDate(2014, 1, 12)));
        Assert.Throws<ArgumentOutOfRangeException>(() => id.AgeOn(new LocalDate(1949, 12, 30)));
    }

    [Fact]
    public void Default_HoldsNoNumber_AndSaysSo()
    {
        var empty = default(ResidentId);

        Assert.True(empty.IsEmpty);
        Assert.Equal("(empty)", empty.ToString());
        Assert.Throws<InvalidOperationException>(() => empty.BirthDate);
        Assert.Throws<InvalidOperationException>(() => empty.RevealFull());
        Assert.True(empty < ResidentId.Parse(Standard));
    }

    [Fact]
    public void NotAfter_RejectsLaterBirthDates_OnlyWhenGiven()
    {
        var options = new ResidentIdValidationOptions { NotAfter = new LocalDate(1949, 12, 30) };

        Assert.Equal(ResidentIdError.BirthDateAfterReference, ResidentId.Validate(Standard, options, out _));
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Standard, options with { NotAfter = new LocalDate(1949, 12, 31) }, out _));
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(Standard));
    }

    [Fact]
    public void StrictMode_AcceptsARetiredCodeInItsYears_LenientAlways()
    {
        // Ling county of Dezhou, 371421, became Lingcheng district in 2014: its people keep 371421 for life, and nobody
        // born after 2014 (the year of the first list without it) can hold it.
        var old = "371421" + "19800101001";
        var text = old + ResidentId.ComputeCheckCharacter(old);
        var strict = new ResidentIdValidationOptions { DivisionCodeMode = DivisionCodeMode.Strict };

        Assert.Equal(ResidentIdError.None, ResidentId.Validate(text));
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(text, strict, out _));
        var born2020 = "371421" + "20200101001";
        var late = born2020 + ResidentId.ComputeCheckCharacter(born2020);
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(late));
        Assert.Equal(ResidentIdError.DivisionCodeNotInForce, ResidentId.Validate(late, strict, out _));
    }

    [Fact]
    public void Legacy_FifteenDigits_AreNeverParsedButCanBeUpgraded()
    {
        const string legacy = "110105491231002";

        Assert.False(ResidentId.TryParse(legacy, out _));
        Assert.Equal(ResidentIdError.Length, ResidentId.Validate(legacy));
        Assert.True(ResidentId.TryUpgradeLegacy(legacy, out var upgraded));
        Assert.Equal(Standard, upgraded.RevealFull());
        Assert.Equal(upgraded, ResidentId.UpgradeLegacy(legacy));
        Assert.Equal(ResidentIdError.None, ResidentId.ValidateLegacy(legacy));
    }

    [Theory]
    [InlineData("11010549123100", ResidentIdError.Length)]
    [InlineData("11010549123100A", ResidentIdError.Character)]
    [InlineData("100105491231002", ResidentIdError.Province)]
    [InlineData("110105490229002", ResidentIdError.BirthDate)]
    [InlineData("937840800101001", ResidentIdError.Province)]
    public void Legacy_Invalid_IsNamed(string legacy, ResidentIdError expected)
    {
        Assert.Equal(expected, ResidentId.ValidateLegacy(legacy));
        Assert.False(ResidentId.TryUpgradeLegacy(legacy, out _));
        Assert.Equal(expected, Assert.Throws<InvalidResidentIdException>(() => ResidentId.UpgradeLegacy(legacy)).Error);
    }

    [Fact]
    public void ComputeCheckCharacter_RejectsWrongInput()
    {
        Assert.Equal('X', ResidentId.ComputeCheckCharacter("11010519491231002"));
        Assert.Throws<ArgumentException>(() => ResidentId.ComputeCheckCharacter("1101051949123100"));
        Assert.Throws<ArgumentException>(() => ResidentId.ComputeCheckCharacter("1101051949123100A"));
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheLaws()
    {
        var generator = new Testing.Identity.ResidentIdGenerator(7);
        var samples = Enumerable.Range(0, 12).Select(_ => generator.NextValid()).Append(default).Append(ResidentId.Parse(Standard)).Append(ResidentId.Parse(Standard)).ToArray();

        ValueLaws.Equality(samples, (a, b) => a == b, (a, b) => a != b);
        ValueLaws.Ordering(samples, (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
    }

    [Fact]
    public void DivisionCode_ChecksRangeAndFollowsTheLaws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DivisionCode(99_999));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DivisionCode(1_000_000));
        Assert.Equal("371402", new DivisionCode(371402).ToString());
        Assert.True(new DivisionCode(370000).IsProvinceLevel);
        var samples = new[] { new DivisionCode(110101), new DivisionCode(371402), new DivisionCode(371402), new DivisionCode(650000) };
        ValueLaws.Equality(samples, (a, b) => a == b, (a, b) => a != b);
        ValueLaws.Ordering(samples, (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
    }

    [Fact]
    public void ErrorDescriptions_CoverEveryError()
    {
        foreach (var error in Enum.GetValues<ResidentIdError>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ResidentIdErrors.Describe(error)));
        }

        Assert.Contains("'7'", ResidentIdErrors.Describe(ResidentIdError.CheckCharacter, '7'), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdErrors.Describe((ResidentIdError)200));
    }
}
