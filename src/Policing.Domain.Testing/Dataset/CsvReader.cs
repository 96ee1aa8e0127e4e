using System.Text;

namespace Policing.Domain.Testing.Dataset;

/// <summary>
/// Reads RFC 4180 CSV records: quoted fields with doubled quotes and line breaks inside, CRLF or LF line ends,
/// a UTF-8 BOM ignored. Each record carries the line it starts on.
/// </summary>
/// <remarks>An instance is not thread-safe.</remarks>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private int _line = 1;

    /// <summary>Initializes a reader over text.</summary>
    /// <param name="reader">The text; a leading BOM is skipped.</param>
    public CsvReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        if (_reader.Peek() == '\uFEFF')
        {
            _reader.Read();
        }
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="fields">The fields of the record.</param>
    /// <param name="line">The line the record starts on (1-based).</param>
    /// <param name="error">Why the record is malformed (an unclosed quote, text after a closing quote), or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool TryReadRecord(out List<string> fields, out int line, out string? error)
    {
        fields = [];
        line = _line;
        error = null;
        if (_reader.Peek() < 0)
        {
            return false;
        }

        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            var c = _reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    error = "a quoted field is not closed before the end of the file";
                    fields.Add(field.ToString());
                    return true;
                }

                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }

                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case < 0:
                case '\n':
                    fields.Add(field.ToString());
                    _line++;
                    return true;
                case '\r' when _reader.Peek() == '\n':
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    if (afterQuote)
                    {
                        error ??= "text follows a closing quote";
                    }

                    field.Append((char)c);
                    break;
            }
        }
    }

    /// <summary>Closes the text.</summary>
    public void Dispose() => _reader.Dispose();
}
