using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Policing.Domain.Identity;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Testing.Population;

namespace Policing.Domain.Benchmarks;

/// <summary>How fast is the person-ID and person-house consistency of a population measured, against naive LINQ?</summary>
/// <remarks>
/// One invocation per iteration (a run of 10 million takes seconds, the naive one a minute), three warm-ups and three
/// measured iterations: <c>--filter '*ConsistencyBenchmarks*'</c> without <c>--job</c>. Three warm-ups, because on a
/// virtual machine the first runs pay a page fault for every page of memory the process has not touched yet (about
/// a second of the first 10-million run); the measured iterations are the steady state of a process that analyses
/// one population after another, and the warm-ups' times stay in the log.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 3)]
public class ConsistencyBenchmarks
{
    private Resident[] _residents = [];
    private SyntheticCity _city = null!;

    /// <summary>Gets or sets the number of residents.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Residents { get; set; }

    /// <summary>Generates the city and holds its residents in memory, so that only the analysis is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _city = CityGenerator.Generate(new CityOptions { Residents = Residents, Seed = 2014 });
        _residents = _city.Residents.ToArray();
    }

    /// <summary>The naive version: LINQ GroupBy over numbers and person keys, dictionaries of strings.</summary>
    /// <returns>The count of consistent residents.</returns>
    [Benchmark(Baseline = true)]
    public long NaiveLinq()
    {
        var houses = _city.Houses.ToDictionary(h => h.Id);
        var households = _city.Households.ToDictionary(h => h.Id);
        var parsed = _residents.Select(r =>
        {
            ResidentId id = default;
            var valid = r.Number is { } n && n.TryGetResidentId(out id);
            return (Resident: r, Valid: valid, Id: id, Key: $"{PersonNames.Normalize(r.Name)}|{r.BirthDate}|{r.Gender}");
        }).ToList();
        var byNumber = parsed.Where(p => p.Valid).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.Select(p => p.Key).Distinct().Count() > 1 ? 2 : g.Count());
        var byPerson = parsed.Where(p => p.Valid).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().Count());
        long consistent = 0;
        foreach (var p in parsed)
        {
            var idOk = p.Valid && byNumber[p.Id] == 1 && byPerson[p.Key] == 1
                && (p.Resident.BirthDate is null || p.Resident.BirthDate == p.Id.BirthDate)
                && (p.Resident.Gender is null || p.Resident.Gender == p.Id.Gender);
            var houseOk = p.Resident.LivingHouse is { } l && houses.ContainsKey(l)
                && p.Resident.Household is { } h && households.TryGetValue(h, out var household) && household.RegisteredHouse == l;
            consistent += idOk && houseOk ? 1 : 0;
        }

        return consistent;
    }

    /// <summary>The library's analysis on all cores: the register's houses and households indexed, then the residents streamed through the analyzer.</summary>
    /// <returns>The count of consistent residents.</returns>
    [Benchmark]
    public long Analyze()
    {
        var report = new ConsistencyAnalyzer(new Register(_city.Stations, _city.Offices, _city.Officers, _city.Beats, _city.Houses, _city.Households, [])).Analyze(_residents);
        return report.Overall.PersonId[PersonIdVerdict.Consistent];
    }
}
