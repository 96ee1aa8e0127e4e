using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Tests.Population;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("张三", "张三")]
    [InlineData(" 张　三 ", "张三")]
    [InlineData("阿卜杜拉•买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉・买买提", "阿卜杜拉·买买提")]
    [InlineData("ｊｏｈｎ Ｓｍｉｔｈ", "JOHNSMITH")]
    [InlineData("John smith", "JOHNSMITH")]
    public void Normalize_FoldsWhitespaceWidthCaseAndDots(string name, string expected) =>
        Assert.Equal(expected, PersonNames.Normalize(name));

    [Fact]
    public void Key_AgreesWithNormalize_AndSeparatesBirthAndGender()
    {
        var birth = new NodaTime.LocalDate(1980, 1, 1);

        Assert.Equal(PersonNames.Key("ｊｏｈｎ Ｓｍｉｔｈ", birth, Domain.Identity.Gender.Male), PersonNames.Key("JOHNSMITH", birth, Domain.Identity.Gender.Male));
        Assert.NotEqual(PersonNames.Key("张三", birth, Domain.Identity.Gender.Male), PersonNames.Key("张三", birth.PlusDays(1), Domain.Identity.Gender.Male));
        Assert.NotEqual(PersonNames.Key("张三", birth, Domain.Identity.Gender.Male), PersonNames.Key("张三", birth, Domain.Identity.Gender.Female));
        Assert.NotEqual(PersonNames.Key("张三", birth, null), PersonNames.Key("张三", null, null));
        Assert.Throws<ArgumentNullException>(() => PersonNames.Normalize(null!));
    }

    [Fact]
    public void Normalize_KeepsEveryCharacter_ThatIsNoSpaceDotOrFoldableLetter()
    {
        // Every character the rules leave alone comes out as it went in, whichever path answers it.
        for (var c = '\u0080'; c < '\uFF01'; c++)
        {
            if (char.IsWhiteSpace(c) || c is '\u2022' or '\u30FB' or '\u2027' or '\u00B7' || char.IsSurrogate(c))
            {
                continue;
            }

            Assert.Equal(c.ToString(), PersonNames.Normalize($" {c} "));
        }

        Assert.Equal(string.Empty, PersonNames.Normalize("\u3000\u2028\u00A0"));
    }
}
