namespace Policing.Domain.Orleans;

/// <summary>How a run spreads its passes over the cluster.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ClusterRunOptions
{
    /// <summary>Gets the number of shards of each shuffle, each owning a range of the key's hash; many per silo (16–64), so that they spread evenly. Default 64.</summary>
    public int Shards { get; init; } = 64;

    /// <summary>Gets the most records a batch holds. Default 32,768 (512 KiB a message).</summary>
    public int BatchRecords { get; init; } = 32_768;

    /// <summary>Gets the most batches a sender has in flight at once, awaited: the back-pressure Orleans does not give. Default 4.</summary>
    public int InFlight { get; init; } = 4;

    /// <summary>Gets how many times a pass is tried before the run fails naming it. Default 3.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Gets how long to wait before the second attempt of a pass, and that many times longer before each later one: the time the cluster takes to declare a lost silo dead, so that the re-run places its shards on live silos. Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets how many cores the driver's own steps (the local reduce, the join back) use; <see langword="null"/> for all.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Shards, 1, nameof(Shards));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchRecords, 1, nameof(BatchRecords));
        ArgumentOutOfRangeException.ThrowIfLessThan(InFlight, 1, nameof(InFlight));
        ArgumentOutOfRangeException.ThrowIfLessThan(Attempts, 1, nameof(Attempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        if (MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one core.");
        }
    }
}
