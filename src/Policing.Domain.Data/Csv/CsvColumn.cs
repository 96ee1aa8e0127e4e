namespace Policing.Domain.Data.Csv;

/// <summary>One column of a dataset file: its name as DATASET.md spells it, its place in the written file, whether a row needs it.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Index">The column's place in the layout (and in a written file), from 0.</param>
/// <param name="Required">Whether the column must be in the header.</param>
internal sealed record CsvColumn(string Name, int Index, bool Required)
{
    public override string ToString() => Name;
}
