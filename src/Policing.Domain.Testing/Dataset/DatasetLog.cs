namespace Policing.Domain.Testing.Dataset;

/// <summary>
/// What reading a dataset folder met: rows read, used and rejected per file, and every rejected row with its
/// reason. For every file, used + rejected = read.
/// </summary>
/// <remarks>An instance is filled while a folder is read; it is not thread-safe.</remarks>
public sealed class DatasetLog
{
    private readonly SortedDictionary<string, (long Read, long Used)> _files = new(StringComparer.Ordinal);
    private readonly List<RowError> _errors = [];

    /// <summary>Gets every rejected row, in the order met.</summary>
    public IReadOnlyList<RowError> Errors => _errors;

    /// <summary>Gets the rows read, used and rejected, per file read.</summary>
    public IEnumerable<(string File, long Read, long Used, long Rejected)> Files =>
        _files.Select(f => (f.Key, f.Value.Read, f.Value.Used, f.Value.Read - f.Value.Used));

    /// <summary>Reports a row that cannot be used.</summary>
    /// <param name="error">The row and why.</param>
    public void Reject(RowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
    }

    internal void Read(string file) => _files[file] = _files.GetValueOrDefault(file) is var c ? (c.Read + 1, c.Used) : default;

    internal void Use(string file) => _files[file] = _files[file] is var c ? (c.Read, c.Used + 1) : default;

}
