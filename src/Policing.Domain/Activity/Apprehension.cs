using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Activity;

/// <summary>A suspect or a fugitive caught (抓获) by an officer.</summary>
/// <param name="Id">The apprehension's id.</param>
/// <param name="Officer">The officer credited with it.</param>
/// <param name="At">When it took place.</param>
/// <param name="Kind">A suspect or a fugitive.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record Apprehension(ApprehensionId Id, OfficerId Officer, Instant At, ApprehensionKind Kind);
