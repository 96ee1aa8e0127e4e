using System.Buffers;
using System.Runtime.CompilerServices;

namespace Policing.Domain.Internals;

/// <summary>
/// The arrays one pass borrows from the shared array pool, given back together when the pass ends: taken with
/// <see cref="Rent{T}"/>, returned by <see cref="Dispose"/>, which the pass calls in a <c>finally</c> (a
/// <see langword="using"/>), so that an exception midway gives them back too. Memory the pool holds is already
/// mapped, where a fresh array costs the operating system a page fault a page: a pass run month after month reuses it.
/// </summary>
/// <remarks>
/// An array may be longer than asked for, and holds whatever its last borrower left unless asked to be cleared; its
/// tail beyond the length asked for is never read. Renting is thread-safe, so the cores of a pass may rent at once;
/// no array may be read once the owner is disposed.
/// </remarks>
internal sealed class PooledArrays : IDisposable
{
    private readonly List<Action> _returns = [];

    /// <summary>Borrows an array of at least <paramref name="length"/> items, given back at <see cref="Dispose"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="length">The least length.</param>
    /// <param name="clear">Whether the first <paramref name="length"/> items are cleared first.</param>
    /// <returns>The array.</returns>
    internal T[] Rent<T>(int length, bool clear = false)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        if (clear)
        {
            Array.Clear(array, 0, length);
        }

        lock (_returns)
        {
            _returns.Add(() => ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>()));
        }

        return array;
    }

    /// <summary>
    /// A stage of the pass: arrays that die before the pass ends, borrowed apart so that the stage gives them back as
    /// soon as it is disposed (for later stages of the pass to reuse), and given back with this owner's at the latest,
    /// should an exception end the pass first.
    /// </summary>
    /// <returns>The stage's arrays, to be disposed when the stage ends.</returns>
    internal PooledArrays Stage()
    {
        var stage = new PooledArrays();
        lock (_returns)
        {
            _returns.Add(stage.Dispose);
        }

        return stage;
    }

    /// <summary>Gives every borrowed array back to the pool; the arrays must not be read after. Calling it again does nothing.</summary>
    public void Dispose()
    {
        Action[] returns;
        lock (_returns)
        {
            returns = [.. _returns];
            _returns.Clear();
        }

        foreach (var giveBack in returns)
        {
            giveBack();
        }
    }
}
