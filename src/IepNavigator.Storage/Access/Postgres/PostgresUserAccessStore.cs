using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Postgres;

namespace IepNavigator.Storage.Access.Postgres;

/// <summary>
/// User keys and data generations in the state schema, shared by every instance: a key used up or revoked on one
/// instance is refused on all the others, and a generation advanced on one is read by all of them.
/// </summary>
public sealed class PostgresUserAccessStore : SqlUserAccessStore, IAsyncDisposable
{
    private readonly PostgresDatabase database;
    private readonly string keys;
    private readonly string generations;

    public PostgresUserAccessStore(string connectionString, string schemaName = PostgresSchema.DefaultSchemaName)
        : this(new PostgresDatabase(connectionString, schemaName, MigrationSet.StatePostgres, PostgresPools.PerTurnStore))
    {
    }

    private PostgresUserAccessStore(PostgresDatabase database)
        : base(database, $"SELECT generation FROM {database.Table("data_generations")} WHERE owner_hash = @owner;")
    {
        this.database = database;
        keys = database.Table("user_keys");
        generations = database.Table("data_generations");
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private protected override Task InsertKeyAsync(string keyHash, string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"INSERT INTO {keys} (key_hash, user_id, issued_at, expires_at) VALUES (@keyHash, @userId, @now, @expires);",
            new { keyHash, userId, now = now.ToUniversalTime(), expires = expiresAt.ToUniversalTime() }, cancellationToken);

    private protected override Task<string?> TryMarkUsedAsync(string keyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteScalarAsync<string?>(
            $"UPDATE {keys} SET rotated_at = @now WHERE key_hash = @keyHash AND rotated_at IS NULL AND expires_at > @now RETURNING user_id;",
            new { keyHash, now = now.ToUniversalTime() }, cancellationToken);

    private protected override async Task<StoredKey?> FindKeyAsync(string keyHash, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<(string UserId, DateTime Expires, DateTime? Rotated)>(
            $"SELECT user_id, expires_at, rotated_at FROM {keys} WHERE key_hash = @keyHash;", new { keyHash }, cancellationToken).ConfigureAwait(false);
        return rows is [var row]
            ? new StoredKey(
                row.UserId,
                new DateTimeOffset(row.Expires, TimeSpan.Zero),
                row.Rotated is { } rotated ? new DateTimeOffset(rotated, TimeSpan.Zero) : null)
            : null;
    }

    private protected override Task<int> DeleteKeysOfAsync(string userId, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM {keys} WHERE user_id = @userId;", new { userId }, cancellationToken);

    private protected override Task<int> DeleteKeysExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM {keys} WHERE expires_at <= @now;", new { now = now.ToUniversalTime() }, cancellationToken);

    private protected override async Task<long> IncrementGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        await database.ExecuteScalarAsync<long>(
            $"""
            INSERT INTO {generations} AS g (owner_hash, generation) VALUES (@owner, 1)
            ON CONFLICT (owner_hash) DO UPDATE SET generation = g.generation + 1
            RETURNING generation;
            """,
            new { owner = ownerHash }, cancellationToken).ConfigureAwait(false);
}
