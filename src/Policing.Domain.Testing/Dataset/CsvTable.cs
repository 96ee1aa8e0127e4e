using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Policing.Domain.Testing.Dataset;

/// <summary>Reads one file of a dataset folder into values, one row at a time, reporting the rows it cannot use.</summary>
internal static class CsvTable
{
    /// <summary>Reads a file; a missing optional file yields nothing, a missing required file or column throws.</summary>
    internal static List<T> Read<T>(string folder, string file, bool required, IReadOnlyList<string> requiredColumns, Func<CsvRow, T> parse, DatasetLog log)
    {
        var path = Path.Combine(folder, file);
        var items = new List<T>();
        if (!File.Exists(path))
        {
            return required ? throw new DatasetException($"The dataset folder '{folder}' has no {file}, which is required.") : items;
        }

        using var reader = new CsvReader(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
        if (!reader.TryReadRecord(out var header, out _, out _))
        {
            throw new DatasetException($"{file} is empty: it needs a header row.");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        foreach (var column in requiredColumns)
        {
            if (!columns.ContainsKey(column))
            {
                throw new DatasetException($"{file} has no column '{column}', which is required.");
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var idColumn = requiredColumns[0];
        while (reader.TryReadRecord(out var fields, out var line, out var error))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            log.Read(file);
            if (error is not null)
            {
                log.Reject(new RowError(file, line, null, error));
                continue;
            }

            var row = new CsvRow(file, line, fields, columns);
            try
            {
                var id = row.Required(idColumn);
                if (!ids.Add(id))
                {
                    throw new RowException(idColumn, $"the id '{id}' appears more than once in {file}");
                }

                items.Add(parse(row));
                log.Use(file);
            }
            catch (RowException ex)
            {
                log.Reject(new RowError(file, line, ex.Column, ex.Message));
            }
            catch (ArgumentException ex)
            {
                log.Reject(new RowError(file, line, ex.ParamName, ex.Message));
            }
        }

        return items;
    }
}

/// <summary>One row of a dataset file, read by column name.</summary>
internal readonly struct CsvRow(string file, int line, List<string> fields, Dictionary<string, int> columns)
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public string File => file;

    public int Line => line;

    public string Required(string column) =>
        Optional(column) ?? throw new RowException(column, $"the required column '{column}' is empty");

    public string? Optional(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= fields.Count)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public T RequiredCode<T>(string column, IReadOnlyDictionary<string, T> codes) =>
        Code(column, Required(column), codes);

    public T? OptionalCode<T>(string column, IReadOnlyDictionary<string, T> codes)
        where T : struct =>
        Optional(column) is { } value ? Code(column, value, codes) : null;

    public IEnumerable<string> List(string column) =>
        (Optional(column) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public LocalDate RequiredDate(string column) => ParseDate(column, Required(column));

    public LocalDate? OptionalDate(string column) => Optional(column) is { } value ? ParseDate(column, value) : null;

    public Instant RequiredInstant(string column)
    {
        var value = Required(column);
        var result = DatasetWriter.InstantPattern.Parse(value);
        return result.Success
            ? result.Value.ToInstant()
            : throw new RowException(column, $"'{value}' is not an ISO 8601 instant with an offset, such as 2014-01-12T09:30:00+08:00");
    }

    private static LocalDate ParseDate(string column, string value)
    {
        var result = DatePattern.Parse(value);
        return result.Success ? result.Value : throw new RowException(column, $"'{value}' is not a date of the form YYYY-MM-DD");
    }

    private static T Code<T>(string column, string value, IReadOnlyDictionary<string, T> codes) =>
        codes.TryGetValue(value, out var code)
            ? code
            : throw new RowException(column, $"'{value}' is not one of {string.Join(", ", codes.Keys)}");
}

/// <summary>Why one row cannot be used.</summary>
internal sealed class RowException(string column, string reason) : Exception(reason)
{
    public string Column { get; } = column;
}
