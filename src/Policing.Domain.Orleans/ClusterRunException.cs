namespace Policing.Domain.Orleans;

/// <summary>A run on the cluster that could not give its exact result: the pass named failed on every attempt.</summary>
public sealed class ClusterRunException : Exception
{
    /// <summary>Initializes the exception.</summary>
    public ClusterRunException()
        : this("The cluster run failed.")
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClusterRunException(string message)
        : base(message)
    {
        Pass = string.Empty;
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClusterRunException(string message, Exception innerException)
        : base(message, innerException)
    {
        Pass = string.Empty;
    }

    /// <summary>Initializes the exception for a pass that failed on every attempt.</summary>
    /// <param name="pass">The pass, for example <c>shuffle by packed number</c>.</param>
    /// <param name="attempts">How many times it was tried.</param>
    /// <param name="innerException">The last attempt's failure.</param>
    public ClusterRunException(string pass, int attempts, Exception innerException)
        : base($"The pass '{pass}' failed on all {attempts} attempts; no report is given. Last failure: {innerException?.Message}", innerException)
    {
        Pass = pass;
        Attempts = attempts;
    }

    /// <summary>Gets the pass that failed.</summary>
    public string Pass { get; }

    /// <summary>Gets how many times the pass was tried.</summary>
    public int Attempts { get; }
}
