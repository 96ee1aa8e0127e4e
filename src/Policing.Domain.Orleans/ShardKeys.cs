using System.Globalization;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Orleans;

/// <summary>The keys of the shuffle shards, <c>run/attempt/shuffle/shard-of-shards</c>, and of the tally parts, <c>run/attempt/tally/part-of-parts</c>.</summary>
public static class ShardKeys
{
    /// <summary>The key of one shard.</summary>
    /// <param name="run">The run.</param>
    /// <param name="attempt">The attempt of the pass.</param>
    /// <param name="shuffle">The shuffle.</param>
    /// <param name="shard">The shard, from 0.</param>
    /// <param name="shards">The number of shards.</param>
    /// <returns>The key, for example <c>3f2a…/1/ByNumber/5-of-64</c>.</returns>
    public static string Of(Guid run, int attempt, ConsistencyShuffle shuffle, int shard, int shards) =>
        string.Create(CultureInfo.InvariantCulture, $"{run:N}/{attempt}/{shuffle}/{shard}-of-{shards}");

    /// <summary>The key of one part of a month's tallies.</summary>
    /// <param name="run">The run.</param>
    /// <param name="attempt">The attempt of the pass.</param>
    /// <param name="part">The part, from 0.</param>
    /// <param name="parts">The number of parts.</param>
    /// <returns>The key, for example <c>3f2a…/1/tally/5-of-64</c>.</returns>
    public static string OfTallyPart(Guid run, int attempt, int part, int parts) =>
        string.Create(CultureInfo.InvariantCulture, $"{run:N}/{attempt}/tally/{part}-of-{parts}");

    /// <summary>The shuffle a shard's key names.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The shuffle.</returns>
    /// <exception cref="FormatException">The key is not of the form <see cref="Of"/> writes.</exception>
    public static ConsistencyShuffle ShuffleOf(string key)
    {
        var parts = key?.Split('/') ?? [];
        return parts.Length == 4 && Enum.TryParse<ConsistencyShuffle>(parts[2], out var shuffle) && Enum.IsDefined(shuffle)
            ? shuffle
            : throw new FormatException($"The shard key '{key}' is not of the form run/attempt/shuffle/shard-of-shards.");
    }
}
