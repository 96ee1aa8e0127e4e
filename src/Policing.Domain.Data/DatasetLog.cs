namespace Policing.Domain.Data;

/// <summary>
/// What reading a dataset folder met: rows read, used and rejected per file, and every rejected row with its
/// reason. For every file, used + rejected = read.
/// </summary>
/// <remarks>An instance is filled while its folder is read and never changes after the read returns it; it is then thread-safe to read.</remarks>
public sealed class DatasetLog
{
    private readonly SortedDictionary<string, (long Read, long Used)> _files = new(StringComparer.Ordinal);
    private readonly List<RowError> _errors = [];

    internal DatasetLog() => Errors = _errors.AsReadOnly();

    /// <summary>Gets every rejected row, in the order met.</summary>
    public IReadOnlyList<RowError> Errors { get; }

    /// <summary>Gets the rows read, used and rejected, per file read.</summary>
    public IEnumerable<(string File, long Read, long Used, long Rejected)> Files =>
        _files.Select(f => (f.Key, f.Value.Read, f.Value.Used, f.Value.Read - f.Value.Used));

    internal void Reject(RowError error) => _errors.Add(error);

    internal void Count(string file, long read, long used) => _files[file] = (read, used);
}
