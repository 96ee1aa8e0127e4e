namespace Policing.Domain.Tests.Identity;

/// <summary>
/// The raw GB/T 2260 revisions of 1980–2019 (<c>shared/data/gb2260/revisions.tsv</c>, beside the repository's clone),
/// read here independently of the library's embedded table, as the reference the division-code tests judge it by.
/// </summary>
internal sealed class RawRevisions
{
    private static readonly Lazy<RawRevisions> Loaded = new(Load);

    private RawRevisions(IReadOnlyList<Revision> revisions) => All = revisions;

    /// <summary>Gets the revisions, oldest first; within a month the ministry's, the printed standard's, the statistics bureau's.</summary>
    public IReadOnlyList<Revision> All { get; }

    /// <summary>Gets the file, read once.</summary>
    public static RawRevisions Instance => Loaded.Value;

    /// <summary>Gets every code of every revision, in order.</summary>
    public IEnumerable<string> Codes => All.SelectMany(r => r.Names.Keys).Distinct().Order(StringComparer.Ordinal);

    private static RawRevisions Load()
    {
        var path = Locate();
        var revisions = new Dictionary<(string Source, int Month), Dictionary<string, string>>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("source\t", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('\t');
            var key = (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            if (!revisions.TryGetValue(key, out var names))
            {
                revisions[key] = names = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            names[parts[2]] = parts[3];
        }

        string[] sourceOrder = ["mca", "gb", "stats"];
        return new RawRevisions(
        [
            .. revisions.OrderBy(r => r.Key.Month).ThenBy(r => Array.IndexOf(sourceOrder, r.Key.Source))
                .Select(r => new Revision(r.Key.Source, r.Key.Month, r.Value)),
        ]);
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Policing.Domain.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", "gb2260", "revisions.tsv"));
                return File.Exists(path)
                    ? path
                    : throw new FileNotFoundException($"The raw GB/T 2260 revisions the division-code tests check against are missing: expected at {path}, beside the repository's clone ({folder.FullName}).", path);
            }
        }

        throw new DirectoryNotFoundException($"No Policing.Domain.sln above {AppContext.BaseDirectory}: the repository's root, beside which shared/data/gb2260/revisions.tsv lies, was not found.");
    }

    /// <summary>One revision: its source, its month as yyyymm, and the name of every code it holds.</summary>
    /// <param name="Source">mca, gb or stats.</param>
    /// <param name="Month">The month, as yyyymm.</param>
    /// <param name="Names">The name of each code.</param>
    internal sealed record Revision(string Source, int Month, IReadOnlyDictionary<string, string> Names)
    {
        /// <summary>Gets the year of the revision.</summary>
        public int Year => Month / 100;
    }
}
