namespace IepNavigator.Storage.Access;

/// <summary>
/// The shared half of both providers: hashing and the rotation policy (a used key works
/// again only within the grace period; after it, presenting it revokes all the user's keys). Each provider supplies
/// only its SQL.
/// </summary>
public abstract class SqlUserAccessStore : IUserAccessStore
{
    private readonly SqlDatabase _database;
    private readonly string _generationQuery;

    /// <param name="generationQuery">The owner's generation (<c>@owner</c>, the owner's hash); no row reads as 0.</param>
    private protected SqlUserAccessStore(SqlDatabase database, string generationQuery)
    {
        _database = database;
        _generationQuery = generationQuery;
    }

    /// <summary>A stored key: its user, when it expires, and when it was first used (null: not yet).</summary>
    private protected sealed record StoredKey(string UserId, DateTimeOffset ExpiresAt, DateTimeOffset? RotatedAt);

    /// <summary>Runs the state database's migrations (the tables are in migration 4); every call below does it first too.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => MigrateAsync(cancellationToken);

    public async Task<string> IssueUserKeyAsync(string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (expiresAt <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), "A key must expire after it is issued.");
        }
        var key = AccessSecrets.NewKey();
        await InsertKeyAsync(AccessSecrets.Hash(key), userId, now, expiresAt, cancellationToken).ConfigureAwait(false);
        return key;
    }

    public async Task<UserKeyRedemption> RedeemUserKeyAsync(string? key, DateTimeOffset now, TimeSpan reuseGrace, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(key) || key.Length > AccessSecrets.MaxKeyLength)
        {
            return new(UserKeyOutcome.Unknown, null);
        }
        var hash = AccessSecrets.Hash(key);
        // One conditional update: of two requests racing with a fresh key, exactly one uses it up.
        if (await TryMarkUsedAsync(hash, now, cancellationToken).ConfigureAwait(false) is { } userId)
        {
            return new(UserKeyOutcome.Redeemed, userId);
        }
        var stored = await FindKeyAsync(hash, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.ExpiresAt <= now)
        {
            return new(UserKeyOutcome.Unknown, null);
        }
        if (stored.RotatedAt is { } used && now - used <= reuseGrace)
        {
            return new(UserKeyOutcome.Redeemed, stored.UserId);
        }
        await RevokeUserKeysAsync(stored.UserId, cancellationToken).ConfigureAwait(false);
        return new(UserKeyOutcome.Replayed, null);
    }

    public async Task<int> RevokeUserKeysAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return await DeleteKeysOfAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteExpiredUserKeysAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        return await DeleteKeysExpiredAsync(now, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetDataGenerationAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return await ReadGenerationAsync(AccessSecrets.Hash(owner), cancellationToken).ConfigureAwait(false);
    }

    public long GetDataGeneration(string owner)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return ReadGeneration(AccessSecrets.Hash(owner));
    }

    public async Task<long> AdvanceDataGenerationAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return await IncrementGenerationAsync(AccessSecrets.Hash(owner), cancellationToken).ConfigureAwait(false);
    }

    private Task MigrateAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    private protected abstract Task InsertKeyAsync(string keyHash, string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Sets the first-use time of a live, unused key and returns its user; null when no such key.</summary>
    private protected abstract Task<string?> TryMarkUsedAsync(string keyHash, DateTimeOffset now, CancellationToken cancellationToken);

    private protected abstract Task<StoredKey?> FindKeyAsync(string keyHash, CancellationToken cancellationToken);

    private protected abstract Task<int> DeleteKeysOfAsync(string userId, CancellationToken cancellationToken);

    private protected abstract Task<int> DeleteKeysExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);

    private async Task<long> ReadGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        await _database.ExecuteScalarAsync<long?>(_generationQuery, new { owner = ownerHash }, cancellationToken).ConfigureAwait(false) ?? 0;

    private long ReadGeneration(string ownerHash) => _database.ExecuteScalar<long?>(_generationQuery, new { owner = ownerHash }) ?? 0;

    /// <summary>Adds one to the owner's generation (from 0 when it has no row) in one statement and returns the new value.</summary>
    private protected abstract Task<long> IncrementGenerationAsync(string ownerHash, CancellationToken cancellationToken);
}
