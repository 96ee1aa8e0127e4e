using System.Text;

namespace Policing.Domain.Testing.Dataset;

/// <summary>Writes RFC 4180 CSV: comma-separated, CRLF-free LF lines, fields quoted when they hold a comma, quote or line break.</summary>
/// <remarks>An instance is not thread-safe.</remarks>
public sealed class CsvWriter : IDisposable
{
    private readonly TextWriter _writer;

    /// <summary>Initializes a writer over a file, creating or replacing it, in UTF-8 without a BOM.</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">The column names.</param>
    public CsvWriter(string path, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        WriteRow(header);
    }

    /// <summary>Writes one row.</summary>
    /// <param name="fields">The fields; <see langword="null"/> is written as an empty cell.</param>
    public void WriteRow(IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(field);
            }
        }

        _writer.Write('\n');
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _writer.Dispose();
}
