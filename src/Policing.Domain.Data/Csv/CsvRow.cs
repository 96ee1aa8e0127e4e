using NodaTime;
using NodaTime.Text;

namespace Policing.Domain.Data.Csv;

/// <summary>The current row of a dataset file, read by column: the values of the columns the file's layout names.</summary>
/// <remarks>An instance follows its records from row to row; it is not thread-safe.</remarks>
internal sealed class CsvRow
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private readonly CsvRecords _records;
    private readonly int[] _fieldOf;

    /// <summary>Initializes a row over records whose header puts each layout column at <paramref name="fieldOf"/> (-1 where absent).</summary>
    internal CsvRow(CsvRecords records, int[] fieldOf)
    {
        _records = records;
        _fieldOf = fieldOf;
    }

    /// <summary>Gets the text of a column, or <see langword="null"/> when it is empty or absent.</summary>
    internal string? Optional(CsvColumn column)
    {
        var span = Span(column);
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>Gets the text of a column that may not be empty.</summary>
    /// <exception cref="RowException">The column is empty.</exception>
    internal string Required(CsvColumn column) => Optional(column) ?? throw Empty(column);

    /// <summary>Gets the value a column's code stands for.</summary>
    /// <exception cref="RowException">The column is empty or holds no known code.</exception>
    internal T RequiredCode<T>(CsvColumn column, Dictionary<string, T> codes)
    {
        var span = Span(column);
        return span.IsEmpty ? throw Empty(column) : Code(column, span, codes);
    }

    /// <summary>Gets the value a column's code stands for, or <see langword="null"/> when it is empty.</summary>
    /// <exception cref="RowException">The column holds no known code.</exception>
    internal T? OptionalCode<T>(CsvColumn column, Dictionary<string, T> codes)
        where T : struct
    {
        var span = Span(column);
        return span.IsEmpty ? null : Code(column, span, codes);
    }

    /// <summary>Gets the items of a <c>;</c>-separated list column.</summary>
    internal string[] List(CsvColumn column) =>
        (Optional(column) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Gets the flags a <c>;</c>-separated list of codes stands for.</summary>
    /// <exception cref="RowException">An item is no known code.</exception>
    internal T Flags<T>(CsvColumn column, Dictionary<string, T> codes)
        where T : struct, Enum
    {
        ulong flags = 0;
        foreach (var item in List(column))
        {
            flags |= Convert.ToUInt64(Code(column, item, codes), System.Globalization.CultureInfo.InvariantCulture);
        }

        return (T)Enum.ToObject(typeof(T), flags);
    }

    /// <summary>Gets the date of a column that may not be empty.</summary>
    internal LocalDate RequiredDate(CsvColumn column) => ParseDate(column, Required(column));

    /// <summary>Gets the date of a column, or <see langword="null"/> when it is empty.</summary>
    internal LocalDate? OptionalDate(CsvColumn column) => Optional(column) is { } value ? ParseDate(column, value) : null;

    /// <summary>Gets the instant of a column that may not be empty.</summary>
    internal Instant RequiredInstant(CsvColumn column)
    {
        var value = Required(column);
        var result = DatasetFormats.Instant.Parse(value);
        return result.Success
            ? result.Value.ToInstant()
            : throw new RowException(column.Name, $"'{value}' is not an ISO 8601 instant with an offset, such as 2014-01-12T09:30:00+08:00");
    }

    /// <summary>Gets the value of a column that must name a record already read.</summary>
    internal TId Known<TId>(CsvColumn column, HashSet<TId> ids, Func<string, TId> id, string file)
    {
        var value = id(Required(column));
        return ids.Contains(value) ? value : throw new RowException(column.Name, $"'{value}' is not in {file}");
    }

    private ReadOnlySpan<char> Span(CsvColumn column) => _fieldOf[column.Index] is var field and >= 0 ? _records.Field(field) : [];

    private static RowException Empty(CsvColumn column) => new(column.Name, $"the required column '{column.Name}' is empty");

    private static LocalDate ParseDate(CsvColumn column, string value)
    {
        var result = DatePattern.Parse(value);
        return result.Success ? result.Value : throw new RowException(column.Name, $"'{value}' is not a date of the form YYYY-MM-DD");
    }

    private static T Code<T>(CsvColumn column, ReadOnlySpan<char> value, Dictionary<string, T> codes) =>
        codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var code)
            ? code
            : throw new RowException(column.Name, $"'{value}' is not one of {string.Join(", ", codes.Keys)}");
}

/// <summary>Why one row cannot be used: the column at fault and the reason.</summary>
internal sealed class RowException(string column, string reason) : Exception(reason)
{
    /// <summary>Gets the column at fault.</summary>
    public string Column { get; } = column;
}
