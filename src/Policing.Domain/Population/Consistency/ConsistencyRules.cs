namespace Policing.Domain.Population.Consistency;

/// <summary>
/// The rules that decide a resident's two verdicts (the tables of <c>docs/consistency.md</c>): for each verdict, when
/// it applies, and the order in which the verdicts are tried, a resident getting the first that applies. The
/// analysis reduces each record to the facts these rules read; the verdict of every combination of facts is looked
/// up in a table built from the rules once, so that the passes over millions of records take no branch per rule.
/// </summary>
internal static class ConsistencyRules
{
    /// <summary>A mark of the checks across residents: another valid record has the same number.</summary>
    internal const byte NumberRepeated = 1;

    /// <summary>A mark of the checks across residents: a valid record with the same number is of another person.</summary>
    internal const byte NumberMixed = 2;

    /// <summary>A mark of the checks across residents: a valid record of the same person has another number.</summary>
    internal const byte PersonMixed = 4;

    private const int Marks = 8;

    /// <summary>Gets the person-ID verdicts in the order they are tried: the declaration order of <see cref="PersonIdVerdict"/>.</summary>
    internal static IReadOnlyList<PersonIdVerdict> PersonIdOrder { get; } =
    [
        PersonIdVerdict.NoNumber,
        PersonIdVerdict.InvalidNumber,
        PersonIdVerdict.SharedNumber,
        PersonIdVerdict.DuplicateRecord,
        PersonIdVerdict.MultipleNumbers,
        PersonIdVerdict.NumberMismatch,
        PersonIdVerdict.Consistent,
    ];

    /// <summary>Gets the person-house verdicts in the order they are tried: the declaration order of <see cref="PersonHouseVerdict"/>.</summary>
    internal static IReadOnlyList<PersonHouseVerdict> PersonHouseOrder { get; } =
    [
        PersonHouseVerdict.Unknown,
        PersonHouseVerdict.NotRegisteredHere,
        PersonHouseVerdict.LivesElsewhere,
        PersonHouseVerdict.Consistent,
    ];

    // Built after the orders above: static initializers run in the order they are written.
    private static readonly PersonIdVerdict[] IdTable = BuildIdTable();

    private static readonly PersonHouseVerdict[] HouseTable = BuildHouseTable();

    /// <summary>Whether a person-ID verdict applies to a record, once every verdict before it in <see cref="PersonIdOrder"/> has not.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="status">Whether the record has a number, and whether it is valid.</param>
    /// <param name="marks">What the checks across residents marked the record with (valid records only).</param>
    /// <param name="mismatch">Whether the recorded birth date or gender disagrees with the valid number.</param>
    internal static bool Applies(PersonIdVerdict verdict, NumberStatus status, byte marks, bool mismatch) => verdict switch
    {
        PersonIdVerdict.NoNumber => status == NumberStatus.None,
        PersonIdVerdict.InvalidNumber => status == NumberStatus.Invalid,
        PersonIdVerdict.SharedNumber => (marks & NumberRepeated) != 0 && (marks & NumberMixed) != 0,
        PersonIdVerdict.DuplicateRecord => (marks & NumberRepeated) != 0,
        PersonIdVerdict.MultipleNumbers => (marks & PersonMixed) != 0,
        PersonIdVerdict.NumberMismatch => mismatch,
        PersonIdVerdict.Consistent => true,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a person-ID verdict."),
    };

    /// <summary>Whether a person-house verdict applies to a resident, once every verdict before it in <see cref="PersonHouseOrder"/> has not.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="livesAtKnownHouse">Whether the house the resident lives in is recorded and on the register.</param>
    /// <param name="registeredHere">Whether the resident's household is recorded and on the register.</param>
    /// <param name="registeredWhereLiving">Whether that household's house is the one the resident lives in.</param>
    internal static bool Applies(PersonHouseVerdict verdict, bool livesAtKnownHouse, bool registeredHere, bool registeredWhereLiving) => verdict switch
    {
        PersonHouseVerdict.Unknown => !livesAtKnownHouse,
        PersonHouseVerdict.NotRegisteredHere => !registeredHere,
        PersonHouseVerdict.LivesElsewhere => !registeredWhereLiving,
        PersonHouseVerdict.Consistent => true,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a person-house verdict."),
    };

    /// <summary>The person-ID verdict of a record: the first in <see cref="PersonIdOrder"/> that applies.</summary>
    internal static PersonIdVerdict PersonId(NumberStatus status, byte marks, bool mismatch) => IdTable[IdFacts(status, marks, mismatch)];

    /// <summary>The person-house verdict of a resident: the first in <see cref="PersonHouseOrder"/> that applies.</summary>
    internal static PersonHouseVerdict PersonHouse(bool livesAtKnownHouse, bool registeredHere, bool registeredWhereLiving) =>
        HouseTable[HouseFacts(livesAtKnownHouse, registeredHere, registeredWhereLiving)];

    /// <summary>The marks of a record in a group of valid records with the same number: repeated when the group holds several, mixed when they are of different persons.</summary>
    internal static byte NumberMarks(int records, bool otherPersons) => (byte)((records > 1 ? NumberRepeated : 0) | (otherPersons ? NumberMixed : 0));

    /// <summary>The marks of a record in a group of valid records of the same person: mixed when they hold different numbers.</summary>
    internal static byte PersonMarks(bool otherNumbers) => otherNumbers ? PersonMixed : (byte)0;

    private static int IdFacts(NumberStatus status, byte marks, bool mismatch) => ((((int)status * Marks) + marks) * 2) + (mismatch ? 1 : 0);

    private static int HouseFacts(bool livesAtKnownHouse, bool registeredHere, bool registeredWhereLiving) =>
        (livesAtKnownHouse ? 4 : 0) | (registeredHere ? 2 : 0) | (registeredWhereLiving ? 1 : 0);

    private static PersonIdVerdict[] BuildIdTable()
    {
        var table = new PersonIdVerdict[3 * Marks * 2];
        foreach (var status in (NumberStatus[])[NumberStatus.None, NumberStatus.Invalid, NumberStatus.Valid])
        {
            for (var marks = 0; marks < Marks; marks++)
            {
                foreach (var mismatch in (bool[])[false, true])
                {
                    table[IdFacts(status, (byte)marks, mismatch)] = PersonIdOrder.First(v => Applies(v, status, (byte)marks, mismatch));
                }
            }
        }

        return table;
    }

    private static PersonHouseVerdict[] BuildHouseTable()
    {
        var table = new PersonHouseVerdict[8];
        for (var facts = 0; facts < table.Length; facts++)
        {
            var (lives, registered, same) = ((facts & 4) != 0, (facts & 2) != 0, (facts & 1) != 0);
            table[facts] = PersonHouseOrder.First(v => Applies(v, lives, registered, same));
        }

        return table;
    }
}
