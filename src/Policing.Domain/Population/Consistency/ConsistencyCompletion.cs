using Policing.Domain.Identity;

namespace Policing.Domain.Population.Consistency;

/// <summary>The finishing pass: the checks across residents (shared numbers, duplicates, multiple numbers) and the counts.</summary>
internal sealed class ConsistencyCompletion(ConsistencyAnalyzer analyzer, ConsistencyPartial whole)
{
    private static readonly int IdVerdicts = Enum.GetValues<PersonIdVerdict>().Length;
    private static readonly int HouseVerdicts = Enum.GetValues<PersonHouseVerdict>().Length;

    internal ConsistencyReport Run()
    {
        var capacity = (int)Math.Min(whole.Residents, int.MaxValue);
        var byNumber = new Dictionary<ulong, NumberInfo>(capacity);
        var byPerson = new Dictionary<ulong, PersonInfo>(capacity);

        // The two tables are independent: one core builds each.
        Parallel.Invoke(
            () =>
            {
                foreach (var chunk in whole.Chunks)
                {
                    foreach (ref readonly var e in chunk.AsSpan())
                    {
                        if (e.Status != NumberStatus.Valid)
                        {
                            continue;
                        }

                        ref var info = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byNumber, e.Number, out var exists);
                        if (!exists)
                        {
                            info = new NumberInfo(1, e.PersonKey, false);
                        }
                        else
                        {
                            info = new NumberInfo(info.Count + 1, info.Key, info.Mixed || info.Key != e.PersonKey);
                        }
                    }
                }
            },
            () =>
            {
                foreach (var chunk in whole.Chunks)
                {
                    foreach (ref readonly var e in chunk.AsSpan())
                    {
                        if (e.Status != NumberStatus.Valid)
                        {
                            continue;
                        }

                        ref var info = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byPerson, e.PersonKey, out var exists);
                        info = !exists ? new PersonInfo(e.Number, false) : new PersonInfo(info.Number, info.Multiple || info.Number != e.Number);
                    }
                }
            });

        var beats = analyzer.BeatCount;
        var idCounts = new long[(beats + 1) * IdVerdicts];
        var houseCounts = new long[(beats + 1) * HouseVerdicts];
        var findings = new List<ResidentFinding>();
        var groups = new Dictionary<(PersonIdVerdict Kind, ulong Key), List<(PersonId Person, ulong Number)>>();
        foreach (var chunk in whole.Chunks)
        {
            foreach (ref readonly var e in chunk.AsSpan())
            {
                var verdict = Verdict(e, byNumber, byPerson);
                var slot = e.Beat < 0 ? beats : e.Beat;
                idCounts[(slot * IdVerdicts) + (int)verdict]++;
                houseCounts[(slot * HouseVerdicts) + (int)e.House]++;
                if (verdict != PersonIdVerdict.Consistent || e.House != PersonHouseVerdict.Consistent)
                {
                    findings.Add(new ResidentFinding(e.Person, e.Beat < 0 ? null : analyzer.BeatAt(e.Beat), verdict, e.House, e.Error));
                }

                if (verdict is PersonIdVerdict.SharedNumber or PersonIdVerdict.DuplicateRecord or PersonIdVerdict.MultipleNumbers)
                {
                    var key = verdict == PersonIdVerdict.MultipleNumbers ? e.PersonKey : e.Number;
                    if (!groups.TryGetValue((verdict, key), out var members))
                    {
                        groups[(verdict, key)] = members = [];
                    }

                    members.Add((e.Person, e.Number));
                }
            }
        }

        return new ConsistencyReport(
            Overall(idCounts, houseCounts, beats),
            BeatFigures(idCounts, houseCounts, beats),
            Groups(groups),
            findings,
            [.. analyzer.HousesNotIn(whole.OccupiedHouses).Select(h => h.Id).Order()],
            [.. analyzer.HousesNotIn(whole.OccupiedHouses).Where(h => h.Kind == HouseKind.Rental).Select(h => h.Id).Order()],
            whole.Problems);
    }

    private static PersonIdVerdict Verdict(in ConsistencyEntry e, Dictionary<ulong, NumberInfo> byNumber, Dictionary<ulong, PersonInfo> byPerson)
    {
        switch (e.Status)
        {
            case NumberStatus.None:
                return PersonIdVerdict.NoNumber;
            case NumberStatus.Invalid:
                return PersonIdVerdict.InvalidNumber;
        }

        var number = byNumber[e.Number];
        if (number.Count > 1)
        {
            return number.Mixed ? PersonIdVerdict.SharedNumber : PersonIdVerdict.DuplicateRecord;
        }

        if (byPerson[e.PersonKey].Multiple)
        {
            return PersonIdVerdict.MultipleNumbers;
        }

        return e.Mismatch ? PersonIdVerdict.NumberMismatch : PersonIdVerdict.Consistent;
    }

    private static BeatConsistency Overall(long[] idCounts, long[] houseCounts, int beats)
    {
        var id = new long[IdVerdicts];
        var house = new long[HouseVerdicts];
        for (var slot = 0; slot <= beats; slot++)
        {
            for (var v = 0; v < IdVerdicts; v++)
            {
                id[v] += idCounts[(slot * IdVerdicts) + v];
            }

            for (var v = 0; v < HouseVerdicts; v++)
            {
                house[v] += houseCounts[(slot * HouseVerdicts) + v];
            }
        }

        return new BeatConsistency(null, new VerdictCounts<PersonIdVerdict>(id), new VerdictCounts<PersonHouseVerdict>(house));
    }

    private IReadOnlyList<BeatConsistency> BeatFigures(long[] idCounts, long[] houseCounts, int beats)
    {
        var figures = new List<BeatConsistency>(beats + 1);
        for (var slot = 0; slot <= beats; slot++)
        {
            var id = new VerdictCounts<PersonIdVerdict>(idCounts.AsSpan(slot * IdVerdicts, IdVerdicts));
            var house = new VerdictCounts<PersonHouseVerdict>(houseCounts.AsSpan(slot * HouseVerdicts, HouseVerdicts));
            if (slot < beats || id.Total > 0)
            {
                figures.Add(new BeatConsistency(slot < beats ? analyzer.BeatAt(slot) : null, id, house));
            }
        }

        return figures;
    }

    private static IReadOnlyList<DefectGroup> Groups(Dictionary<(PersonIdVerdict Kind, ulong Key), List<(PersonId Person, ulong Number)>> groups) =>
        [.. groups
            .Select(g => new DefectGroup(
                g.Key.Kind,
                [.. g.Value.Select(m => m.Number).Distinct().Order().Select(ResidentId.FromValidDigits)],
                [.. g.Value.Select(m => m.Person).Order()]))
            .OrderBy(g => g.Kind)
            .ThenBy(g => g.Numbers[0])
            .ThenBy(g => g.Residents[0])];

    private readonly record struct NumberInfo(int Count, ulong Key, bool Mixed);

    private readonly record struct PersonInfo(ulong Number, bool Multiple);
}
