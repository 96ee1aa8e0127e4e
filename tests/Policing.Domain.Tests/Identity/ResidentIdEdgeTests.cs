using NodaTime;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Tests.Identity;

/// <summary>Edges that mutation testing (dotnet-stryker on Identity/) showed no other test pinned down.</summary>
public sealed class ResidentIdEdgeTests
{
    private const string Standard = "11010519491231002X";

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    public void ACharacterAbove255_WhoseLowByteIsADigit_IsNotADigit(int position)
    {
        // U+0131 and U+0158 narrow to '1' and 'X' if only the low byte were read.
        var text = Standard.ToCharArray();
        text[position] = (char)(0x100 + (position == 16 ? '2' : 'X'));
        Assert.False(ResidentId.TryParse(text, out _));
        Assert.Equal(ResidentIdError.Character, ResidentId.Validate(text));
    }

    [Fact]
    public void ATaiwanPermitHolder_BornOnTheFirstDayAllowed_IsValid_AndTheDayBeforeIsNot()
    {
        // 830000 is not in the county table, so this number takes the full checks, not the fast path.
        var first = ResidentIdGenerator.Compose(new DivisionCode(830000), new LocalDate(1900, 1, 1), 11);
        Assert.Equal(ResidentIdError.None, ResidentId.Validate(first.RevealFull()));
        var text = first.RevealFull()[..6] + "18991231" + first.RevealFull()[14..17];
        text += ResidentId.ComputeCheckCharacter(text);
        Assert.Equal(ResidentIdError.BirthDate, ResidentId.Validate(text));
    }

    [Fact]
    public void Parse_TellsTheExpectedCheckCharacter_OnlyForAWrongCheckCharacter()
    {
        var wrongCheck = Assert.Throws<InvalidResidentIdException>(() => ResidentId.Parse("110105194912310021"));
        Assert.Equal('X', wrongCheck.ExpectedCheckCharacter);
        var tooShort = Assert.Throws<InvalidResidentIdException>(() => ResidentId.Parse("11010519491231002"));
        Assert.Equal(ResidentIdError.Length, tooShort.Error);
        Assert.Null(tooShort.ExpectedCheckCharacter);
    }

    [Fact]
    public void NullArguments_AreRefusedOrFalse_NeverACrash()
    {
        Assert.False(ResidentId.TryParse((string?)null, out var none));
        Assert.Equal(default, none);
        Assert.Throws<ArgumentNullException>(() => ResidentId.UpgradeLegacy(null!));
        Assert.Throws<ArgumentNullException>(() => ResidentIdBatchResult.Empty.Plus(null!));
    }

    [Fact]
    public void TryParse_WithOptions_AppliesThem()
    {
        var options = new ResidentIdValidationOptions { NotAfter = new LocalDate(1949, 12, 30) };
        Assert.False(ResidentId.TryParse(Standard.AsSpan(), options, out _));
        Assert.True(ResidentId.TryParse(Standard.AsSpan(), default(ResidentIdValidationOptions), out var id));
        Assert.Equal(ResidentId.Parse(Standard), id);
    }

    [Fact]
    public void Formats_MaskedByDefaultAndWithM_FullOnlyWithF()
    {
        var id = ResidentId.Parse(Standard);
        Assert.Equal(id.ToString(), id.ToString("M", null));
        Assert.Equal(id.ToString(), id.ToString("m", null));
        Assert.Equal(Standard, id.ToString("F", null));
        Assert.Equal(Standard, id.ToString("f", null));
        Assert.Throws<FormatException>(() => id.ToString("X", null));
    }

    [Fact]
    public void BatchResults_AreEqualOnlyWithEqualCounts_AndHashAlike()
    {
        var a = ResidentIdBatch.Validate("11010519491231002X\n"u8);
        var b = ResidentIdBatch.Validate("11010519491231002X\n"u8);
        var c = ResidentIdBatch.Validate("110105194912310021\n"u8);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void TheDivisionTable_ListsCodesInOrder()
    {
        var known = DivisionCode.Known;
        Assert.True(known.Count > 3_000);
        Assert.True(known.Zip(known.Skip(1)).All(p => p.First.Value < p.Second.Value));
    }
}
