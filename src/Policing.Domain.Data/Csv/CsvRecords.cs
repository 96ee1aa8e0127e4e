using nietras.SeparatedValues;

namespace Policing.Domain.Data.Csv;

/// <summary>
/// The records of one CSV text, read through Sep: RFC 4180 quoting with doubled quotes and line breaks inside quotes,
/// CRLF or LF line ends. A field that does not start with a quote is taken as it stands, quotes and all; a quoted
/// field that is not closed, or is followed by text, makes its record malformed (<see cref="Malformation"/>).
/// Fields are trimmed of white space, as the dataset rules ask.
/// </summary>
/// <remarks>An instance is not thread-safe.</remarks>
internal sealed class CsvRecords : IDisposable
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true });
    private readonly SepReader _reader;

    internal CsvRecords(TextReader text) => _reader = Options.From(text);

    /// <summary>Gets the line the current record starts on (1-based).</summary>
    internal int Line => _reader.Current.LineNumberFrom;

    /// <summary>Gets the line after the current record's last line.</summary>
    internal int EndLine => _reader.Current.LineNumberToExcl;

    /// <summary>Gets the number of fields of the current record.</summary>
    internal int Count => _reader.Current.ColCount;

    /// <summary>Gets a value indicating whether the current record is an empty line.</summary>
    internal bool IsBlank => _reader.Current.ColCount == 1 && _reader.Current[0].Span.Length == 0;

    /// <summary>Moves to the next record.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    internal bool MoveNext() => _reader.MoveNext();

    /// <summary>Gets one field of the current record, unquoted and trimmed; empty when the record is shorter.</summary>
    /// <param name="index">The field's place in the record.</param>
    /// <returns>The field's text.</returns>
    internal ReadOnlySpan<char> Field(int index)
    {
        if (index >= _reader.Current.ColCount)
        {
            return [];
        }

        var raw = _reader.Current[index].Span;
        return raw.Length > 0 && raw[0] == '"' ? Unquote(raw, out _).AsSpan().Trim() : raw.Trim();
    }

    /// <summary>Gets every field of the current record as text, unquoted and trimmed.</summary>
    /// <returns>The fields.</returns>
    internal string[] Fields()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Field(i).ToString();
        }

        return fields;
    }

    /// <summary>Says what is malformed in the current record, or <see langword="null"/> when nothing is.</summary>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    internal string? Malformation()
    {
        var row = _reader.Current;
        if (!row.Span.Contains('"'))
        {
            return null;
        }

        for (var i = 0; i < row.ColCount; i++)
        {
            var raw = row[i].Span;
            if (raw.Length > 0 && raw[0] == '"')
            {
                _ = Unquote(raw, out var error);
                if (error is not null)
                {
                    return error;
                }
            }
            else if (raw.Contains('"') && raw.IndexOfAny(",\r\n") >= 0)
            {
                return $"a quote inside an unquoted field opens a quoted run that joins lines {Line} to {EndLine - 1} into one record";
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();

    private static string Unquote(ReadOnlySpan<char> raw, out string? error)
    {
        var text = new char[raw.Length];
        var length = 0;
        error = null;
        var i = 1;
        while (i < raw.Length)
        {
            var c = raw[i++];
            if (c != '"')
            {
                text[length++] = c;
            }
            else if (i < raw.Length && raw[i] == '"')
            {
                text[length++] = '"';
                i++;
            }
            else
            {
                if (i < raw.Length)
                {
                    error = "text follows a closing quote";
                }

                return new string(text, 0, length);
            }
        }

        error = "a quoted field is not closed before the end of the file";
        return new string(text, 0, length);
    }
}
