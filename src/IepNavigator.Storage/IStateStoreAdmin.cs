namespace IepNavigator.Storage;

/// <summary>
/// Operations on the whole state store that Bot Framework's <c>IStorage</c> does not offer:
/// "delete my data", counting, and a readiness probe. Both stores implement it.
/// </summary>
public interface IStateStoreAdmin
{
    /// <summary>Deletes every key that starts with <paramref name="keyPrefix"/> (a literal, case-sensitive
    /// prefix, no wildcards) and returns how many were deleted. An empty prefix is refused.</summary>
    Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes everything stored for one user on any channel: the user state (<c>*/users/{userId}</c>),
    /// private conversation state (<c>*/conversations/*/users/{userId}</c>), anything below those keys,
    /// and the conversation state of the given conversations (<c>*/conversations/{id}</c> and below).
    /// Pass only the user's own (1:1) conversations: a group conversation's state belongs to everyone in it.
    /// Returns how many keys were deleted.
    /// </summary>
    Task<int> DeleteUserDataAsync(string userId, IEnumerable<string> conversationIds, CancellationToken cancellationToken = default);

    /// <summary>Deletes every key that has not been written for at least <paramref name="idleFor"/> (retention
    /// of abandoned cases) and returns how many were deleted.</summary>
    Task<int> DeleteIdleAsync(TimeSpan idleFor, CancellationToken cancellationToken = default);

    /// <summary>Counts stored keys, all of them or those starting with <paramref name="keyPrefix"/>.</summary>
    Task<long> CountKeysAsync(string? keyPrefix = null, CancellationToken cancellationToken = default);

    /// <summary>True when the store can be reached and its schema is in place; never throws for an outage.</summary>
    Task<bool> CanConnectAsync(CancellationToken cancellationToken = default);
}
