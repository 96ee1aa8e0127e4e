using System.Runtime.InteropServices;
using Policing.Domain.Identity;
using Policing.Domain.Internals;

namespace Policing.Domain.Population.Consistency;

/// <summary>The finishing pass: the checks across residents (shared numbers, duplicates, multiple numbers) and the counts.</summary>
internal sealed partial class ConsistencyCompletion(ConsistencyAnalyzer analyzer, ConsistencyPartial whole, int parts, (Dictionary<ulong, byte> ByNumber, Dictionary<ulong, byte> ByPersonKey)? shuffled = null)
{
    private static readonly int IdVerdicts = Enum.GetValues<PersonIdVerdict>().Length;
    private static readonly int HouseVerdicts = Enum.GetValues<PersonHouseVerdict>().Length;

    private readonly int _parts = parts;
    private readonly IReadOnlyList<ConsistencyEntry[]> _chunks = whole.Chunks;
    private int[] _chunkStart = [];

    internal ConsistencyReport Run()
    {
        _chunkStart = new int[_chunks.Count + 1];
        for (var c = 0; c < _chunks.Count; c++)
        {
            _chunkStart[c + 1] = checked(_chunkStart[c] + _chunks[c].Length);
        }

        // The records that share a number, and the people who hold several, are found by grouping the valid
        // records twice: by number, then by person key. Each grouping splits the records by hash into partitions
        // small enough for the caches, then groups each partition apart, on all cores. The two large buffers are
        // borrowed, so that a process that runs the analysis again reuses their memory.
        var beats = analyzer.BeatCount;
        var counted = new PartCounts[_parts];
        using (var pool = new PooledArrays())
        {
            var flags = pool.Rent<byte>(_chunkStart[^1], clear: true);
            if (shuffled is { } found)
            {
                // The groups came from the shards of a cluster run: they mark the records directly.
                MarkShuffled(found.ByNumber, found.ByPersonKey, flags);
            }
            else
            {
                var valid = ValidCount();
                using var grouping = pool.Stage();
                var items = grouping.Rent<Item>(valid);
                Group(items, valid, flags, byNumber: true);
                Group(items, valid, flags, byNumber: false);
            }

            Parallel.For(0, _parts, Scheduler.Options(_parts), part => counted[part] = Count(part, flags, beats));
        }

        var idCounts = new long[(beats + 1) * IdVerdicts];
        var houseCounts = new long[(beats + 1) * HouseVerdicts];
        var members = new List<GroupMember>();
        foreach (var part in counted)
        {
            Add(idCounts, part.IdCounts);
            Add(houseCounts, part.HouseCounts);
            members.AddRange(part.GroupMembers);
        }

        // The findings, the defect groups' members and the occupied houses stay compact until the report's lists are
        // first read.
        var findings = counted.Select(part => part.Findings).ToArray();
        var occupied = whole.OccupiedHouses;
        return new ConsistencyReport(
            Overall(idCounts, houseCounts, beats),
            BeatFigures(idCounts, houseCounts, beats),
            () => Groups(members),
            () => Findings(findings),
            () => analyzer.EmptyHouses(occupied),
            whole.Problems);
    }

    private static void Add(long[] total, long[] part)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += part[i];
        }
    }

    /// <summary>A spreading of a 64-bit key, so that its top bits choose a partition and its low bits a slot.</summary>
    private static ulong Mix(ulong key)
    {
        key = (key ^ (key >> 31)) * 0x7FB5D329728EA185UL;
        key = (key ^ (key >> 27)) * 0x81DADEF4BC2DD44DUL;
        return key ^ (key >> 33);
    }

    /// <summary>The chunks a part of the work covers: a contiguous run, so the parts' records stay in order.</summary>
    private (int From, int To) ChunksOf(int part) => (_chunks.Count * part / _parts, _chunks.Count * (part + 1) / _parts);

    private int ValidCount()
    {
        var valid = 0;
        foreach (var chunk in _chunks)
        {
            foreach (ref readonly var e in chunk.AsSpan())
            {
                valid += e.Status == NumberStatus.Valid ? 1 : 0;
            }
        }

        return valid;
    }

    /// <summary>
    /// Groups the valid records by one key (the number, or the person key) and marks in <paramref name="flags"/> those
    /// whose group holds more than one record, and those whose group holds different values of the other key.
    /// </summary>
    private void Group(Item[] items, int count, byte[] flags, bool byNumber)
    {
        var bits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(count, 1) / 8192), 0, 14);
        var partitions = 1 << bits;
        var shift = 64 - bits;
        var options = Scheduler.Options(_parts);

        // Each part counts its records per partition, then writes them to its own run within each partition.
        var counts = new int[_parts][];
        Parallel.For(0, _parts, options, part =>
        {
            var histogram = new int[partitions];
            var (from, to) = ChunksOf(part);
            for (var c = from; c < to; c++)
            {
                foreach (ref readonly var e in _chunks[c].AsSpan())
                {
                    if (e.Status == NumberStatus.Valid)
                    {
                        histogram[bits == 0 ? 0 : (int)(Mix(byNumber ? e.Number : e.PersonKey) >> shift)]++;
                    }
                }
            }

            counts[part] = histogram;
        });

        var bounds = new int[partitions + 1];
        var cursors = new int[_parts][];
        var offset = 0;
        for (var part = 0; part < _parts; part++)
        {
            cursors[part] = new int[partitions];
        }

        for (var p = 0; p < partitions; p++)
        {
            bounds[p] = offset;
            for (var part = 0; part < _parts; part++)
            {
                cursors[part][p] = offset;
                offset += counts[part][p];
            }
        }

        bounds[partitions] = offset;
        Parallel.For(0, _parts, options, part =>
        {
            var cursor = cursors[part];
            var (from, to) = ChunksOf(part);
            for (var c = from; c < to; c++)
            {
                var index = _chunkStart[c];
                foreach (ref readonly var e in _chunks[c].AsSpan())
                {
                    if (e.Status == NumberStatus.Valid)
                    {
                        var (key, other) = byNumber ? (e.Number, e.PersonKey) : (e.PersonKey, e.Number);
                        items[cursor[bits == 0 ? 0 : (int)(Mix(key) >> shift)]++] = new Item(key, other, index);
                    }

                    index++;
                }
            }
        });

        // Each part groups a run of partitions with one table, sized for the largest, cleared slot by slot.
        var largest = 0;
        for (var p = 0; p < partitions; p++)
        {
            largest = Math.Max(largest, bounds[p + 1] - bounds[p]);
        }

        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(largest * 2, 16));
        Parallel.For(0, _parts, options, part =>
        {
            var slots = new GroupSlot[size];
            var used = new List<int>();
            var mask = size - 1;
            for (var p = partitions * part / _parts; p < partitions * (part + 1) / _parts; p++)
            {
                var span = items.AsSpan(bounds[p], bounds[p + 1] - bounds[p]);
                foreach (ref readonly var item in span)
                {
                    var slot = (int)Mix(item.Key) & mask;
                    while (slots[slot].Count != 0 && slots[slot].Key != item.Key)
                    {
                        slot = (slot + 1) & mask;
                    }

                    ref var group = ref slots[slot];
                    if (group.Count == 0)
                    {
                        group = new GroupSlot(item.Key, item.Other, 1, false);
                        used.Add(slot);
                    }
                    else
                    {
                        group = new GroupSlot(group.Key, group.Other, group.Count + 1, group.Mixed || group.Other != item.Other);
                    }
                }

                foreach (ref readonly var item in span)
                {
                    var slot = (int)Mix(item.Key) & mask;
                    while (slots[slot].Key != item.Key)
                    {
                        slot = (slot + 1) & mask;
                    }

                    // Most records are alone in their group: only a record with something to mark is written to, so
                    // that the common case reads and writes no byte of the flags at a random place.
                    var group = slots[slot];
                    var mark = byNumber ? ConsistencyRules.NumberMarks(group.Count, group.Mixed) : ConsistencyRules.PersonMarks(group.Mixed);
                    if (mark != 0)
                    {
                        flags[item.Index] |= mark;
                    }
                }

                foreach (var slot in used)
                {
                    slots[slot] = default;
                }

                used.Clear();
            }
        });
    }

    /// <summary>Counts the verdicts of one part's records per beat, and keeps its findings and defect-group members.</summary>
    private PartCounts Count(int part, byte[] flags, int beats)
    {
        var counts = new PartCounts((beats + 1) * IdVerdicts, (beats + 1) * HouseVerdicts);
        var (from, to) = ChunksOf(part);
        for (var c = from; c < to; c++)
        {
            var index = _chunkStart[c];
            foreach (ref readonly var e in _chunks[c].AsSpan())
            {
                var verdict = ConsistencyRules.PersonId(e.Status, flags[index++], e.Mismatch);
                var slot = e.Beat < 0 ? beats : e.Beat;
                counts.IdCounts[(slot * IdVerdicts) + (int)verdict]++;
                counts.HouseCounts[(slot * HouseVerdicts) + (int)e.House]++;
                if (verdict != PersonIdVerdict.Consistent || e.House != PersonHouseVerdict.Consistent)
                {
                    counts.Findings.Add(new Finding(e.Person, e.Beat, verdict, e.House, e.Error));
                }

                if (verdict is PersonIdVerdict.SharedNumber or PersonIdVerdict.DuplicateRecord or PersonIdVerdict.MultipleNumbers)
                {
                    counts.GroupMembers.Add(new GroupMember(verdict, verdict == PersonIdVerdict.MultipleNumbers ? e.PersonKey : e.Number, e.Person, e.Number));
                }
            }
        }

        return counts;
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

    /// <summary>
    /// The defect groups: the members sorted once by kind and key, each run of one kind and key a group, its numbers
    /// distinct and in order, its residents in order; the groups by kind, then first number, then first resident.
    /// </summary>
    private static IReadOnlyList<DefectGroup> Groups(List<GroupMember> members)
    {
        // The residents' ids read back to back first: each lies anywhere in memory, and each group's residents are
        // sorted by them below.
        var sorted = CollectionsMarshal.AsSpan(members);
        Span<int> touched = stackalloc int[1];
        foreach (ref readonly var member in sorted)
        {
            touched[0] += member.Person.Value?.Length ?? 0;
        }

        sorted.Sort(default(MemberOrder));
        var groups = new List<DefectGroup>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Kind == sorted[start].Kind && sorted[end].Key == sorted[start].Key)
            {
                end++;
            }

            // Within a group the members are in number order: the distinct numbers are read off in order.
            var run = sorted[start..end];
            var numbers = new List<ResidentId>();
            var people = new PersonId[run.Length];
            for (var i = 0; i < run.Length; i++)
            {
                if (i == 0 || run[i].Number != run[i - 1].Number)
                {
                    numbers.Add(ResidentId.FromValidDigits(run[i].Number));
                }

                people[i] = run[i].Person;
            }

            Array.Sort(people);
            groups.Add(new DefectGroup(sorted[start].Kind, numbers, people));
            start = end;
        }

        // Kinds compared as numbers, as in MemberOrder.
        groups.Sort(static (a, b) => a.Kind != b.Kind ? (int)a.Kind - (int)b.Kind
            : a.Numbers[0] != b.Numbers[0] ? a.Numbers[0].CompareTo(b.Numbers[0])
            : a.Residents[0].CompareTo(b.Residents[0]));
        return groups;
    }

    /// <summary>The findings of every part as the report lists them: by resident id, then by what was found.</summary>
    private IReadOnlyList<ResidentFinding> Findings(List<Finding>[] parts)
    {
        var all = new Finding[parts.Sum(p => p.Count)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, at);
            at += part.Count;
        }

        // Every field takes part in the order, so that it does not depend on which part met a record first.
        all.AsSpan().Sort(default(FindingOrder));
        var findings = new ResidentFinding[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            ref readonly var f = ref all[i];
            findings[i] = new ResidentFinding(f.Person, f.Beat < 0 ? null : analyzer.BeatAt(f.Beat), f.PersonId, f.House, f.Error);
        }

        return findings;
    }

    /// <summary>A valid record in a grouping: the key grouped by, the other key, the record's position. Packed to 20 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Item(ulong Key, ulong Other, int Index);

    /// <summary>A group in a partition's table: its key, the first other key seen, its size, and whether another other key was seen.</summary>
    private readonly record struct GroupSlot(ulong Key, ulong Other, int Count, bool Mixed);

    /// <summary>What one part of the records counts and keeps.</summary>
    private sealed class PartCounts(int idSlots, int houseSlots)
    {
        internal long[] IdCounts { get; } = new long[idSlots];

        internal long[] HouseCounts { get; } = new long[houseSlots];

        internal List<Finding> Findings { get; } = [];

        internal List<GroupMember> GroupMembers { get; } = [];
    }

    /// <summary>A resident who is not consistent, as a part keeps it: 16 bytes, and no object until the report's findings are read.</summary>
    private readonly record struct Finding(PersonId Person, int Beat, PersonIdVerdict PersonId, PersonHouseVerdict House, ResidentIdError Error);

    /// <summary>A member of a defect group: the group's kind and key (the number, or the person key for several numbers), the resident and its number.</summary>
    private readonly record struct GroupMember(PersonIdVerdict Kind, ulong Key, PersonId Person, ulong Number);

    /// <summary>
    /// The members by kind, key and number; a group's residents are put in order apart. A struct, so that the sort is
    /// compiled for it and each comparison inlined; kinds compared as numbers, since an enum's <c>CompareTo</c> takes
    /// an object and would box both at every comparison.
    /// </summary>
    private readonly struct MemberOrder : IComparer<GroupMember>
    {
        public int Compare(GroupMember a, GroupMember b) =>
            a.Kind != b.Kind ? (int)a.Kind - (int)b.Kind
            : a.Key != b.Key ? a.Key.CompareTo(b.Key)
            : a.Number.CompareTo(b.Number);
    }

    /// <summary>The findings by resident id, then by every other field; a struct with kinds compared as numbers, as <see cref="MemberOrder"/>.</summary>
    private readonly struct FindingOrder : IComparer<Finding>
    {
        public int Compare(Finding a, Finding b)
        {
            var order = a.Person.CompareTo(b.Person);
            return order != 0 ? order
                : a.PersonId != b.PersonId ? (int)a.PersonId - (int)b.PersonId
                : a.House != b.House ? (int)a.House - (int)b.House
                : a.Error != b.Error ? (int)a.Error - (int)b.Error
                : a.Beat.CompareTo(b.Beat);
        }
    }
}
