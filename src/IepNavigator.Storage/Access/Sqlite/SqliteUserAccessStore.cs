using IepNavigator.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Access.Sqlite;

/// <summary>User keys and data generations in the bot-state SQLite file (one file to back up); times in Unix milliseconds.</summary>
public sealed class SqliteUserAccessStore : SqlUserAccessStore
{
    // As the state store: synchronous=NORMAL under WAL (a crash loses no commit; a power cut at most the last ones).
    // FULL would sync the log on each key rotation, about 20 ms a visit on a busy disk.
    private static readonly string ConnectionSetup = SqliteConnections.BusyTimeout + " PRAGMA synchronous = NORMAL;";

    private readonly string connectionString;

    public SqliteUserAccessStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        connectionString = SqliteConnections.ConnectionString(DatabasePath);
    }

    public string DatabasePath { get; }

    private protected override async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        // WAL, as the state store sets it on the same file: writers do not block readers, commits append to the log.
        await ExecuteAsync("PRAGMA journal_mode = WAL;", _ => { }, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(AccessSql.SqliteCreate, _ => { }, cancellationToken).ConfigureAwait(false);
    }

    private protected override Task InsertKeyAsync(string keyHash, string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO user_keys (key_hash, user_id, issued_unix_ms, expires_unix_ms, rotated_unix_ms) VALUES ($hash, $user, $now, $expires, NULL);",
            p =>
            {
                p.AddWithValue("$hash", keyHash);
                p.AddWithValue("$user", userId);
                p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                p.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
            },
            cancellationToken);

    private protected override async Task<string?> TryMarkUsedAsync(string keyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ScalarAsync(
            "UPDATE user_keys SET rotated_unix_ms = $now WHERE key_hash = $hash AND rotated_unix_ms IS NULL AND expires_unix_ms > $now RETURNING user_id;",
            p =>
            {
                p.AddWithValue("$hash", keyHash);
                p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false) as string;

    private protected override async Task<StoredKey?> FindKeyAsync(string keyHash, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT user_id, expires_unix_ms, rotated_unix_ms FROM user_keys WHERE key_hash = $hash;";
            command.Parameters.AddWithValue("$hash", keyHash);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new StoredKey(
                        reader.GetString(0),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                        reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
                    : null;
            }
        }
    }

    private protected override Task<int> DeleteKeysOfAsync(string userId, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM user_keys WHERE user_id = $user;", p => p.AddWithValue("$user", userId), cancellationToken);

    private protected override Task<int> DeleteKeysExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM user_keys WHERE expires_unix_ms <= $now;", p => p.AddWithValue("$now", now.ToUnixTimeMilliseconds()), cancellationToken);

    private protected override async Task<long> ReadGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        await ScalarAsync(GenerationQuery, p => p.AddWithValue("$owner", ownerHash), cancellationToken).ConfigureAwait(false) is long generation ? generation : 0;

    private protected override long ReadGeneration(string ownerHash)
    {
        // Microsoft.Data.Sqlite does its I/O synchronously anyway; this is the same read without the Task.
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var setup = connection.CreateCommand();
        setup.CommandText = ConnectionSetup;
        setup.ExecuteNonQuery();
        using var command = connection.CreateCommand();
        command.CommandText = GenerationQuery;
        command.Parameters.AddWithValue("$owner", ownerHash);
        return command.ExecuteScalar() is long generation ? generation : 0;
    }

    private protected override async Task<long> IncrementGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        (long)(await ScalarAsync(
            """
            INSERT INTO data_generations (owner_hash, generation) VALUES ($owner, 1)
            ON CONFLICT (owner_hash) DO UPDATE SET generation = data_generations.generation + 1
            RETURNING generation;
            """,
            p => p.AddWithValue("$owner", ownerHash),
            cancellationToken).ConfigureAwait(false))!;

    private const string GenerationQuery = "SELECT generation FROM data_generations WHERE owner_hash = $owner;";

    private async Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> parameters, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            parameters(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<object?> ScalarAsync(string sql, Action<SqliteParameterCollection> parameters, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            parameters(command.Parameters);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        SqliteConnections.OpenAsync(connectionString, ConnectionSetup, cancellationToken);
}
