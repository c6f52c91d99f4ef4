using System.Globalization;
using IepNavigator.Storage.Postgres;
using Npgsql;

namespace IepNavigator.Storage.Access.Postgres;

/// <summary>
/// User keys and data generations in the state schema, shared by every instance: a key used up or revoked on one
/// instance is refused on all the others, and a generation advanced on one is read by all of them.
/// </summary>
public sealed class PostgresUserAccessStore : SqlUserAccessStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly string schemaName;
    private readonly string keys;
    private readonly string generations;

    public PostgresUserAccessStore(string connectionString, string schemaName = PostgresSchema.DefaultSchemaName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!PostgresSchema.IsValidName(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }
        dataSource = PostgresPools.Create(connectionString, PostgresPools.PerTurnStore);
        this.schemaName = schemaName;
        keys = PostgresSchema.Quote(schemaName) + ".user_keys";
        generations = PostgresSchema.Quote(schemaName) + ".data_generations";
    }

    public async ValueTask DisposeAsync() => await dataSource.DisposeAsync().ConfigureAwait(false);

    private protected override async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The same lock as the state schema's migrations: hosts starting together take turns.
                await RunAsync(connection, "SELECT pg_advisory_xact_lock(hashtext($1));", cancellationToken, "iepnav-state:" + schemaName).ConfigureAwait(false);
                await RunAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {PostgresSchema.Quote(schemaName)};", cancellationToken).ConfigureAwait(false);
                await RunAsync(connection, string.Format(CultureInfo.InvariantCulture, AccessSql.PostgresCreate, PostgresSchema.Quote(schemaName)), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private protected override Task InsertKeyAsync(string keyHash, string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        ExecuteAsync($"INSERT INTO {keys} (key_hash, user_id, issued_at, expires_at) VALUES ($1, $2, $3, $4);",
            cancellationToken, keyHash, userId, now.ToUniversalTime(), expiresAt.ToUniversalTime());

    private protected override async Task<string?> TryMarkUsedAsync(string keyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ScalarAsync($"UPDATE {keys} SET rotated_at = $2 WHERE key_hash = $1 AND rotated_at IS NULL AND expires_at > $2 RETURNING user_id;",
            cancellationToken, keyHash, now.ToUniversalTime()).ConfigureAwait(false) as string;

    private protected override async Task<StoredKey?> FindKeyAsync(string keyHash, CancellationToken cancellationToken)
    {
        var command = dataSource.CreateCommand($"SELECT user_id, expires_at, rotated_at FROM {keys} WHERE key_hash = $1;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = keyHash });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new StoredKey(
                        reader.GetString(0),
                        new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                        reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero))
                    : null;
            }
        }
    }

    private protected override Task<int> DeleteKeysOfAsync(string userId, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM {keys} WHERE user_id = $1;", cancellationToken, userId);

    private protected override Task<int> DeleteKeysExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM {keys} WHERE expires_at <= $1;", cancellationToken, now.ToUniversalTime());

    private protected override async Task<long> ReadGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        await ScalarAsync($"SELECT generation FROM {generations} WHERE owner_hash = $1;", cancellationToken, ownerHash).ConfigureAwait(false) is long generation
            ? generation
            : 0;

    private protected override long ReadGeneration(string ownerHash)
    {
        using var command = dataSource.CreateCommand($"SELECT generation FROM {generations} WHERE owner_hash = $1;");
        command.Parameters.Add(new NpgsqlParameter { Value = ownerHash });
        return command.ExecuteScalar() is long generation ? generation : 0;
    }

    private protected override async Task<long> IncrementGenerationAsync(string ownerHash, CancellationToken cancellationToken) =>
        (long)(await ScalarAsync(
            $"""
            INSERT INTO {generations} AS g (owner_hash, generation) VALUES ($1, 1)
            ON CONFLICT (owner_hash) DO UPDATE SET generation = g.generation + 1
            RETURNING generation;
            """,
            cancellationToken, ownerHash).ConfigureAwait(false))!;

    private static async Task RunAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
