using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Policing.Domain.Data.Csv;

/// <summary>How instants and dates are written in a dataset file, and read back.</summary>
internal static class DatasetFormats
{
    /// <summary>ISO 8601 with the offset written as +HH:mm (Z for UTC), as DATASET.md shows.</summary>
    internal static readonly OffsetDateTimePattern Instant =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    /// <summary>Writes a date as YYYY-MM-DD.</summary>
    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
