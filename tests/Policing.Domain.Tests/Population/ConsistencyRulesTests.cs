using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Tests.Population;

public sealed class ConsistencyRulesTests
{
    private static readonly NumberStatus[] Statuses = [NumberStatus.None, NumberStatus.Invalid, NumberStatus.Valid];

    [Fact]
    public void Orders_AreTheDeclarationOrders_EachVerdictOnce()
    {
        // The enums' documentation promises "the first of these that applies, in declaration order".
        Assert.Equal(Enum.GetValues<PersonIdVerdict>().OrderBy(v => (int)v), ConsistencyRules.PersonIdOrder);
        Assert.Equal(Enum.GetValues<PersonHouseVerdict>().OrderBy(v => (int)v), ConsistencyRules.PersonHouseOrder);
    }

    [Fact]
    public void PersonId_IsTheFirstVerdictThatApplies_AndEveryVerdictIsSomeRecordsVerdict()
    {
        var reached = new HashSet<PersonIdVerdict>();
        foreach (var status in Statuses)
        {
            for (var marks = 0; marks < 8; marks++)
            {
                foreach (var mismatch in new[] { false, true })
                {
                    var verdict = ConsistencyRules.PersonId(status, (byte)marks, mismatch);
                    var position = ConsistencyRules.PersonIdOrder.ToList().IndexOf(verdict);
                    Assert.True(ConsistencyRules.Applies(verdict, status, (byte)marks, mismatch));
                    Assert.All(ConsistencyRules.PersonIdOrder.Take(position), earlier => Assert.False(ConsistencyRules.Applies(earlier, status, (byte)marks, mismatch)));
                    reached.Add(verdict);
                }
            }
        }

        // A rule shadowed by the ones before it would never be reached.
        Assert.Equal(Enum.GetValues<PersonIdVerdict>().Length, reached.Count);
    }

    [Fact]
    public void PersonId_FollowsTheDocumentedTable()
    {
        // docs/consistency.md, row by row, on the marks the checks across residents set.
        var (repeated, mixed, otherNumbers) = (ConsistencyRules.NumberMarks(2, false), ConsistencyRules.NumberMarks(3, true), ConsistencyRules.PersonMarks(true));
        Assert.Equal(PersonIdVerdict.NoNumber, ConsistencyRules.PersonId(NumberStatus.None, 0, false));
        Assert.Equal(PersonIdVerdict.InvalidNumber, ConsistencyRules.PersonId(NumberStatus.Invalid, 0, false));
        Assert.Equal(PersonIdVerdict.SharedNumber, ConsistencyRules.PersonId(NumberStatus.Valid, (byte)(mixed | otherNumbers), true));
        Assert.Equal(PersonIdVerdict.DuplicateRecord, ConsistencyRules.PersonId(NumberStatus.Valid, (byte)(repeated | otherNumbers), true));
        Assert.Equal(PersonIdVerdict.MultipleNumbers, ConsistencyRules.PersonId(NumberStatus.Valid, otherNumbers, true));
        Assert.Equal(PersonIdVerdict.NumberMismatch, ConsistencyRules.PersonId(NumberStatus.Valid, 0, true));
        Assert.Equal(PersonIdVerdict.Consistent, ConsistencyRules.PersonId(NumberStatus.Valid, 0, false));

        // A number alone in its group, or one person's, marks nothing.
        Assert.Equal(0, ConsistencyRules.NumberMarks(1, false));
        Assert.Equal(0, ConsistencyRules.PersonMarks(false));
    }

    [Fact]
    public void PersonHouse_IsTheFirstVerdictThatApplies_AndFollowsTheDocumentedTable()
    {
        var reached = new HashSet<PersonHouseVerdict>();
        foreach (var lives in new[] { false, true })
        {
            foreach (var registered in new[] { false, true })
            {
                foreach (var same in new[] { false, true })
                {
                    var verdict = ConsistencyRules.PersonHouse(lives, registered, same);
                    var position = ConsistencyRules.PersonHouseOrder.ToList().IndexOf(verdict);
                    Assert.True(ConsistencyRules.Applies(verdict, lives, registered, same));
                    Assert.All(ConsistencyRules.PersonHouseOrder.Take(position), earlier => Assert.False(ConsistencyRules.Applies(earlier, lives, registered, same)));
                    reached.Add(verdict);
                }
            }
        }

        Assert.Equal(Enum.GetValues<PersonHouseVerdict>().Length, reached.Count);
        Assert.Equal(PersonHouseVerdict.Unknown, ConsistencyRules.PersonHouse(false, true, true));
        Assert.Equal(PersonHouseVerdict.NotRegisteredHere, ConsistencyRules.PersonHouse(true, false, false));
        Assert.Equal(PersonHouseVerdict.LivesElsewhere, ConsistencyRules.PersonHouse(true, true, false));
        Assert.Equal(PersonHouseVerdict.Consistent, ConsistencyRules.PersonHouse(true, true, true));
    }
}
