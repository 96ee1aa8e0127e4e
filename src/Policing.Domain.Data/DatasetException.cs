namespace Policing.Domain.Data;

/// <summary>
/// The exception thrown when a dataset folder cannot be read at all: a required file or a required column is
/// missing. Its message names the file and the column. Bad rows never throw: they are reported as <see cref="RowError"/>s.
/// </summary>
public sealed class DatasetException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="message">What is missing, naming the file and the column.</param>
    public DatasetException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with its cause.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    /// <param name="innerException">The cause.</param>
    public DatasetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new exception with no message.</summary>
    public DatasetException()
    {
    }
}
