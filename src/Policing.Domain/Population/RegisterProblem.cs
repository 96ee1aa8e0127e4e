namespace Policing.Domain.Population;

/// <summary>
/// A record given to a <see cref="Register"/> that is broken: no id, an id given twice, or a reference to a record
/// that is not on the register. The register never throws on such data: it reports the record, with its list and
/// its position there, and either leaves it out (<see cref="IsLeftOut"/>) or keeps it.
/// </summary>
/// <remarks>This type is immutable and is thread-safe.</remarks>
public sealed record RegisterProblem
{
    internal RegisterProblem(RegisterRecord record, int position, string? id, RegisterProblemKind kind, string? reference)
    {
        Record = record;
        Position = position;
        Id = id;
        Kind = kind;
        Reference = reference;
    }

    /// <summary>Gets the list the record was given in.</summary>
    public RegisterRecord Record { get; }

    /// <summary>Gets the record's position in its list as given, from 0.</summary>
    public int Position { get; }

    /// <summary>Gets the record's id, or <see langword="null"/> when it has none.</summary>
    public string? Id { get; }

    /// <summary>Gets what is wrong.</summary>
    public RegisterProblemKind Kind { get; }

    /// <summary>Gets the id the record refers to that is not on the register (<see langword="null"/> for a reference with no id, and for a problem that is no reference).</summary>
    public string? Reference { get; }

    /// <summary>Gets a value indicating whether the record was left out of the register: a station, office, officer, beat, house or household with no id or a repeated id, or a house with no beat. A resident is always kept, since the consistency analysis counts every record.</summary>
    public bool IsLeftOut => Record != RegisterRecord.Resident && Kind is RegisterProblemKind.MissingId or RegisterProblemKind.DuplicateId or RegisterProblemKind.MissingBeat;

    /// <summary>Returns the problem as a sentence: the record, its position and what is wrong.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() =>
        $"{Record} {(Id is null ? "with no id" : $"'{Id}'")} at position {Position}: {Kind}{(Reference is null ? string.Empty : $" '{Reference}'")}{(IsLeftOut ? ", left out" : string.Empty)}";
}
