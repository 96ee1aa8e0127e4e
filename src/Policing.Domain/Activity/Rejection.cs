namespace Policing.Domain.Activity;

/// <summary>An event the validation rejected: its kind, its id and why.</summary>
/// <param name="Kind">The kind of event, as a file of the dataset names it: <c>visit</c>, <c>followup</c>, <c>dispute</c>, <c>mediation</c>, <c>lead</c>, <c>apprehension</c>, <c>information</c>, <c>service</c>.</param>
/// <param name="Id">The event's id.</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="Detail">What was wrong, naming the value.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Rejection(string Kind, string Id, RejectionReason Reason, string Detail);
