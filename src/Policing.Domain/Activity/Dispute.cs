using NodaTime;
using Policing.Domain.Beats;
using Policing.Domain.Population;

namespace Policing.Domain.Activity;

/// <summary>A dispute between residents (矛盾纠纷) reported in a beat; it has at least two parties.</summary>
/// <param name="Id">The dispute's id.</param>
/// <param name="Beat">The beat it arose in.</param>
/// <param name="Kind">What kind of dispute it is.</param>
/// <param name="ReportedAt">When it was reported.</param>
/// <param name="Parties">The residents party to it: at least two different people.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Dispute(DisputeId Id, BeatId Beat, DisputeKind Kind, Instant ReportedAt, IReadOnlyList<PersonId> Parties);
