using NodaTime;
using Policing.Domain.Beats;

namespace Policing.Domain.Activity;

/// <summary>
/// An information item collected by an officer (信息采集). "Collect daily, enter daily" (一日一采、一日一录): the delay
/// from collection to entry is reported.
/// </summary>
/// <param name="Id">The item's id.</param>
/// <param name="Officer">The officer who collected it.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="CollectedOn">The day it was collected; its month is the item's month.</param>
/// <param name="EnteredOn">The day it was entered into the platform, or <see langword="null"/> when not yet entered.</param>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record InformationItem(InformationItemId Id, OfficerId Officer, InformationKind Kind, LocalDate CollectedOn, LocalDate? EnteredOn);
