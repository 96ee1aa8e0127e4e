namespace Policing.Domain.Internals;

/// <summary>
/// The one way the library splits work over cores: how many parts a requested degree of parallelism gives, the share
/// of each part, and passes that hand pieces out to the cores as they finish. Every pass of the library that runs on
/// several cores takes its parts from <see cref="Parts"/>, so that a caller's <c>maxDegreeOfParallelism</c> is honoured
/// everywhere and checked one way.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class Scheduler
{
    /// <summary>
    /// The number of parts to split a pass into for a requested degree of parallelism: the one check of every public
    /// <c>maxDegreeOfParallelism</c> option of the library. <see langword="null"/> means one part a core; at most 64.
    /// </summary>
    /// <param name="maxDegreeOfParallelism">How many cores at most; <see langword="null"/> for all.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    internal static int Parts(int? maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be at least 1 (one core), or null for every core.");
        }

        return Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, 64);
    }

    /// <summary>The options of a pass split into a number of parts, from <see cref="Parts"/>.</summary>
    internal static ParallelOptions Options(int parts) => new() { MaxDegreeOfParallelism = parts };

    /// <summary>The share of part <paramref name="part"/> of <paramref name="parts"/> of <paramref name="count"/> items.</summary>
    internal static (int Start, int End) Range(int count, int part, int parts) =>
        ((int)((long)count * part / parts), (int)((long)count * (part + 1) / parts));

    /// <summary>Runs a body for every item, on all cores, a piece at a time (see <see cref="ForPieces"/>).</summary>
    internal static void ForRanges(int count, ParallelOptions options, Action<int> body) =>
        ForPieces(count, Pieces(count, options.MaxDegreeOfParallelism), options, (_, start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                body(i);
            }
        });

    /// <summary>
    /// The number of pieces to cut a pass over <paramref name="count"/> items into for <paramref name="parts"/> cores:
    /// eight a core, so that a core slowed by anything else (another process, the operating system) leaves its pieces to
    /// the others rather than holding the pass up; fewer for few items, none under sixteen (a block of the passes that
    /// read a block of events at a time).
    /// </summary>
    internal static int Pieces(int count, int parts) => Math.Clamp(count / 16, 1, parts * 8);

    /// <summary>
    /// Runs a body for each of <paramref name="pieces"/> pieces of <paramref name="count"/> items (piece k holding
    /// <see cref="Range"/>(count, k, pieces)), the pieces handed out in order to one worker a core as each finishes one.
    /// </summary>
    /// <param name="count">The number of items.</param>
    /// <param name="pieces">The number of pieces.</param>
    /// <param name="options">The cores to use.</param>
    /// <param name="body">Called with a piece, and the start and end of its items.</param>
    internal static void ForPieces(int count, int pieces, ParallelOptions options, Action<int, int, int> body)
    {
        var next = -1;
        Parallel.For(0, Math.Min(options.MaxDegreeOfParallelism, pieces), options, _ =>
        {
            for (int piece; (piece = Interlocked.Increment(ref next)) < pieces;)
            {
                var (start, end) = Range(count, piece, pieces);
                body(piece, start, end);
            }
        });
    }
}
