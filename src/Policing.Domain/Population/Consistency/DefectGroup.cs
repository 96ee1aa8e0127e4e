using Policing.Domain.Identity;

namespace Policing.Domain.Population.Consistency;

/// <summary>
/// A group of residents that share one person-ID defect: residents who share a number
/// (<see cref="PersonIdVerdict.SharedNumber"/>), records of one person under one number
/// (<see cref="PersonIdVerdict.DuplicateRecord"/>), or the records of one suspected person holding several
/// numbers (<see cref="PersonIdVerdict.MultipleNumbers"/>).
/// </summary>
/// <remarks>This type is immutable and is thread-safe. The numbers print masked.</remarks>
public sealed record DefectGroup
{
    internal DefectGroup(PersonIdVerdict kind, IReadOnlyList<ResidentId> numbers, IReadOnlyList<PersonId> residents)
    {
        Kind = kind;
        Numbers = numbers;
        Residents = residents;
    }

    /// <summary>Gets the defect the group shares.</summary>
    public PersonIdVerdict Kind { get; }

    /// <summary>Gets the numbers involved, in order: one for a shared number or a duplicate record, several otherwise.</summary>
    public IReadOnlyList<ResidentId> Numbers { get; }

    /// <summary>Gets the residents involved, in id order.</summary>
    public IReadOnlyList<PersonId> Residents { get; }
}
