using System.Globalization;
using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Testing.Population;

/// <summary>
/// Generates a synthetic city shaped like Dezhou's figures, from one beat to tens of millions of residents, with
/// consistency defects planted at the rates of <see cref="CityOptions"/> and the ground truth beside them.
/// </summary>
/// <remarks>
/// Every number is unique by construction (no accidental shared number, however large the city), and with the
/// default options every person's name is unique, so the analysis must find exactly the planted defects. The
/// numbers use the Dezhou county codes of today and, for three in four people born before the 1994 renumbering, the
/// retired codes of the former Dezhou prefecture (德州地区, 3724xx) that the same counties had then, as real registers
/// hold them. This type is stateless and thread-safe.
/// </remarks>
public static class CityGenerator
{
    private static readonly DivisionCode[] Divisions =
        [.. new[] { 371402, 371422, 371423, 371424, 371425, 371426, 371427, 371428, 371481, 371482 }.Select(c => new DivisionCode(c))];

    // The code each county had before the 1994 renumbering (德州地区), and the first birth year it can no longer carry:
    // the year it was retired by, plus one. Each is distinct, and none is a code of today, so numbers stay unique.
    private static readonly (DivisionCode Code, int Until)[] FormerDivisions =
        [.. new[] { 372401, 372431, 372432, 372428, 372425, 372422, 372423, 372424, 372427, 372426 }
            .Select(c => (new DivisionCode(c), new DivisionCode(c).RetiredBy!.Value + 1))];

    private static readonly LocalDate FirstBirthDate = new(1930, 1, 1);
    private const int BirthDays = 32_000;
    private const int PrimarySequences = 250;

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
    ];

    private static readonly string GivenCharacters =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国建华建军志强志明海燕海波晓明晓红文杰文华浩宇子涵欣怡梓涵一诺雨桐浩然";

    /// <summary>Generates a city.</summary>
    /// <param name="options">The size, the seed and the defect rates.</param>
    /// <returns>The city; its residents are generated as they are read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range.</exception>
    public static SyntheticCity Generate(CityOptions options)
    {
        Guard.Against.Null(options);
        options.Validate();
        var floating = (long)Math.Round(options.Residents * options.FloatingShare);
        var registered = options.Residents - floating;

        // Household sizes 1 to 6, drawn from the seed, until the registered residents are housed.
        var sizes = new List<byte>();
        for (long housed = 0; housed < registered;)
        {
            var size = (byte)(1 + (int)(Mix(options.Seed, sizes.Count, 7) % 6));
            sizes.Add(size);
            housed += size;
        }

        var householdCount = Math.Max(1, sizes.Count);
        var rentalCount = (int)Math.Max(1, (floating / 3) + (householdCount / 40));
        var vacantCount = Math.Max(1, householdCount / 50);
        var houseCount = householdCount + rentalCount + vacantCount;
        var beatCount = (int)Math.Max(1, (options.Residents + options.ResidentsPerBeat - 1) / options.ResidentsPerBeat);
        var officeCount = Math.Max(1, beatCount * 587 / 613);
        var stationCount = Math.Max(1, officeCount / 5);

        var stations = Enumerable.Range(0, stationCount).Select(s => new Station(StationIdOf(s), $"第{s + 1}派出所")).ToArray();
        var offices = Enumerable.Range(0, officeCount).Select(o => new PoliceOffice(OfficeIdOf(o), StationIdOf(o % stationCount), $"第{o + 1}警务室")).ToArray();
        var officers = Enumerable.Range(0, beatCount)
            .Select(b => new Officer(CommunityOfficerOf(b), $"社区民警{b + 1}", StationIdOf(b % officeCount % stationCount), OfficerRole.Community))
            .Concat(Enumerable.Range(0, officeCount * 3).Select(a => new Officer(new OfficerId($"A{a:D6}"), $"辅警{a + 1}", StationIdOf(a / 3 % stationCount), OfficerRole.Auxiliary)))
            .ToArray();
        var beats = Enumerable.Range(0, beatCount).Select(b => new Beat(BeatIdOf(b), OfficeIdOf(b % officeCount), $"社区{b + 1}", CommunityOfficerOf(b))).ToArray();
        var houses = new House[houseCount];
        for (var i = 0; i < houseCount; i++)
        {
            var kind = i < householdCount ? HouseKind.Owner : i < householdCount + rentalCount ? HouseKind.Rental : HouseKind.Vacant;
            houses[i] = new House(HouseIdOf(i), BeatIdOf(i % beatCount), string.Empty, kind);
        }

        var households = Enumerable.Range(0, householdCount).Select(h => new Household(HouseholdIdOf(h), HouseIdOf(h))).ToArray();
        var sizeArray = sizes.ToArray();
        return new SyntheticCity(options, stations, offices, officers, beats, houses, households,
            () => Residents(options, sizeArray, householdCount, rentalCount, beatCount));
    }

    private static IEnumerable<PlantedResident> Residents(CityOptions options, byte[] sizes, int householdCount, int rentalCount, int beatCount)
    {
        var state = new Emitter(options, beatCount);
        for (var h = 0; h < sizes.Length && !state.Done; h++)
        {
            for (var m = 0; m < sizes[h] && !state.Done; m++)
            {
                foreach (var resident in state.Person(h, (h + 1 + (int)(Mix(options.Seed, h, 11) % 97)) % householdCount, null))
                {
                    yield return resident;
                }
            }
        }

        for (long f = 0; !state.Done; f++)
        {
            // A tenth of the rental houses stay empty: where floating residents are most often missed.
            foreach (var resident in state.Person(null, null, householdCount + (int)(f % Math.Max(1, rentalCount - (rentalCount / 10)))))
            {
                yield return resident;
            }
        }
    }

    private sealed class Emitter(CityOptions options, int beatCount)
    {
        private long _records;
        private long _people;

        public bool Done => _records >= options.Residents;

        /// <summary>Emits one person: one record, or two for the paired defects.</summary>
        public IEnumerable<PlantedResident> Person(int? household, int? otherHouse, int? rentalHouse)
        {
            var person = _people++;
            var draw = Unit(Mix(options.Seed, person, 1));
            var remaining = options.Residents - _records;
            var (house, houseVerdict) = Housing(person, household, otherHouse, rentalHouse);

            // A house's beat is its index modulo the beats; the person counts in the beat of the house they live in, else of the one they are registered at.
            var clean = (house ?? household) is { } counted && counted % beatCount < options.CleanBeats;
            var verdict = clean ? PersonIdVerdict.Consistent : Choose(draw, remaining);
            var gender = (Mix(options.Seed, person, 2) & 1) == 1 ? Gender.Male : Gender.Female;
            var number = NumberOf(person, gender, secondary: false);
            var name = NameOf(person);
            var recordedBirth = number.BirthDate;
            var recordedGender = gender;
            RecordedIdNumber? recorded = new RecordedIdNumber(number.RevealFull());
            switch (verdict)
            {
                case PersonIdVerdict.NoNumber:
                    recorded = null;
                    break;
                case PersonIdVerdict.InvalidNumber:
                    var failures = ResidentIdGenerator.DefaultOptionFailures;
                    var generator = new ResidentIdGenerator(unchecked((int)Mix(options.Seed, person, 3)));
                    recorded = new RecordedIdNumber(generator.NextBroken(failures[(int)(Mix(options.Seed, person, 4) % (ulong)failures.Count)]));
                    break;
                case PersonIdVerdict.NumberMismatch:
                    if ((Mix(options.Seed, person, 5) & 1) == 0)
                    {
                        recordedBirth = recordedBirth.PlusDays(1);
                    }
                    else
                    {
                        recordedGender = gender == Gender.Male ? Gender.Female : Gender.Male;
                    }

                    break;
            }

            var groups = GroupsOf(Mix(options.Seed, person, 9));
            yield return Record(name, recorded, recordedBirth, recordedGender, household, house, verdict, houseVerdict, groups);
            switch (verdict)
            {
                case PersonIdVerdict.SharedNumber:
                    // Another person, with a name of their own, recorded under the same number.
                    var other = _people++;
                    yield return Record(NameOf(other), recorded, recordedBirth, recordedGender, household, house, verdict, houseVerdict);
                    break;
                case PersonIdVerdict.DuplicateRecord:
                    yield return Record(name, recorded, recordedBirth, recordedGender, household, house, verdict, houseVerdict);
                    break;
                case PersonIdVerdict.MultipleNumbers:
                    var second = new RecordedIdNumber(NumberOf(person, gender, secondary: true).RevealFull());
                    yield return Record(name, second, recordedBirth, recordedGender, household, house, verdict, houseVerdict);
                    break;
            }
        }

        private PlantedResident Record(string name, RecordedIdNumber? number, LocalDate birth, Gender gender, int? household, int? house, PersonIdVerdict verdict, PersonHouseVerdict houseVerdict, ResidentGroups groups = ResidentGroups.None)
        {
            var id = new PersonId(string.Create(CultureInfo.InvariantCulture, $"P{_records++:D9}"));
            var resident = new Resident(id, name)
            {
                Number = number,
                BirthDate = birth,
                Gender = gender,
                Household = household is { } h ? HouseholdIdOf(h) : null,
                LivingHouse = house is { } l ? HouseIdOf(l) : null,
                Groups = groups,
            };
            return new PlantedResident(resident, verdict, houseVerdict);
        }

        private PersonIdVerdict Choose(double draw, long remaining)
        {
            (PersonIdVerdict Verdict, double Rate)[] plan =
            [
                (PersonIdVerdict.NoNumber, options.NoNumberRate),
                (PersonIdVerdict.InvalidNumber, options.InvalidNumberRate),
                (PersonIdVerdict.SharedNumber, options.SharedNumberRate / 2),
                (PersonIdVerdict.DuplicateRecord, options.DuplicateRecordRate / 2),
                (PersonIdVerdict.MultipleNumbers, options.MultipleNumbersRate / 2),
                (PersonIdVerdict.NumberMismatch, options.NumberMismatchRate),
            ];
            foreach (var (verdict, rate) in plan)
            {
                if (draw < rate)
                {
                    var paired = verdict is PersonIdVerdict.SharedNumber or PersonIdVerdict.DuplicateRecord or PersonIdVerdict.MultipleNumbers;
                    return paired && remaining < 2 ? PersonIdVerdict.Consistent : verdict;
                }

                draw -= rate;
            }

            return PersonIdVerdict.Consistent;
        }

        private (int? House, PersonHouseVerdict Verdict) Housing(long person, int? household, int? otherHouse, int? rentalHouse)
        {
            var draw = Unit(Mix(options.Seed, person, 6));
            if (draw < options.UnknownHouseRate)
            {
                return (null, PersonHouseVerdict.Unknown);
            }

            if (household is null)
            {
                return (rentalHouse, PersonHouseVerdict.NotRegisteredHere);
            }

            return draw < options.UnknownHouseRate + options.LivesElsewhereRate && otherHouse != household
                ? (otherHouse, PersonHouseVerdict.LivesElsewhere)
                : (household, PersonHouseVerdict.Consistent);
        }

        /// <summary>About half a percent of people belong to a must-visit group (五必访), a very few to two.</summary>
        private static ResidentGroups GroupsOf(ulong draw)
        {
            var groups = ResidentGroups.None;
            (ResidentGroups Group, int PerTenThousand)[] shares =
            [
                (ResidentGroups.Cadre, 10), (ResidentGroups.RetiredCadre, 12), (ResidentGroups.KeyPerson, 8),
                (ResidentGroups.VictimFamily, 3), (ResidentGroups.Vulnerable, 14), (ResidentGroups.CommunityCorrection, 3),
            ];
            foreach (var (group, share) in shares)
            {
                if ((int)(draw % 10_000) < share)
                {
                    groups |= group;
                }

                draw = (draw * 6364136223846793005UL) + 1442695040888963407UL;
            }

            return groups;
        }

        private string NameOf(long person)
        {
            if (options.RealisticNames)
            {
                var pick = Mix(options.Seed, person, 8);
                return Surnames[(int)(pick % (ulong)Surnames.Length)] + GivenCharacters[(int)(pick / 64 % (ulong)GivenCharacters.Length)];
            }

            // A bijection from the person index to a surname and a string of given-name characters: unique names.
            var name = new System.Text.StringBuilder(Surnames[(int)(person % Surnames.Length)]);
            var rest = person / Surnames.Length;
            do
            {
                name.Append(GivenCharacters[(int)(rest % GivenCharacters.Length)]);
                rest /= GivenCharacters.Length;
            }
            while (rest > 0);
            return name.ToString();
        }

        private static ResidentId NumberOf(long person, Gender gender, bool secondary)
        {
            // A bijection from the person index to (division, birth day, sequence): every number is unique.
            var slot = (int)(person % Divisions.Length);
            var rest = person / Divisions.Length;
            var day = (int)(rest % BirthDays);
            var k = (int)(rest / BirthDays);
            var birth = FirstBirthDate.PlusDays(day);
            var division = birth.Year < FormerDivisions[slot].Until && (day + k) % 4 != 0 ? FormerDivisions[slot].Code : Divisions[slot];
            if (k >= PrimarySequences)
            {
                throw new InvalidOperationException("The city is larger than the synthetic numbering can make unique (80 million people).");
            }

            var sequence = (2 * (k + (secondary ? PrimarySequences : 0))) + (gender == Gender.Male ? 1 : 0);
            return ResidentIdGenerator.Compose(division, birth, sequence);
        }
    }

    private static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>SplitMix64 of the seed, an index and a stream: the one source of every draw, so any record can be remade alone.</summary>
    private static ulong Mix(int seed, long index, int stream)
    {
        var z = unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)index * 0xBF58476D1CE4E5B9UL) ^ ((ulong)stream * 0x94D049BB133111EBUL));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static StationId StationIdOf(int s) => new(string.Create(CultureInfo.InvariantCulture, $"S{s:D4}"));

    private static OfficeId OfficeIdOf(int o) => new(string.Create(CultureInfo.InvariantCulture, $"W{o:D5}"));

    private static OfficerId CommunityOfficerOf(int b) => new(string.Create(CultureInfo.InvariantCulture, $"C{b:D6}"));

    private static BeatId BeatIdOf(int b) => new(string.Create(CultureInfo.InvariantCulture, $"B{b:D6}"));

    private static HouseId HouseIdOf(int h) => new(string.Create(CultureInfo.InvariantCulture, $"H{h:D8}"));

    private static HouseholdId HouseholdIdOf(int h) => new(string.Create(CultureInfo.InvariantCulture, $"F{h:D8}"));
}
