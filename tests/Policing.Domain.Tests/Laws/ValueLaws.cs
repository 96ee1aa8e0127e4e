namespace Policing.Domain.Tests.Laws;

/// <summary>
/// The equality and ordering laws every value type of the library must obey, checked on samples: one helper for
/// every value type, so a new type is tested the same way.
/// </summary>
internal static class ValueLaws
{
    /// <summary>Checks reflexivity, symmetry, operators, hash consistency and object equality over all pairs.</summary>
    public static void Equality<T>(IReadOnlyList<T> samples, Func<T, T, bool> equalsOperator, Func<T, T, bool> notEqualsOperator)
        where T : IEquatable<T>
    {
        foreach (var a in samples)
        {
            Assert.True(a.Equals(a), $"{a} must equal itself.");
            Assert.True(a.Equals((object)a));
            Assert.False(a.Equals((object?)null));
            Assert.False(a.Equals(new object()));
            foreach (var b in samples)
            {
                var equal = a.Equals(b);
                Assert.Equal(equal, b.Equals(a));
                Assert.Equal(equal, equalsOperator(a, b));
                Assert.Equal(!equal, notEqualsOperator(a, b));
                Assert.Equal(equal, a.Equals((object)b));
                if (equal)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            }
        }
    }

    /// <summary>Checks that CompareTo is a total order consistent with the operators and with equality.</summary>
    public static void Ordering<T>(IReadOnlyList<T> samples, Func<T, T, bool> less, Func<T, T, bool> greater, Func<T, T, bool> lessOrEqual, Func<T, T, bool> greaterOrEqual)
        where T : IComparable<T>, IEquatable<T>, IComparable
    {
        foreach (var a in samples)
        {
            Assert.Equal(0, a.CompareTo(a));
            Assert.True(a.CompareTo((object?)null) > 0);
            Assert.Throws<ArgumentException>(() => a.CompareTo(new object()));
            foreach (var b in samples)
            {
                var c = a.CompareTo(b);
                Assert.Equal(Math.Sign(c), -Math.Sign(b.CompareTo(a)));
                Assert.Equal(c == 0, a.Equals(b));
                Assert.Equal(Math.Sign(c), Math.Sign(a.CompareTo((object)b)));
                Assert.Equal(c < 0, less(a, b));
                Assert.Equal(c > 0, greater(a, b));
                Assert.Equal(c <= 0, lessOrEqual(a, b));
                Assert.Equal(c >= 0, greaterOrEqual(a, b));
                foreach (var d in samples)
                {
                    if (c <= 0 && b.CompareTo(d) <= 0)
                    {
                        Assert.True(a.CompareTo(d) <= 0, $"Order must be transitive: {a} <= {b} <= {d}.");
                    }
                }
            }
        }
    }
}
