using System.Buffers;
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
/// For a month's awards, also the tally pass: the log split by officer, each part tallied by a grain, the partial
/// months merged per officer in the driver (<see cref="TallyAsync"/>).
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

    /// <summary>The name of the pass that tallies the month's parts by officer.</summary>
    public const string TallyPass = "tally by officer";

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
        var byNumber = Task.Run(() => PassAsync(run, ByNumberPass, attempt => AttemptAsync(run, attempt, whole, ConsistencyShuffle.ByNumber, cancellationToken), cancellationToken), cancellationToken);
        var byPersonKey = Task.Run(() => PassAsync(run, ByPersonKeyPass, attempt => AttemptAsync(run, attempt, whole, ConsistencyShuffle.ByPersonKey, cancellationToken), cancellationToken), cancellationToken);
        await Task.WhenAll(byNumber, byPersonKey).ConfigureAwait(false);
        return analyzer.CompleteFromShuffles(whole, await byNumber.ConfigureAwait(false), await byPersonKey.ConfigureAwait(false), _options.MaxDegreeOfParallelism);
    }

    /// <summary>
    /// Judges a month over the cluster: the consistency measured on the shards, the log validated and the visit plan
    /// built here, the tallies built on the cluster (<see cref="TallyAsync"/>), and the award rules evaluated once, here,
    /// on the merged months; the same assessment as <see cref="MonthlyAssessment.Run(Register, ActivityLog, MonthlyPeriod, RuleSet, int?)"/> gives.
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
        var (context, validation, plan) = MonthlyAssessment.Prepare(register, log, period);
        var tallies = await TallyAsync(context, validation.Accepted, plan, consistency.PersonIdConsistencyOf, cancellationToken).ConfigureAwait(false);
        return MonthlyAssessment.Judge(validation, consistency, plan, tallies, rules, period, _options.MaxDegreeOfParallelism);
    }

    /// <summary>
    /// Builds a month's tallies over the cluster: the log split by officer into <see cref="ClusterRunOptions.Shards"/>
    /// parts (each with everything its officers' months need: their events, the calls about them, the disputes they
    /// mediate), each part tallied by a grain with the library's accumulator, the partial months sent back as bytes and
    /// merged per officer here.
    /// </summary>
    /// <param name="context">The register.</param>
    /// <param name="log">The validated activity (see <see cref="ActivityValidator"/>); a log with repeated ids gives what the accumulator gives for it.</param>
    /// <param name="plan">The month's visit plan.</param>
    /// <param name="personIdConsistency">The person-ID consistency of a beat (from the consistency report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One tally per officer of the register, in officer-id order: the same as <see cref="MonthlyTally.Build(ActivityContext, ActivityLog, VisitPlan, Func{Beats.BeatId, Rate}, int?)"/> gives.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClusterRunException">The pass failed on every attempt.</exception>
    public async Task<IReadOnlyList<OfficerMonth>> TallyAsync(ActivityContext context, ActivityLog log, VisitPlan plan, Func<Beats.BeatId, Rate> personIdConsistency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personIdConsistency);
        var run = Guid.NewGuid();

        // The parts are cut and encoded once: every attempt sends the same bytes.
        var batches = OfficerPartition.Split(log, context, plan, _options.Shards)
            .Select(p => Batches(p.Log, p.VisitDue, _options.BatchRecords).ToArray())
            .ToArray();
        var month = new TallyMonth(plan.Period.Month.Year, plan.Period.Month.Month, plan.Period.Zone.Id);
        var merged = await PassAsync(run, TallyPass, attempt => TallyAttemptAsync(run, attempt, batches, month, cancellationToken), cancellationToken).ConfigureAwait(false);
        return OfficerPartition.Finish(merged, context, plan, personIdConsistency);
    }

    /// <summary>Runs a pass until an attempt gives its exact result, each failed attempt after a longer delay, or throws naming it.</summary>
    private async Task<T> PassAsync<T>(Guid run, string pass, Func<int, Task<T>> attemptAsync, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await attemptAsync(attempt).ConfigureAwait(false);
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
        long sequence = 0;
        await SendAsync(ConsistencyWire.Batches(whole, shuffle, shards, _options.BatchRecords).Select(b =>
        {
            sentBatches[b.Shard]++;
            sentRecords[b.Shard] += ConsistencyWire.BatchRecords(b.Batch, shuffle).Length;
            var stamp = new BatchStamp(run, attempt, Sender, sequence++);
            return (Func<Task>)(() => grains[b.Shard].Receive(stamp, b.Batch));
        }), cancellationToken).ConfigureAwait(false);
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

    /// <summary>One attempt of the tally pass: every part's batches to fresh grains, then each part's counts checked and its partial months merged.</summary>
    private async Task<IReadOnlyList<OfficerMonthPart>> TallyAttemptAsync(Guid run, int attempt, (byte[] Batch, long Events)[][] batches, TallyMonth month, CancellationToken cancellationToken)
    {
        var parts = batches.Length;
        var grains = Enumerable.Range(0, parts).Select(p => _grains.GetGrain<ITallyPartGrain>(ShardKeys.OfTallyPart(run, attempt, p, parts))).ToArray();
        long sequence = 0;
        await SendAsync(batches.SelectMany((part, p) => part.Select(b =>
        {
            var stamp = new BatchStamp(run, attempt, Sender, sequence++);
            return (Func<Task>)(() => grains[p].Receive(stamp, b.Batch));
        })), cancellationToken).ConfigureAwait(false);
        var end = new BatchStamp(run, attempt, Sender, sequence);
        var receipts = await Task.WhenAll(grains.Select(g => g.Finish(end, month))).ConfigureAwait(false);
        IReadOnlyList<OfficerMonthPart> merged = [];
        for (var p = 0; p < parts; p++)
        {
            var (receipt, sentEvents) = (receipts[p], batches[p].Sum(b => b.Events));
            if (receipt.Batches != batches[p].Length || receipt.Events != sentEvents)
            {
                throw new InvalidOperationException($"Tally part {p} of {parts} received {receipt.Batches} batches and {receipt.Events} events, but {batches[p].Length} batches and {sentEvents} events were sent to it: it lost part of the pass (a silo failed).");
            }

            merged = OfficerMonthWire.Merge(merged, OfficerMonthWire.Read(receipt.Months));
        }

        return merged;
    }

    /// <summary>Sends calls with at most <see cref="ClusterRunOptions.InFlight"/> in flight, awaited: the back-pressure Orleans does not give.</summary>
    private async Task SendAsync(IEnumerable<Func<Task>> sends, CancellationToken cancellationToken)
    {
        var inFlight = new List<Task>(_options.InFlight);
        foreach (var send in sends)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Add(send());
            if (inFlight.Count >= _options.InFlight)
            {
                var done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                inFlight.Remove(done);
                await done.ConfigureAwait(false);
            }
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
    }

    /// <summary>A part's events in batches of at most so many of each kind, each in the library's wire form, with its count of events.</summary>
    private static IEnumerable<(byte[] Batch, long Events)> Batches(ActivityLog part, bool[] visitDue, int size)
    {
        var most = new[] { part.Visits.Count, part.FollowUps.Count, part.Disputes.Count, part.Mediations.Count, part.Leads.Count, part.Apprehensions.Count, part.Information.Count, part.Services.Count }.Max();
        for (var start = 0; start < most || (start == 0 && most == 0); start += size)
        {
            List<T> Slice<T>(IReadOnlyList<T> items) => [.. items.Skip(start).Take(size)];
            var batch = new ActivityLog(Slice(part.Visits), Slice(part.FollowUps), Slice(part.Disputes), Slice(part.Mediations), Slice(part.Leads), Slice(part.Apprehensions), Slice(part.Information), Slice(part.Services));
            var bytes = new ArrayBufferWriter<byte>();
            ActivityPartWire.Write(batch, Slice(visitDue), bytes);
            yield return (bytes.WrittenSpan.ToArray(), batch.Count);
            if (most == 0)
            {
                yield break;
            }
        }
    }
}
