using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Sqlite;

namespace IepNavigator.Storage.Access.Sqlite;

/// <summary>User keys and data generations in the bot-state SQLite file (one file to back up); times in Unix milliseconds.</summary>
public sealed class SqliteUserAccessStore : SqlUserAccessStore
{
    // As the state store: synchronous=NORMAL under WAL (a crash loses no commit; a power cut at most the last ones).
    // FULL would sync the log on each key rotation, about 20 ms a visit on a busy disk.
    private static readonly string ConnectionSetup = SqliteConnections.BusyTimeout + " PRAGMA synchronous = NORMAL;";

    private readonly SqliteDatabase database;

    public SqliteUserAccessStore(string databasePath)
        : this(new SqliteDatabase(databasePath, MigrationSet.StateSqlite, ConnectionSetup))
    {
    }

    private SqliteUserAccessStore(SqliteDatabase database)
        : base(database, "SELECT generation FROM data_generations WHERE owner_hash = @owner;")
    {
        this.database = database;
    }

    public string DatabasePath => database.DatabasePath;

    private protected override Task InsertKeyAsync(string keyHash, string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO user_keys (key_hash, user_id, issued_unix_ms, expires_unix_ms, rotated_unix_ms) VALUES (@keyHash, @userId, @now, @expires, NULL);",
            new { keyHash, userId, now = now.ToUnixTimeMilliseconds(), expires = expiresAt.ToUnixTimeMilliseconds() },
            cancellationToken);

    private protected override Task<string?> TryMarkUsedAsync(string keyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteScalarAsync<string?>(
            "UPDATE user_keys SET rotated_unix_ms = @now WHERE key_hash = @keyHash AND rotated_unix_ms IS NULL AND expires_unix_ms > @now RETURNING user_id;",
            new { keyHash, now = now.ToUnixTimeMilliseconds() },
            cancellationToken);

    private protected override async Task<StoredKey?> FindKeyAsync(string keyHash, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<(string UserId, long Expires, long? Rotated)>(
            "SELECT user_id, expires_unix_ms, rotated_unix_ms FROM user_keys WHERE key_hash = @keyHash;", new { keyHash }, cancellationToken).ConfigureAwait(false);
        return rows is [var row]
            ? new StoredKey(
                row.UserId,
                DateTimeOffset.FromUnixTimeMilliseconds(row.Expires),
                row.Rotated is { } rotated ? DateTimeOffset.FromUnixTimeMilliseconds(rotated) : null)
            : null;
    }

    private protected override Task<int> DeleteKeysOfAsync(string userId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM user_keys WHERE user_id = @userId;", new { userId }, cancellationToken);

    private protected override Task<int> DeleteKeysExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM user_keys WHERE expires_unix_ms <= @now;", new { now = now.ToUnixTimeMilliseconds() }, cancellationToken);

    private protected override async Task<long> IncrementGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        await database.ExecuteScalarAsync<long>(
            """
            INSERT INTO data_generations (owner_hash, generation) VALUES (@owner, 1)
            ON CONFLICT (owner_hash) DO UPDATE SET generation = data_generations.generation + 1
            RETURNING generation;
            """,
            new { owner = ownerHash },
            cancellationToken).ConfigureAwait(false);
}
