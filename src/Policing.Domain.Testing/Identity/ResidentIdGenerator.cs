using System.Globalization;
using System.Text;
using NodaTime;
using Policing.Domain.Identity;

namespace Policing.Domain.Testing.Identity;

/// <summary>
/// Makes identity numbers for tests, benchmarks and demos: valid numbers of every kind, and numbers broken in
/// exactly one way with the verdict the validator must give. Seeded: the same seed gives the same numbers.
/// </summary>
/// <remarks>An instance is not thread-safe; use one per thread.</remarks>
public sealed class ResidentIdGenerator
{
    /// <summary>The verdicts that hold under the default validation options, which <see cref="NextExport"/> mixes in.</summary>
    public static IReadOnlyList<ResidentIdError> DefaultOptionFailures { get; } =
    [
        ResidentIdError.Length, ResidentIdError.Character, ResidentIdError.Province, ResidentIdError.DivisionCode,
        ResidentIdError.NationalityCode, ResidentIdError.BirthDate, ResidentIdError.CheckCharacter,
    ];

    // Every county- and prefecture-level code of the table, retired ones included (the permit and Taiwan codes aside),
    // with the last year of birth the strict rule allows under it (9999 for a code in force).
    private static readonly Lazy<(int Code, int LastBirthYear)[]> AllCodes = new(() => [.. DivisionCode.Known
        .Where(c => !c.IsProvinceLevel && c.ProvinceCode is not (71 or 81 or 82 or 83))
        .Select(c => (c.Value, c.RetiredBy ?? 9999))]);

    // The codes in force, for numbers that must stay valid in strict mode whatever their birth date.
    private static readonly Lazy<int[]> StableCodes = new(() => [.. AllCodes.Value.Where(c => c.LastBirthYear == 9999).Select(c => c.Code)]);

    // The codes retired by 2014 at the latest, for numbers born after their retirement (before 2026).
    private static readonly Lazy<(int Code, int LastBirthYear)[]> RetiredCodes = new(() => [.. AllCodes.Value.Where(c => c.LastBirthYear <= 2014)]);

    private static readonly int[] Nationalities = [4, 36, 124, 250, 276, 392, 410, 643, 702, 764, 826, 840];
    private static readonly int[] MainlandProvinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    private readonly Random _random;

    /// <summary>Initializes a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same sequence.</param>
    public ResidentIdGenerator(int seed) => _random = new Random(seed);

    /// <summary>Makes a valid citizen's number registered in the given division and born on the given date.</summary>
    /// <param name="division">The division of first registration; must exist in the embedded table.</param>
    /// <param name="birthDate">The birth date, on or after 1900-01-01.</param>
    /// <param name="gender">The gender the sequence encodes.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException">The division is unknown or the date is before 1900.</exception>
    public ResidentId NextCitizen(DivisionCode division, LocalDate birthDate, Gender gender)
    {
        var text = Compose(division.Value, birthDate, gender);
        return ResidentId.TryParse(text, out var id)
            ? id
            : throw new ArgumentException($"No valid number exists for division {division} born {birthDate:uuuu-MM-dd}: {ResidentId.Validate(text)}.", nameof(division));
    }

    /// <summary>Composes the citizen's number with exactly the given division, birth date and sequence.</summary>
    /// <param name="division">The division of first registration; must exist in the embedded table.</param>
    /// <param name="birthDate">The birth date, on or after 1900-01-01.</param>
    /// <param name="sequence">The sequence, 0 to 999; odd for a man, even for a woman.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is outside 0 to 999.</exception>
    /// <exception cref="InvalidResidentIdException">No valid number has these parts.</exception>
    public static ResidentId Compose(DivisionCode division, LocalDate birthDate, int sequence)
    {
        Guard.Against.OutOfRange(sequence, nameof(sequence), 0, 999, $"The sequence has three digits, from 0 to 999, not {sequence}.");
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{division.Value:D6}{birthDate.Year:D4}{birthDate.Month:D2}{birthDate.Day:D2}{sequence:D3}");
        return ResidentId.Parse(first17 + ResidentId.ComputeCheckCharacter(first17));
    }

    /// <summary>
    /// Makes a valid number of a kind, with a random division (or province and nationality), date and sequence. A
    /// citizen's division is drawn from every code since 1980, retired ones included, and its birth date is one the
    /// strict rule allows under it (not after the year the code was retired by), so the number is valid in both modes.
    /// </summary>
    /// <param name="kind">The kind of holder.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public ResidentId NextValid(ResidentIdKind kind = ResidentIdKind.Citizen) => ResidentId.Parse(NextValidText(kind));

    /// <summary>Makes the text of a valid number of a kind.</summary>
    /// <param name="kind">The kind of holder.</param>
    /// <returns>18 characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public string NextValidText(ResidentIdKind kind = ResidentIdKind.Citizen)
    {
        if (kind == ResidentIdKind.Citizen)
        {
            var (code, lastBirthYear) = AllCodes.Value[_random.Next(AllCodes.Value.Length)];
            return Compose(code, NextBirthDate(lastBirthYear), _random.Next(2) == 0 ? Gender.Male : Gender.Female);
        }

        var first6 = kind switch
        {
            ResidentIdKind.HongKongResident => 810000,
            ResidentIdKind.MacaoResident => 820000,
            ResidentIdKind.TaiwanResident => 830000,
            ResidentIdKind.ForeignPermanentResident =>
                900000 + (MainlandProvinces[_random.Next(MainlandProvinces.Length)] * 1000) + Nationalities[_random.Next(Nationalities.Length)],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind of identity number."),
        };
        return Compose(first6, NextBirthDate(), _random.Next(2) == 0 ? Gender.Male : Gender.Female);
    }

    /// <summary>
    /// Makes a number broken in exactly one way, so that validation under <paramref name="options"/> reports
    /// <paramref name="error"/>; <see cref="ResidentIdError.None"/> gives a valid number.
    /// </summary>
    /// <param name="error">The verdict the number must get.</param>
    /// <param name="options">
    /// The options it will be validated under: <see cref="ResidentIdError.DivisionCodeNotInForce"/> needs
    /// <see cref="DivisionCodeMode.Strict"/>, <see cref="ResidentIdError.BirthDateAfterReference"/> a
    /// <see cref="ResidentIdValidationOptions.NotAfter"/> date before 9999.
    /// </param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The options cannot produce <paramref name="error"/>, or it is not defined.</exception>
    public string NextBroken(ResidentIdError error, ResidentIdValidationOptions options = default)
    {
        switch (error)
        {
            case ResidentIdError.None:
                return NextValidText();
            case ResidentIdError.Length:
                var valid = NextValidText();
                return _random.Next(2) == 0 ? valid[..^(1 + _random.Next(3))] : valid + _random.Next(10).ToString(CultureInfo.InvariantCulture);
            case ResidentIdError.Character:
                var chars = NextValidText().ToCharArray();
                chars[_random.Next(ResidentId.Length)] = "AY-*:/"[_random.Next(6)];
                return new string(chars);
            case ResidentIdError.Province:
                return Compose((new[] { 10, 16, 20, 24, 30, 38, 40, 47, 55, 60, 66, 70, 80, 84 }[_random.Next(14)] * 10_000) + 101, NextBirthDate(), Gender.Male);
            case ResidentIdError.DivisionCode:
                int code;
                do
                {
                    code = (MainlandProvinces[_random.Next(MainlandProvinces.Length)] * 10_000) + 9_900 + _random.Next(100);
                }
                while (new DivisionCode(code).Exists);
                return Compose(code, NextBirthDate(), Gender.Female);
            case ResidentIdError.DivisionCodeNotInForce:
                RequireOptions(options.DivisionCodeMode == DivisionCodeMode.Strict, error, "strict division codes");

                // A code retired by some year, and a birth in one of the years after it up to 2025.
                var (retired, retiredBy) = RetiredCodes.Value[_random.Next(RetiredCodes.Value.Length)];
                return Compose(retired, new LocalDate(retiredBy + 1 + _random.Next(2025 - retiredBy), 1 + _random.Next(12), 1 + _random.Next(28)), Gender.Male);
            case ResidentIdError.NationalityCode:
                return Compose(937000 + new[] { 0, 1, 999, 987 }[_random.Next(4)], NextBirthDate(), Gender.Male);
            case ResidentIdError.BirthDate:
                // A code in force, so that strict mode too looks past the division to the date.
                var stable = StableCodes.Value[_random.Next(StableCodes.Value.Length)].ToString("D6", CultureInfo.InvariantCulture);
                var badDate = new[] { "19990230", "18991231", "20011301", "19000229", "20000000", "19850431" }[_random.Next(6)];
                return WithCheckCharacter(stable + badDate + _random.Next(1000).ToString("D3", CultureInfo.InvariantCulture));
            case ResidentIdError.BirthDateAfterReference:
                RequireOptions(options.NotAfter is { Year: < 9999 }, error, "a reference date before 9999");
                var after = options.NotAfter!.Value.PlusDays(1 + _random.Next(3650));
                return Compose(StableCodes.Value[_random.Next(StableCodes.Value.Length)], after, Gender.Female);
            case ResidentIdError.CheckCharacter:
                var good = NextValidText();
                var wrong = "0123456789X".Replace(good[^1].ToString(), string.Empty, StringComparison.Ordinal)[_random.Next(10)];
                return good[..^1] + wrong;
            default:
                throw new ArgumentException($"Not a defined identity-number verdict: {error}.", nameof(error));
        }
    }

    /// <summary>
    /// Makes an export: <paramref name="count"/> numbers, one per line in UTF-8, of which a share is broken, spread
    /// evenly over <see cref="DefaultOptionFailures"/>; gives the counts the validator must report.
    /// </summary>
    /// <param name="count">How many lines.</param>
    /// <param name="brokenShare">The share of broken lines, from 0 to 1.</param>
    /// <param name="expected">The verdict counts a correct validator reports under the default options.</param>
    /// <returns>The UTF-8 bytes, every line ended by <c>\n</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the share is outside 0 to 1.</exception>
    public byte[] NextExport(int count, double brokenShare, out IReadOnlyDictionary<ResidentIdError, long> expected)
    {
        Guard.Against.OutOfRange(count, nameof(count), 0, int.MaxValue, $"The count of lines may not be negative, not {count}.");
        if (brokenShare is < 0 or > 1 || double.IsNaN(brokenShare))
        {
            throw new ArgumentOutOfRangeException(nameof(brokenShare), brokenShare, "The broken share must be from 0 to 1.");
        }

        var counts = new Dictionary<ResidentIdError, long>();
        var builder = new StringBuilder(count * (ResidentId.Length + 1));
        for (var i = 0; i < count; i++)
        {
            var error = _random.NextDouble() < brokenShare
                ? DefaultOptionFailures[_random.Next(DefaultOptionFailures.Count)]
                : ResidentIdError.None;
            var text = error == ResidentIdError.None ? NextValidText(NextKind()) : NextBroken(error);
            builder.Append(text).Append('\n');
            counts[error] = counts.GetValueOrDefault(error) + 1;
        }

        expected = counts;
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void RequireOptions(bool satisfied, ResidentIdError error, string what)
    {
        if (!satisfied)
        {
            throw new ArgumentException($"A number failing with {error} needs options with {what}.", nameof(error));
        }
    }

    private string Compose(int first6, LocalDate birthDate, Gender gender)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{first6:D6}{birthDate.Year:D4}{birthDate.Month:D2}{birthDate.Day:D2}{_random.Next(1000):D3}");
        return WithCheckCharacter(first17, gender);
    }

    private static string WithCheckCharacter(string first17, Gender? gender = null)
    {
        if (gender is { } g)
        {
            var last = (first17[16] - '0') & ~1;
            first17 = first17[..16] + (char)('0' + last + (g == Gender.Male ? 1 : 0));
        }

        return first17 + ResidentId.ComputeCheckCharacter(first17);
    }

    private LocalDate NextBirthDate() => new LocalDate(1930, 1, 1).PlusDays(_random.Next(33_000));

    /// <summary>A birth date as <see cref="NextBirthDate()"/> gives, but not after the end of a year.</summary>
    private LocalDate NextBirthDate(int lastYear)
    {
        var days = Math.Min(33_000, Period.Between(new LocalDate(1930, 1, 1), new LocalDate(Math.Min(lastYear, 2100), 12, 31), PeriodUnits.Days).Days + 1);
        return new LocalDate(1930, 1, 1).PlusDays(_random.Next(days));
    }

    private ResidentIdKind NextKind() => _random.Next(100) switch
    {
        0 => ResidentIdKind.HongKongResident,
        1 => ResidentIdKind.MacaoResident,
        2 => ResidentIdKind.TaiwanResident,
        3 => ResidentIdKind.ForeignPermanentResident,
        _ => ResidentIdKind.Citizen,
    };
}
