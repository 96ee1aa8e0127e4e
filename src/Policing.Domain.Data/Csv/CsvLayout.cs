namespace Policing.Domain.Data.Csv;

/// <summary>The columns of one dataset file, in the order they are written; the first is the file's id.</summary>
internal sealed class CsvLayout
{
    internal CsvLayout(string file, bool required, CsvColumn[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Index != i)
            {
                throw new ArgumentException($"The column '{columns[i].Name}' of {file} is numbered {columns[i].Index} but stands at {i}.", nameof(columns));
            }
        }

        File = file;
        Required = required;
        Columns = columns;
        Names = [.. columns.Select(c => c.Name)];
    }

    /// <summary>Gets the file name.</summary>
    internal string File { get; }

    /// <summary>Gets a value indicating whether a dataset folder must have the file.</summary>
    internal bool Required { get; }

    /// <summary>Gets the columns, in the order they are written.</summary>
    internal IReadOnlyList<CsvColumn> Columns { get; }

    /// <summary>Gets the column names, in the order they are written.</summary>
    internal string[] Names { get; }

    /// <summary>Gets the id column.</summary>
    internal CsvColumn Id => Columns[0];
}
