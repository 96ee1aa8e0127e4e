namespace Policing.Domain.Data;

/// <summary>How a dataset folder is read.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record DatasetReadOptions
{
    /// <summary>Gets the options of a plain read: UTF-8.</summary>
    public static DatasetReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the encoding of every file: <see cref="DatasetEncoding.Utf8"/> (the default) or
    /// <see cref="DatasetEncoding.Gb18030"/>. A file whose bytes are not valid in it is refused as a whole.
    /// </summary>
    public DatasetEncoding Encoding { get; init; } = DatasetEncoding.Utf8;
}
