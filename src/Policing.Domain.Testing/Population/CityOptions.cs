namespace Policing.Domain.Testing.Population;

/// <summary>
/// The shape of a synthetic city and the rates at which defects are planted. Rates are shares of residents,
/// from 0 to 1; the person-ID rates together and the person-house rates together may not exceed 1.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record CityOptions
{
    /// <summary>Gets the number of residents, from 1 to tens of millions.</summary>
    public long Residents { get; init; } = 10_000;

    /// <summary>Gets the seed: the same options give the same city.</summary>
    public int Seed { get; init; } = 2014;

    /// <summary>Gets the residents per beat (Dezhou: 5.6 million people, 613 community officers, about 9,000).</summary>
    public int ResidentsPerBeat { get; init; } = 9_000;

    /// <summary>Gets the share of residents who are floating population, living in rental houses and not registered here.</summary>
    public double FloatingShare { get; init; } = 0.12;

    /// <summary>Gets the share of residents recorded with no number (黑户).</summary>
    public double NoNumberRate { get; init; } = 0.01;

    /// <summary>Gets the share of residents recorded with an invalid number.</summary>
    public double InvalidNumberRate { get; init; } = 0.01;

    /// <summary>Gets the share of residents recorded in pairs of different people sharing one number.</summary>
    public double SharedNumberRate { get; init; } = 0.004;

    /// <summary>Gets the share of residents recorded in pairs of records of one person under one number.</summary>
    public double DuplicateRecordRate { get; init; } = 0.004;

    /// <summary>Gets the share of residents recorded in pairs of records of one person under two numbers.</summary>
    public double MultipleNumbersRate { get; init; } = 0.004;

    /// <summary>Gets the share of residents whose recorded birth date or gender disagrees with their number.</summary>
    public double NumberMismatchRate { get; init; } = 0.01;

    /// <summary>Gets the share of residents with no living house recorded.</summary>
    public double UnknownHouseRate { get; init; } = 0.01;

    /// <summary>Gets the share of registered residents who live at another house than the one they are registered at.</summary>
    public double LivesElsewhereRate { get; init; } = 0.03;

    /// <summary>
    /// Gets the number of beats, from the first, whose register is clean: no person-ID defect is planted in the
    /// residents counted in them (the beat of the house they live in, else of the one they are registered at), so
    /// their person-ID consistency is 100% with the default unique names. Person-house defects are planted as
    /// everywhere. 0 by default.
    /// </summary>
    public int CleanBeats { get; init; }

    /// <summary>
    /// Gets a value indicating whether names are drawn from small pools, so that different people share names as in a
    /// real city; when <see langword="false"/> (the default) every person's name is unique and the analysis must find
    /// exactly the planted defects.
    /// </summary>
    public bool RealisticNames { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, a rate is outside 0 to 1, or the rates add up to more than 1.</exception>
    public void Validate()
    {
        Guard.Against.OutOfRange(Residents, nameof(Residents), 1, int.MaxValue, $"A city has at least one resident, not {Residents}.");
        Guard.Against.OutOfRange(ResidentsPerBeat, nameof(ResidentsPerBeat), 1, int.MaxValue, $"A beat has at least one resident, not {ResidentsPerBeat}.");
        Guard.Against.OutOfRange(CleanBeats, nameof(CleanBeats), 0, int.MaxValue, $"The clean beats may not be negative, not {CleanBeats}.");
        double[] idRates = [NoNumberRate, InvalidNumberRate, SharedNumberRate, DuplicateRecordRate, MultipleNumbersRate, NumberMismatchRate];
        double[] houseRates = [UnknownHouseRate, LivesElsewhereRate];
        foreach (var rate in idRates.Concat(houseRates).Append(FloatingShare))
        {
            if (rate is < 0 or > 1 || double.IsNaN(rate))
            {
                throw new ArgumentOutOfRangeException(nameof(CityOptions), rate, "Every rate and share must be from 0 to 1.");
            }
        }

        if (idRates.Sum() > 1 || houseRates.Sum() > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CityOptions), "The person-ID rates together, and the person-house rates together, may not exceed 1.");
        }
    }
}
