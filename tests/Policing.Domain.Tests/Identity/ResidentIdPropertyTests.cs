using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Tests.Identity;

public sealed class ResidentIdPropertyTests
{
    private static readonly Arbitrary<string> ValidNumbers =
        Gen.Choose(0, int.MaxValue)
            .Zip(Gen.Elements(Enum.GetValues<ResidentIdKind>()))
            .Select(t => new ResidentIdGenerator(t.Item1).NextValidText(t.Item2))
            .ToArbitrary();

    private static readonly Arbitrary<(string Text, int Position, int Digit)> OneDigitChanged =
        (from text in ValidNumbers.Generator
         from position in Gen.Choose(0, 16)
         from digit in Gen.Choose(1, 9)
         select (text, position, digit)).ToArbitrary();

    private static readonly Arbitrary<string> NearNumbers =
        Gen.Choose(0, int.MaxValue)
            .Select(seed =>
            {
                var random = new Random(seed);
                var chars = new ResidentIdGenerator(seed).NextValidText().ToCharArray();
                chars[random.Next(chars.Length)] = (char)random.Next(0, 0x3000);
                return new string(chars, 0, random.Next(10, chars.Length + 1));
            })
            .ToArbitrary();

    [Property]
    public Property FullFormat_RoundTrips()
    {
        return Prop.ForAll(ValidNumbers, text =>
        {
            var id = ResidentId.Parse(text);
            return ResidentId.Parse(id.RevealFull()) == id
                && id.RevealFull() == text.ToUpperInvariant()
                && ResidentId.TryParse(Encoding.UTF8.GetBytes(id.ToString("F", null)), out var fromUtf8) && fromUtf8 == id;
        });
    }

    [Property]
    public Property AnySingleChangedDigit_IsRejected()
    {
        return Prop.ForAll(OneDigitChanged, t =>
        {
            var chars = t.Text.ToCharArray();
            chars[t.Position] = (char)('0' + ((chars[t.Position] - '0' + t.Digit) % 10));
            return !ResidentId.TryParse(new string(chars), out _);
        });
    }

    [Property]
    public Property AnySwapOfAdjacentDifferentDigits_IsRejected()
    {
        return Prop.ForAll(OneDigitChanged, t =>
        {
            var chars = t.Text.ToCharArray();
            var i = t.Position;
            if (chars[i] == chars[i + 1] || chars[i + 1] == 'X')
            {
                return true;
            }

            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            return !ResidentId.TryParse(new string(chars), out _);
        });
    }

    [Property]
    public Property TryParse_NeverThrows_ForAnyString()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            ResidentId.TryParse(s, out _);
            ResidentId.TryParse(s.AsSpan(), out _);
            ResidentId.Validate(s.AsSpan(), out _);
            return true;
        });
    }

    [Property]
    public Property TryParse_AgreesWithValidate_ForNearNumbers()
    {
        return Prop.ForAll(NearNumbers, s => ResidentId.TryParse(s, out _) == (ResidentId.Validate(s) == ResidentIdError.None));
    }

    [Property]
    public Property TryParse_NeverThrows_ForAnyBytes()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            ResidentId.TryParse(bytes, out _);
            return ResidentId.TryParse(bytes, out _) == (ResidentId.Validate(bytes) == ResidentIdError.None);
        });
    }

    [Property]
    public Property VectorAndScalarPaths_Agree()
    {
        var broken = Gen.Choose(0, int.MaxValue)
            .Zip(Gen.Elements(ResidentIdGenerator.DefaultOptionFailures.Append(ResidentIdError.None).ToArray()))
            .Select(t => (Text: new ResidentIdGenerator(t.Item1).NextBroken(t.Item2), Expected: t.Item2))
            .ToArbitrary();
        return Prop.ForAll(broken, t =>
        {
            var scalar = ResidentId.ParseScalar(t.Text.AsSpan(), ResidentIdValidationOptions.Default, out var scalarId, out _);
            var vectorChars = ResidentId.TryParse(t.Text.AsSpan(), out var charId);
            var vectorBytes = ResidentId.TryParse(Encoding.UTF8.GetBytes(t.Text), out var byteId);
            return scalar == t.Expected
                && vectorChars == (scalar == ResidentIdError.None)
                && vectorBytes == vectorChars
                && charId == scalarId && byteId == scalarId;
        });
    }

    [Property]
    public Property VectorAndScalarPaths_GiveTheSameVerdictAndExpectedCharacter()
    {
        ResidentIdValidationOptions[] options =
        [
            default,
            new() { DivisionCodeMode = DivisionCodeMode.Strict, NotAfter = new NodaTime.LocalDate(2010, 6, 15) },
        ];
        var texts = Gen.OneOf(NearNumbers.Generator, ValidNumbers.Generator.Select(t => t.ToLowerInvariant()), OneDigitChanged.Generator.Select(t =>
        {
            var chars = t.Text.ToCharArray();
            chars[t.Position] = (char)('0' + ((chars[t.Position] - '0' + t.Digit) % 10));
            return new string(chars);
        }));
        return Prop.ForAll(texts.Zip(Gen.Elements(options)).ToArbitrary(), t =>
        {
            var (text, option) = t;
            var scalar = ResidentId.ParseScalar(text.AsSpan(), option, out var scalarId, out var scalarExpected);
            var chars = ResidentId.ParseCore(text.AsSpan(), option, out var charId, out var charExpected);
            var bytes = ResidentId.ParseCore<byte>(Encoding.Latin1.GetBytes(text), option, out var byteId, out var byteExpected);
            var utf16Only = text.Any(c => c > 0xFF);
            return chars == scalar && charId == scalarId && charExpected == scalarExpected
                && (utf16Only || (bytes == scalar && byteId == scalarId && byteExpected == scalarExpected));
        });
    }

    [Property]
    public Property MaskedForm_NeverContainsTheBirthDateOrSequence()
    {
        return Prop.ForAll(ValidNumbers, text =>
        {
            var id = ResidentId.Parse(text);
            var masked = id.ToString();
            return !masked.Contains(text.Substring(6, 8), StringComparison.Ordinal)
                && masked[6..17].All(c => c == '*')
                && masked.Length == ResidentId.MaskedLength
                && masked[..6] == text[..6];
        });
    }

    [Property]
    public Property Gender_FollowsTheParityOfThe17thDigit()
    {
        return Prop.ForAll(ValidNumbers, text =>
            ResidentId.Parse(text).Gender == ((text[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female));
    }

    [Fact]
    public void Generator_BrokenNumbers_GetExactlyTheirVerdict()
    {
        var strictAndDated = new ResidentIdValidationOptions
        {
            DivisionCodeMode = DivisionCodeMode.Strict,
            NotAfter = new NodaTime.LocalDate(2026, 1, 1),
        };
        var generator = new ResidentIdGenerator(11);
        foreach (var error in Enum.GetValues<ResidentIdError>())
        {
            for (var i = 0; i < 50; i++)
            {
                var text = generator.NextBroken(error, strictAndDated);
                Assert.Equal(error, ResidentId.Validate(text, strictAndDated, out _));
            }
        }

        Assert.Throws<ArgumentException>(() => generator.NextBroken(ResidentIdError.DivisionCodeNotInForce));
        Assert.Throws<ArgumentException>(() => generator.NextBroken(ResidentIdError.BirthDateAfterReference));
    }

    [Fact]
    public void Generator_IsDeterministic()
    {
        var a = new ResidentIdGenerator(5).NextExport(200, 0.3, out var expectedA);
        var b = new ResidentIdGenerator(5).NextExport(200, 0.3, out var expectedB);

        Assert.Equal(a, b);
        Assert.Equal(expectedA, expectedB);
    }
}
