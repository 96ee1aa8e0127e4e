using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Activity;

/// <summary>A service to residents (服务群众) by an officer: of a kind, at a place, recognised by the public or not.</summary>
/// <param name="Id">The service's id.</param>
/// <param name="Officer">The officer credited with it.</param>
/// <param name="At">When it was given.</param>
/// <param name="Kind">The kind of service, a free code such as <c>id_card</c>, <c>hukou</c>, <c>exit_entry</c>, <c>traffic</c>, <c>fire</c>.</param>
/// <param name="Place">Where it was given.</param>
/// <param name="Recognition">How the public recognised it; only a recognised service counts toward the Service Star.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record ServiceRecord(ServiceId Id, OfficerId Officer, Instant At, string Kind, ServicePlace Place, Recognition Recognition);
