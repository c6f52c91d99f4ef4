using System.Globalization;
using IepNavigator.Storage.Documents;
using IepNavigator.Storage.Migrations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Storage.Sqlite;

/// <summary>
/// Bot state in one SQLite file (the embedded default). Connections come from Microsoft.Data.Sqlite's
/// pool, so an operation does not reopen the file; WAL and a busy timeout let concurrent turns wait
/// for each other instead of failing. The document column holds each value encrypted with Data Protection
/// (a BLOB); rows from before encryption are TEXT JSON and are read as such until their next write.
/// </summary>
public sealed class SqliteStorage : SqlStateStore
{
    /// <summary>The file name used inside the configured data folder.</summary>
    public const string DefaultFileName = "bot-state.db";

    private const string Table = "state_items";

    // synchronous=NORMAL is the WAL recommendation: no corruption on power loss, at most the last commits lost.
    private static readonly string ConnectionSetup = SqliteConnections.BusyTimeout + " PRAGMA synchronous = NORMAL;";

    private readonly SqliteDatabase _database;

    /// <summary>
    /// Uses (and on first use creates) the database file at <paramref name="databasePath"/>; values are encrypted
    /// with <paramref name="protection"/> (the host's key ring: reopening the file needs the same keys).
    /// </summary>
    public SqliteStorage(string databasePath, IDataProtectionProvider protection, ILogger<SqliteStorage>? logger = null, TimeProvider? clock = null)
        : base("SQLite", "sqlite", protection, clock, logger)
    {
        _database = new SqliteDatabase(databasePath, MigrationSet.StateSqlite, ConnectionSetup);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _database.DatabasePath;

    private protected override async Task<(int From, int To, string Location)> MigrateAsync(CancellationToken cancellationToken)
    {
        await _database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return (_database.LastMigration.From, _database.LastMigration.To, DatabasePath);
    }

    private protected override async Task<IReadOnlyList<StoredRow>> ReadRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key, etag, document FROM {Table} WHERE key IN ({AddKeyParameters(command, keys)});";
            return await ReadStoredRowsAsync(command, keys.Count, cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<StateWrite?> WriteRowsAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One statement commits on its own; several share a BEGIN IMMEDIATE transaction (all or nothing).
            using var transaction = writes.Count > 1 ? connection.BeginTransaction() : null;
            var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var write in writes)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = write.ExpectedETag switch
                {
                    null => $"""
                      INSERT INTO {Table} (key, etag, document, updated_unix_ms) VALUES ($key, $etag, $document, $now)
                      ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_unix_ms = excluded.updated_unix_ms;
                      """,
                    CreateOnlyETag => $"INSERT INTO {Table} (key, etag, document, updated_unix_ms) VALUES ($key, $etag, $document, $now) ON CONFLICT (key) DO NOTHING;",
                    _ => $"UPDATE {Table} SET etag = $etag, document = $document, updated_unix_ms = $now WHERE key = $key AND etag = $expected;",
                };
                command.Parameters.AddWithValue("$key", write.Key);
                command.Parameters.AddWithValue("$etag", write.NewETag);
                command.Parameters.AddWithValue("$document", write.Document);
                command.Parameters.AddWithValue("$now", now);
                if (write.ExpectedETag is not null and not CreateOnlyETag)
                {
                    command.Parameters.AddWithValue("$expected", write.ExpectedETag);
                }

                // A conditional UPDATE that touches no row means the ETag changed or the row is gone; a create-only
                // INSERT that touches none means another writer created the key first.
                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    return write; // disposing the transaction rolls back the earlier items
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
    }

    private protected override async Task DeleteRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {Table} WHERE key IN ({AddKeyParameters(command, keys)});";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<int> DeleteMatchingAsync(IReadOnlyList<KeyPattern> patterns, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {Table} WHERE {MatchAny(command, patterns)};";
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<int> DeleteWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {Table} WHERE updated_unix_ms < $cutoff;";
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<long> CountMatchingAsync(IReadOnlyList<KeyPattern> patterns, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {Table} WHERE {MatchAny(command, patterns)};";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    private protected override async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {Table} WHERE 0;";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private protected override ValueTask DisposeCoreAsync()
    {
        _database.Dispose(); // releases the pooled connections, so the file can be moved or deleted
        return ValueTask.CompletedTask;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);

    private static string AddKeyParameters(SqliteCommand command, IReadOnlyList<string> keys)
    {
        var names = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        return string.Join(", ", names);
    }

    // Literal, case-sensitive comparisons (LIKE would be case-insensitive and treat % and _ as wildcards).
    private static string MatchAny(SqliteCommand command, IReadOnlyList<KeyPattern> patterns)
    {
        if (patterns.Count == 0)
        {
            return "1";
        }

        var conditions = new string[patterns.Count];
        for (var i = 0; i < patterns.Count; i++)
        {
            var name = "$p" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, patterns[i].Text);
            conditions[i] = patterns[i].Match switch
            {
                KeyMatch.StartsWith => $"substr(key, 1, length({name})) = {name}",
                KeyMatch.EndsWith => $"(length(key) >= length({name}) AND substr(key, -length({name})) = {name})",
                _ => $"instr(key, {name}) > 0",
            };
        }

        return string.Join(" OR ", conditions);
    }
}
