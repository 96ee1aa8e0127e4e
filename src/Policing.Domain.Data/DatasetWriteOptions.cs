using NodaTime;
using Policing.Domain.Metrics;

namespace Policing.Domain.Data;

/// <summary>How a dataset folder is written.</summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record DatasetWriteOptions
{
    /// <summary>Gets the options of a plain write: UTF-8 without a byte order mark, instants in Asia/Shanghai.</summary>
    public static DatasetWriteOptions Default { get; } = new();

    /// <summary>Gets the encoding of every file: <see cref="DatasetEncoding.Utf8"/> (without a byte order mark, the default) or <see cref="DatasetEncoding.Gb18030"/>.</summary>
    public DatasetEncoding Encoding { get; init; } = DatasetEncoding.Utf8;

    /// <summary>Gets the zone whose offset instants are written with; Asia/Shanghai by default.</summary>
    public DateTimeZone Zone { get; init; } = MonthlyPeriod.DefaultZone;
}
