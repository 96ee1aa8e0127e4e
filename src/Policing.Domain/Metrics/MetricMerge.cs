namespace Policing.Domain.Metrics;

/// <summary>How the figure of a row of the <see cref="TallyMetricTable"/> merges when two parts of a month's log are tallied apart.</summary>
internal enum MetricMerge : byte
{
    /// <summary>Each part counts its own events: the month's figure is the sum of the parts'.</summary>
    Sum = 1,

    /// <summary>A longest delay: the month's figure is the larger of the parts'.</summary>
    Max,

    /// <summary>A sum or rate of other figures of the month: nothing to merge, it follows from the merged figures.</summary>
    Derived,

    /// <summary>
    /// A figure only the whole month gives (the distinct and due households visited, the mediations whose every party
    /// was satisfied, the consistency of the officer's beats): no part carries it; the tally sets it when finished.
    /// </summary>
    Finished,
}
