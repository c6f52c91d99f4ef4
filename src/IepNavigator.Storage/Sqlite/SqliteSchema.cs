using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Sqlite;

/// <summary>
/// The SQLite schema as numbered migrations. To change it, append a script (never edit a shipped one):
/// each runs once, in order, inside the same transaction that records its number in schema_version.
/// </summary>
internal static class SqliteSchema
{
    public const string ItemsTable = "state_items";

    private static readonly string[] Migrations =
    [
        // 1: one row per Bot Framework key. A rowid table, because documents can be several KB.
        $"""
        CREATE TABLE {ItemsTable} (
            key TEXT NOT NULL PRIMARY KEY,
            etag TEXT NOT NULL,
            document TEXT NOT NULL,
            updated_unix_ms INTEGER NOT NULL
        );
        """,
    ];

    /// <summary>Brings the schema up to date and returns (version before, version after).</summary>
    public static async Task<(int From, int To)> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers run while a turn writes; the setting is stored in the file, so once is enough.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE: two processes starting together take turns instead of both migrating.
        using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_utc TEXT NOT NULL);",
            cancellationToken).ConfigureAwait(false);

        using var current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version;";
        var from = Convert.ToInt32(await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

        for (var version = from + 1; version <= Migrations.Length; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken).ConfigureAwait(false);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_utc) VALUES ($version, $applied);";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$applied", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (from, Math.Max(from, Migrations.Length));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
