using System.Text;

namespace Policing.Domain.Data.Csv;

/// <summary>Reads one file of a dataset folder into values, one row at a time, reporting the rows it cannot use.</summary>
internal static class CsvTable
{
    /// <summary>Reads a file; a missing optional file yields nothing.</summary>
    /// <exception cref="DatasetException">The file is required and missing, has no header, lacks a required column, or holds bytes its encoding does not allow.</exception>
    internal static List<T> Read<T>(string folder, CsvLayout layout, DatasetEncoding encoding, DatasetLog log, Func<CsvRow, T> parse)
    {
        var path = Path.Combine(folder, layout.File);
        if (!File.Exists(path))
        {
            return layout.Required ? throw new DatasetException($"The dataset folder '{folder}' has no {layout.File}, which is required.") : [];
        }

        try
        {
            using var records = new CsvRecords(DatasetText.Open(path, encoding));
            return ReadRows(records, layout, log, parse);
        }
        catch (DecoderFallbackException ex)
        {
            throw DatasetText.Refusal(path, layout.File, encoding, ex);
        }
    }

    /// <summary>Reads the rows of a file's text into values, from its header on.</summary>
    internal static List<T> ReadRows<T>(CsvRecords records, CsvLayout layout, DatasetLog log, Func<CsvRow, T> parse)
    {
        var file = layout.File;
        if (!records.MoveNext())
        {
            throw new DatasetException($"{file} is empty: it needs a header row.");
        }

        var header = records.Fields();
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        var fieldOf = layout.Columns.Select(c => Array.IndexOf(header, c.Name)).ToArray();
        foreach (var column in layout.Columns.Where(c => c.Required && fieldOf[c.Index] < 0))
        {
            throw new DatasetException($"{file} has no column '{column.Name}', which is required.");
        }

        var row = new CsvRow(records, fieldOf);
        var items = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var idColumn = layout.Id;
        long read = 0, used = 0;
        while (records.MoveNext())
        {
            if (records.IsBlank)
            {
                continue;
            }

            read++;
            var line = records.Line;
            if (records.Malformation() is { } malformed)
            {
                log.Reject(new RowError(file, line, null, malformed));
                continue;
            }

            try
            {
                var id = row.Required(idColumn);
                if (!ids.Add(id))
                {
                    throw new RowException(idColumn.Name, $"the id '{id}' appears more than once in {file}");
                }

                items.Add(parse(row));
                used++;
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

        log.Count(file, read, used);
        return items;
    }
}
