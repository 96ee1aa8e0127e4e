namespace Policing.Domain.Data;

/// <summary>A row of a dataset file that could not be used: where it is and why. The row is counted, never silently dropped.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record RowError
{
    /// <summary>Initializes a row error.</summary>
    /// <param name="file">The file name, such as <c>residents.csv</c>.</param>
    /// <param name="line">The line the row starts on (1-based; the header is line 1).</param>
    /// <param name="column">The column at fault, or <see langword="null"/> for the whole row.</param>
    /// <param name="reason">Why the row cannot be used.</param>
    public RowError(string file, int line, string? column, string reason)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the file name.</summary>
    public string File { get; }

    /// <summary>Gets the line the row starts on.</summary>
    public int Line { get; }

    /// <summary>Gets the column at fault, or <see langword="null"/> for the whole row.</summary>
    public string? Column { get; }

    /// <summary>Gets why the row cannot be used.</summary>
    public string Reason { get; }

    /// <summary>Writes the error as <c>file:line [column]: reason</c>.</summary>
    /// <returns>The error in one line.</returns>
    public override string ToString() => Column is null ? $"{File}:{Line}: {Reason}" : $"{File}:{Line} [{Column}]: {Reason}";
}
