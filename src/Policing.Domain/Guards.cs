using System.Numerics;
using System.Runtime.CompilerServices;

namespace Policing.Domain;

/// <summary>
/// The library's own guard clauses, for its domain rules, beside the general ones of Ardalis.GuardClauses (null,
/// empty, out of range): <c>Guard.Against.NegativeCount(visits)</c>. Each throws the exception type that the public
/// member documents, with a message that names the bad value and the rule; personal data never enters a message
/// (an identity number is described by its length and the position of the fault, never echoed).
/// </summary>
internal static class Guards
{
    /// <summary>Guards a count, such as the cases of a rate or the visits a threshold asks for: never negative.</summary>
    /// <typeparam name="T">The numeric type of the count.</typeparam>
    /// <param name="guard">The guard clause.</param>
    /// <param name="value">The count.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns>The count, when it is not negative.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static T NegativeCount<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : INumber<T> =>
        T.IsNegative(value)
            ? throw new ArgumentOutOfRangeException(parameterName, value, $"A count may not be negative: {parameterName} is {value}.")
            : value;

    /// <summary>Guards an enum argument against a value that is not one of its declared members.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="guard">The guard clause.</param>
    /// <param name="value">The value.</param>
    /// <param name="what">What the enum names, for the message: "officer role", "house kind".</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns>The value, when it is declared.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guard, TEnum value, string what, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(parameterName, value, $"Not a defined {what}: {value}.");

    /// <summary>Guards a list argument against null items, naming the first one's position.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="guard">The guard clause.</param>
    /// <param name="items">The items, not null themselves.</param>
    /// <param name="what">What an item is, for the message: "tally".</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns>The items, when none is null.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static T[] NullItem<T>(this IGuardClause guard, T[] items, string what, [CallerArgumentExpression(nameof(items))] string? parameterName = null)
        where T : class? =>
        Array.IndexOf(items, null) is var missing and >= 0
            ? throw new ArgumentException($"The {what} at position {missing} is null.", parameterName)
            : items;

    /// <summary>
    /// Guards the 17 characters that precede an identity number's check character: exactly 17 ASCII digits. The
    /// message gives the length or the position of the first non-digit, never the characters, which are personal data.
    /// </summary>
    /// <param name="guard">The guard clause.</param>
    /// <param name="first17">The characters.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 ASCII digits.</exception>
    public static void NotSeventeenDigits(this IGuardClause guard, ReadOnlySpan<char> first17, [CallerArgumentExpression(nameof(first17))] string? parameterName = null)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException($"Exactly 17 digits are needed; {first17.Length} characters were given.", parameterName);
        }

        if (first17.IndexOfAnyExceptInRange('0', '9') is var position and >= 0)
        {
            throw new ArgumentException($"Only ASCII digits may precede the check character; the character at position {position + 1} is not one (the number is not shown: it is personal data).", parameterName);
        }
    }
}
