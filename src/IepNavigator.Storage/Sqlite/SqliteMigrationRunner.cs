using Dapper;
using IepNavigator.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Sqlite;

/// <summary>
/// The one way a SQLite database of ours gets its tables: the set's numbered scripts that have not run yet, in order,
/// each recorded in the set's version table inside the same transaction. BEGIN IMMEDIATE makes processes starting
/// together take turns instead of both migrating. The PostgreSQL twin is <see cref="Postgres.PostgresMigrationRunner"/>.
/// </summary>
public static class SqliteMigrationRunner
{
    /// <summary>Brings the database up to date and returns (version before, version after).</summary>
    public static async Task<(int From, int To)> RunAsync(SqliteConnection connection, MigrationSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(set);

        // WAL lets readers run while a turn writes; the setting is stored in the file, so once is enough.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken)).ConfigureAwait(false);

        using var transaction = connection.BeginTransaction(deferred: false);
        var run = await PendingScripts.RunAsync(connection, transaction, set, set.VersionTable,
            $"CREATE TABLE IF NOT EXISTS {set.VersionTable} (version INTEGER NOT NULL PRIMARY KEY, applied_utc TEXT NOT NULL);",
            $"INSERT INTO {set.VersionTable} (version, applied_utc) VALUES (@version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));",
            sql => sql, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return run;
    }
}
