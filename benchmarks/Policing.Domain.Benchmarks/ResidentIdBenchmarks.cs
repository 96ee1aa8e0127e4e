using System.Globalization;
using System.Text;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using Policing.Domain.Identity;
using Policing.Domain.Testing.Identity;

namespace Policing.Domain.Benchmarks;

/// <summary>
/// How fast are identity numbers validated, one by one and as a whole export on each path of the batch, against
/// <c>TryParse</c> line by line (the baseline) and a naive validator? The setup prints the path and instruction sets
/// the batch runs on.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class ResidentIdBenchmarks
{
    private static readonly int[] WeightTable = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    private static readonly HashSet<string> Permits = ["810000", "820000", "830000"];

    private HashSet<string> _divisions = [];
    private HashSet<string> _nationalities = [];
    private string[] _strings = [];
    private byte[] _export = [];
    private (int Start, int Length)[] _lines = [];

    /// <summary>Gets or sets how many numbers each operation validates.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    /// <summary>Builds a million numbers, 10% broken in each way, as strings and as one UTF-8 export.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _export = new ResidentIdGenerator(2014).NextExport(Count, 0.10, out _);
        _strings = Encoding.UTF8.GetString(_export).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<(int, int)>(Count);
        var start = 0;
        for (var i = 0; i < _export.Length; i++)
        {
            if (_export[i] == (byte)'\n')
            {
                lines.Add((start, i - start));
                start = i + 1;
            }
        }

        _lines = [.. lines];
        _divisions = [.. DivisionCode.Known.Select(c => c.ToString())];
        _nationalities = [.. Enumerable.Range(0, 1_000).Where(DivisionTable.IsNationality).Select(n => n.ToString("D3", CultureInfo.InvariantCulture))];
        Console.WriteLine($"// Identity batch: {ResidentIdBatch.Instructions}, path {ResidentIdBatch.FastestPath}; Vector512 {Vector512.IsHardwareAccelerated}, Vector256 {Vector256.IsHardwareAccelerated}, "
            + $"Vector128 {Vector128.IsHardwareAccelerated}, AVX-512 VBMI {Avx512Vbmi.IsSupported}, AVX2 {Avx2.IsSupported}, SSSE3 {Ssse3.IsSupported}, AdvSimd {AdvSimd.IsSupported}");
        if (Naive() != Batch())
        {
            throw new InvalidOperationException($"The naive validator accepts {Naive()} numbers, the library {Batch()}.");
        }
    }

    /// <summary>
    /// The naive validator: Substring, int.Parse and DateTime.TryParseExact per number, with the library's checks
    /// (provinces, permits, the foreigner kind, the division table as a set of strings, the check character).
    /// </summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public int Naive()
    {
        var valid = 0;
        foreach (var s in _strings)
        {
            valid += NaiveIsValid(s) ? 1 : 0;
        }

        return valid;
    }

    /// <summary>ResidentId.TryParse over characters.</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public int TryParseChars()
    {
        var valid = 0;
        foreach (var s in _strings)
        {
            valid += ResidentId.TryParse(s.AsSpan(), out _) ? 1 : 0;
        }

        return valid;
    }

    /// <summary>ResidentId.TryParse over UTF-8 bytes, line by line: the baseline that the batch must beat.</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark(Baseline = true)]
    public int TryParseUtf8()
    {
        var valid = 0;
        var export = _export.AsSpan();
        foreach (var (start, length) in _lines)
        {
            valid += ResidentId.TryParse(export.Slice(start, length), out _) ? 1 : 0;
        }

        return valid;
    }

    /// <summary>The batch API over the whole export on one core, on the path this machine runs (see <see cref="Setup"/>).</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long Batch() => ResidentIdBatch.Validate(_export).Valid;

    /// <summary>The batch forced onto its AVX-512 path (fails, reported as NA, where the machine has no AVX-512 VBMI).</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long BatchVector512() => Forced(ResidentIdBatchPath.Vector512);

    /// <summary>The batch forced onto its 256-bit path (AVX2; fails, reported as NA, where the machine has none).</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long BatchVector256() => Forced(ResidentIdBatchPath.Vector256);

    /// <summary>The batch forced onto its 128-bit path with SSSE3.</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long BatchVector128() => Forced(ResidentIdBatchPath.Vector128);

    /// <summary>The batch forced onto its portable 128-bit path, the code ARM64 runs.</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long BatchVector128Portable() => Forced(ResidentIdBatchPath.Vector128Portable);

    /// <summary>The batch forced to go line by line, its fallback where no vector is accelerated.</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long BatchLineByLine() => Forced(ResidentIdBatchPath.LineByLine);

    /// <summary>The batch API over the whole export on all cores.</summary>
    /// <returns>The number of valid numbers.</returns>
    [Benchmark]
    public long BatchParallel() => ResidentIdBatch.ValidateParallel(_export).Valid;

    /// <summary>
    /// The batch on a forced path; a path the machine cannot run throws, which BenchmarkDotNet reports as NA with the
    /// reason, rather than a time of nothing.
    /// </summary>
    private long Forced(ResidentIdBatchPath path) => ResidentIdBatch.CanRun(path)
        ? ResidentIdBatch.ValidateWith(_export, default, path).Valid
        : throw new NotSupportedException($"This machine cannot run the {path} path of the identity batch ({ResidentIdBatch.Instructions} is its widest).");

    private bool NaiveIsValid(string s)
    {
        if (s.Length != 18 || !long.TryParse(s.Substring(0, 17), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var province = int.Parse(s.Substring(0, 2), CultureInfo.InvariantCulture);
        if (province >= 90)
        {
            var residence = int.Parse(s.Substring(1, 2), CultureInfo.InvariantCulture);
            if (residence >= 71 || !Provinces.Contains(residence) || !_nationalities.Contains(s.Substring(3, 3)))
            {
                return false;
            }
        }
        else if (!Provinces.Contains(province) || !(Permits.Contains(s.Substring(0, 6)) || (province < 81 && _divisions.Contains(s.Substring(0, 6)))))
        {
            return false;
        }

        if (!DateTime.TryParseExact(s.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (s[i] - '0') * WeightTable[i];
        }

        return char.ToUpperInvariant(s[17]) == "10X98765432"[sum % 11];
    }
}
