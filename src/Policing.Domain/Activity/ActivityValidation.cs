namespace Policing.Domain.Activity;

/// <summary>
/// The result of validating an activity log: the events accepted, every event rejected with its reason, and the
/// events credited to auxiliaries (kept, reported, counted toward no star). For every kind, accepted + rejected =
/// read.
/// </summary>
/// <param name="Accepted">The events that passed.</param>
/// <param name="Rejections">The events that did not, in the order of the log.</param>
/// <param name="Read">The number of events read.</param>
/// <param name="CreditedToAuxiliaries">The accepted events credited to auxiliary officers.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ActivityValidation(ActivityLog Accepted, IReadOnlyList<Rejection> Rejections, long Read, long CreditedToAuxiliaries);
