using nietras.SeparatedValues;

namespace Policing.Domain.Data.Csv;

/// <summary>Writes one dataset file through Sep: the layout's header, then rows, fields quoted when they hold a comma, quote or line break.</summary>
/// <remarks>An instance is not thread-safe.</remarks>
internal sealed class CsvFileWriter : IDisposable
{
    private static readonly SepWriterOptions Options = Sep.New(',').Writer(o => o with { Escape = true });
    private readonly SepWriter _writer;
    private readonly int _columns;

    /// <summary>Creates or replaces a file and writes its header.</summary>
    internal CsvFileWriter(string path, CsvLayout layout, DatasetEncoding encoding)
    {
        _writer = Options.To(new StreamWriter(path, append: false, DatasetText.Encoder(encoding), 1 << 16));
        _writer.Header.Add(layout.Names);
        _writer.Header.Write();
        _columns = layout.Names.Length;
    }

    /// <summary>Writes one row, its fields in the layout's order; <see langword="null"/> is an empty cell.</summary>
    internal void Write(ReadOnlySpan<string?> fields)
    {
        if (fields.Length != _columns)
        {
            throw new ArgumentException($"A row of this file has {_columns} fields, not {fields.Length}.", nameof(fields));
        }

        using var row = _writer.NewRow();
        for (var i = 0; i < fields.Length; i++)
        {
            row[i].Set(fields[i]);
        }
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _writer.Dispose();
}
