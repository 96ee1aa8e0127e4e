using Policing.Domain.Internals;
using Policing.Domain.Population;

namespace Policing.Domain.Activity;

/// <summary>
/// How the tally matches the persons called about a mediation with the parties of its dispute, in a log put into
/// columns: by the persons' numbers when the columns number them, or else by the hash and packed form of each id
/// (the parties, dispute by dispute, then each call's person at the call's place after them), the strings compared
/// only for an id that does not pack. Parties are placed one dispute after another (see
/// <see cref="ActivityColumns.DisputePartyStarts"/>).
/// </summary>
/// <remarks>An instance is immutable and is thread-safe; one by hash reads the columns' arrays, and is read no longer than they are.</remarks>
internal sealed class PartyMatching
{
    private readonly int[] _parties;
    private readonly int[] _callers;
    private readonly uint[]? _hashes;
    private readonly StringIndex.PackedKey[]? _keys;
    private readonly ActivityLog? _log;
    private readonly int[] _partyStarts;

    private PartyMatching(int[] parties, int[] callers, uint[]? hashes, StringIndex.PackedKey[]? keys, ActivityLog? log, int[] partyStarts)
    {
        (_parties, _callers, _hashes, _keys, _log, _partyStarts) = (parties, callers, hashes, keys, log, partyStarts);
    }

    /// <summary>Matches by the persons' numbers: each party's, and each call's person's (-1 for none).</summary>
    internal static PartyMatching ByNumber(int[] parties, int[] callers) => new(parties, callers, null, null, null, []);

    /// <summary>Matches by hashed and packed ids: the parties' first, then each call's person's at the place a call gives in <paramref name="callers"/> (-1 for none).</summary>
    internal static PartyMatching ByHash(uint[] hashes, StringIndex.PackedKey[] keys, ActivityLog log, int[] partyStarts, int[] callers) =>
        new([], callers, hashes, keys, log, partyStarts);

    /// <summary>
    /// Gets the key a tally sorts a party by to match it with the persons called about a mediation: the party's number,
    /// or the hash of its id. The same person has the same key wherever it appears; whether a party with a caller's key
    /// is that caller, <see cref="IsPartyCalled"/> says.
    /// </summary>
    /// <param name="party">The party's place among the parties of all disputes.</param>
    /// <returns>The key.</returns>
    internal uint PartyKey(int party) => _hashes is null ? (uint)_parties[party] : _hashes[party];

    /// <summary>Gets the key a tally sorts a call's person by, as <see cref="PartyKey"/> gives a party's.</summary>
    /// <param name="call">A call with a person.</param>
    /// <returns>The key.</returns>
    internal uint CallerKey(int call) => _hashes is null ? (uint)_callers[call] : _hashes[_callers[call]];

    /// <summary>Gets a value indicating whether a party of a dispute is the person a call was made to.</summary>
    /// <param name="party">The party's place among the parties of all disputes.</param>
    /// <param name="call">The call.</param>
    /// <returns><see langword="true"/> when the call names a person and it is the party.</returns>
    internal bool IsPartyCalled(int party, int call)
    {
        var caller = _callers[call];
        if (caller < 0 || _hashes is null)
        {
            return caller >= 0 && _parties[party] == caller;
        }

        // Ids that pack are equal when their packed forms are; the same id always packs or never does.
        var (partyKey, callerKey) = (_keys![party], _keys[caller]);
        return _hashes[party] == _hashes[caller] && (partyKey.IsPacked || callerKey.IsPacked
            ? partyKey == callerKey
            : string.Equals(PartyAt(_log!.Disputes, _partyStarts, party).Value ?? string.Empty, _log.FollowUps[call].Person?.Value ?? string.Empty, StringComparison.Ordinal));
    }

    /// <summary>The party at a place in the parties of all disputes, one dispute after another.</summary>
    internal static PersonId PartyAt(IReadOnlyList<Dispute> disputes, int[] partyStarts, int party)
    {
        var d = DisputeOfParty(partyStarts, party);
        return disputes[d].Parties[party - partyStarts[d]];
    }

    /// <summary>The dispute whose parties hold a place in the parties of all disputes: the last whose first party is at or before it.</summary>
    internal static int DisputeOfParty(int[] partyStarts, int party)
    {
        // The last start at or before the place: disputes without parties share their start with the next.
        int low = 0, high = partyStarts.Length - 2;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            (low, high) = partyStarts[middle] <= party ? (middle, high) : (low, middle - 1);
        }

        return low;
    }
}
