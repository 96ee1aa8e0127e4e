using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Policing.Domain.Activity;
using Policing.Domain.Awards;
using Policing.Domain.Metrics;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Orleans;

/// <summary>
/// Runs the consistency analysis over an Orleans cluster, driven from the client (a coordinator grain's state would
/// die with its silo). The passes of <c>docs/scale.md</c>: (1) the local reduce where the data is read, here in the
/// driver; (2) the shuffle on the packed number and (3) on the person key, at once, each over
/// <see cref="ClusterRunOptions.Shards"/> shard grains keyed by hash range, fed with byte batches of tens of thousands
/// of records; (4) the join back and the per-beat counts, in the driver, from the defective groups the shards return.
/// </summary>
/// <remarks>
/// <para>A run is exact or fails loudly. Each batch carries (run, attempt, sender, sequence) and a shard drops
/// repeats; at the end of a pass every shard's received counts are checked against what was sent to it. A failed
/// call, a lost silo or a count mismatch re-runs the pass on fresh shards, from the driver's state, which the
/// re-run reads again; after <see cref="ClusterRunOptions.Attempts"/> the run throws
/// <see cref="ClusterRunException"/> naming the pass. It never returns a partial report.</para>
/// <para>An instance is thread-safe: each run has its own id.</para>
/// </remarks>
public sealed class ClusterConsistency
{
    /// <summary>The name of the pass that shuffles on the packed number.</summary>
    public const string ByNumberPass = "shuffle by packed number";

    /// <summary>The name of the pass that shuffles on the person key.</summary>
    public const string ByPersonKeyPass = "shuffle by person key";

    private const int Sender = 0;

    private readonly IGrainFactory _grains;
    private readonly ClusterRunOptions _options;
    private readonly ILogger _logger;

    /// <summary>Initializes a driver.</summary>
    /// <param name="grains">The cluster client (or a silo's grain factory).</param>
    /// <param name="options">How to spread the passes; the defaults when <see langword="null"/>.</param>
    /// <param name="logger">Where the attempts that failed are told; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClusterConsistency(IGrainFactory grains, ClusterRunOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _options = options ?? new ClusterRunOptions();
        _options.Validate();
        _grains = grains;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Analyses a population over the cluster.</summary>
    /// <param name="analyzer">The analyzer over the register.</param>
    /// <param name="residents">The residents, read once by the local reduce.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report: the same as <see cref="ConsistencyAnalyzer.Analyze"/> gives in one process.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClusterRunException">A pass failed on every attempt.</exception>
    public Task<ConsistencyReport> AnalyzeAsync(ConsistencyAnalyzer analyzer, IEnumerable<Resident> residents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(residents);
        return CompleteAsync(analyzer, analyzer.AccumulateParallel(residents, _options.MaxDegreeOfParallelism), cancellationToken);
    }

    /// <summary>Finishes the analysis of a merged state over the cluster: passes 2 and 3 on the shards, pass 4 here.</summary>
    /// <param name="analyzer">The analyzer that accumulated the state.</param>
    /// <param name="whole">The merged state of every part of the population (parts from elsewhere arrive through <see cref="ConsistencyWire.ReadPartial"/>).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClusterRunException">A pass failed on every attempt.</exception>
    public async Task<ConsistencyReport> CompleteAsync(ConsistencyAnalyzer analyzer, ConsistencyPartial whole, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(whole);
        var run = Guid.NewGuid();
        var byNumber = Task.Run(() => PassAsync(run, whole, ConsistencyShuffle.ByNumber, ByNumberPass, cancellationToken), cancellationToken);
        var byPersonKey = Task.Run(() => PassAsync(run, whole, ConsistencyShuffle.ByPersonKey, ByPersonKeyPass, cancellationToken), cancellationToken);
        await Task.WhenAll(byNumber, byPersonKey).ConfigureAwait(false);
        return analyzer.CompleteFromShuffles(whole, await byNumber.ConfigureAwait(false), await byPersonKey.ConfigureAwait(false), _options.MaxDegreeOfParallelism);
    }

    /// <summary>
    /// Judges a month with its consistency measured over the cluster: the tallies are then built from the log and the
    /// award rules evaluated once, on the merged months, as <see cref="MonthlyAssessment.Run(Register, ActivityLog, MonthlyPeriod, RuleSet, int?)"/> does.
    /// </summary>
    /// <param name="register">The register; its residents are the population analysed.</param>
    /// <param name="log">The activity log.</param>
    /// <param name="period">The month judged.</param>
    /// <param name="rules">The rule set in force in the month.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The assessment: the same as in one process.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClusterRunException">A pass failed on every attempt.</exception>
    /// <exception cref="RuleSetException"><paramref name="rules"/> is not in force in the month.</exception>
    public async Task<MonthlyAssessment> AssessAsync(Register register, ActivityLog log, MonthlyPeriod period, RuleSet rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(rules);
        // Checked before the cluster's work, as the evaluator would check it after.
        if (!rules.IsInForce(period.Month))
        {
            throw new RuleSetException("$.from", $"the rule set '{rules.Id}' is not in force in {period.Month:uuuu-MM}");
        }

        var consistency = await AnalyzeAsync(new ConsistencyAnalyzer(register), register.Residents, cancellationToken).ConfigureAwait(false);
        return MonthlyAssessment.Run(register, log, period, rules, consistency, _options.MaxDegreeOfParallelism);
    }

    private async Task<ConsistencyGroups> PassAsync(Guid run, ConsistencyPartial whole, ConsistencyShuffle shuffle, string pass, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(run, attempt, whole, shuffle, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt >= _options.Attempts)
                {
                    throw new ClusterRunException(pass, attempt, ex);
                }

                _logger.LogWarning(ex, "Run {Run}: the pass '{Pass}' failed on attempt {Attempt}; it is run again on fresh shards.", run, pass, attempt);
                await Task.Delay(_options.RetryDelay * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ConsistencyGroups> AttemptAsync(Guid run, int attempt, ConsistencyPartial whole, ConsistencyShuffle shuffle, CancellationToken cancellationToken)
    {
        var shards = _options.Shards;
        var grains = new IShuffleShardGrain[shards];
        for (var shard = 0; shard < shards; shard++)
        {
            grains[shard] = _grains.GetGrain<IShuffleShardGrain>(ShardKeys.Of(run, attempt, shuffle, shard, shards));
        }

        var (sentBatches, sentRecords) = (new long[shards], new long[shards]);
        var inFlight = new List<Task>(_options.InFlight);
        long sequence = 0;
        foreach (var (shard, batch) in ConsistencyWire.Batches(whole, shuffle, shards, _options.BatchRecords))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentBatches[shard]++;
            sentRecords[shard] += ConsistencyWire.BatchRecords(batch, shuffle).Length;
            inFlight.Add(grains[shard].Receive(new BatchStamp(run, attempt, Sender, sequence++), batch));
            if (inFlight.Count >= _options.InFlight)
            {
                var done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                inFlight.Remove(done);
                await done.ConfigureAwait(false);
            }
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
        var end = new BatchStamp(run, attempt, Sender, sequence);
        var receipts = await Task.WhenAll(grains.Select(g => g.Finish(end))).ConfigureAwait(false);
        var merged = ConsistencyGroups.Empty(shuffle);
        for (var shard = 0; shard < shards; shard++)
        {
            var receipt = receipts[shard];
            if (receipt.Batches != sentBatches[shard] || receipt.Records != sentRecords[shard])
            {
                throw new InvalidOperationException($"Shard {shard} of {shards} of the {shuffle} shuffle received {receipt.Batches} batches and {receipt.Records} records, but {sentBatches[shard]} batches and {sentRecords[shard]} records were sent to it: it lost part of the pass (a silo failed).");
            }

            merged = merged.Merge(ConsistencyGroups.Read(receipt.Groups));
        }

        return merged;
    }
}
