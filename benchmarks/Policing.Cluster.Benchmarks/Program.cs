using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Policing.Cluster;
using Policing.Domain.Orleans;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Population;

// The consistency of a generated population in one process, then on 1 and 3 local silo processes, in the same run.
// Usage: [residents, default 10,000,000] [repeats, default 2]. Every cluster report is checked against the in-process one.
var residents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var clock = Stopwatch.StartNew();
var city = CityGenerator.Generate(new CityOptions { Residents = residents, Seed = 2014, SharedNumberRate = 0.004, DuplicateRecordRate = 0.004, MultipleNumbersRate = 0.004 });
var register = new Register(city.Stations, city.Offices, city.Officers, city.Beats, city.Houses, city.Households, []);
var people = city.Residents.ToArray();
var analyzer = new ConsistencyAnalyzer(register);
Console.WriteLine($"{people.Length:N0} residents generated in {clock.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores");

var expected = ReportSignature.Of(analyzer.Analyze(people));
var inProcess = Best(() => _ = analyzer.Analyze(people).Residents);
var reduce = Best(() => _ = analyzer.AccumulateParallel(people).Residents);
var whole = analyzer.AccumulateParallel(people);
var valid = ConsistencyWire.ValidEntries(whole);
var encode = Best(() =>
{
    foreach (var shuffle in (ConsistencyShuffle[])[ConsistencyShuffle.ByNumber, ConsistencyShuffle.ByPersonKey])
    {
        foreach (var (_, batch) in ConsistencyWire.Batches(whole, shuffle, 64, 32_768))
        {
            GC.KeepAlive(batch);
        }
    }
});
var complete = Best(() => _ = analyzer.Complete(whole).Residents);
Console.WriteLine($"in process: Analyze {inProcess:F0} ms (local reduce {reduce:F0} ms, Complete {complete:F0} ms); both shuffles' batches encoded in {encode:F0} ms; {valid:N0} valid entries, {2 * valid * 16 / 1e6:F0} MB of records over both shuffles");

foreach (var silos in (int[])[1, 3])
{
    await using var cluster = await LocalSilos.StartAsync(silos, Console.Error);
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.UseOrleansClient(client => client.UseLocalhostClustering(cluster.Gateways));
    using var host = builder.Build();
    await host.StartAsync();
    var driver = new ClusterConsistency(host.Services.GetRequiredService<IClusterClient>());

    // A warm-up run, checked; then the timed runs: the whole analysis, and the passes after the local reduce.
    if (ReportSignature.Of(await driver.AnalyzeAsync(analyzer, people)) != expected)
    {
        throw new InvalidOperationException($"The report on {silos} silos differs from the in-process report.");
    }

    var total = await BestAsync(async () => _ = (await driver.AnalyzeAsync(analyzer, people)).Residents);
    var passes = await BestAsync(async () => _ = (await driver.CompleteAsync(analyzer, whole)).Residents);
    var memory = cluster.PeakWorkingSets();
    Console.WriteLine($"{silos} silo(s): analysis {total:F0} ms = {total / inProcess:F2}x in process; shuffles + join back {passes:F0} ms; silo peak memory {string.Join(", ", memory.Select(m => $"{m / 1e6:F0} MB"))}");
    await host.StopAsync();
}

double Best(Action run) => BestAsync(() =>
{
    run();
    return Task.CompletedTask;
}).GetAwaiter().GetResult();

async Task<double> BestAsync(Func<Task> run)
{
    var best = double.MaxValue;
    for (var i = 0; i < repeats; i++)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        await run();
        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
    }

    return best;
}
