using Dapper;
using IepNavigator.Storage.Migrations;
using Npgsql;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// The one way a PostgreSQL schema of ours gets its tables: the set's numbered scripts that have not run yet, in order,
/// each recorded in the set's version table inside one transaction; <c>{schema}</c> in a script is the quoted schema
/// name. Hosts starting together queue on an advisory lock, so exactly one applies each script. The SQLite twin is
/// <see cref="Sqlite.SqliteMigrationRunner"/>.
/// </summary>
public static class PostgresMigrationRunner
{
    /// <summary>Brings the schema up to date and returns (version before, version after).</summary>
    public static async Task<(int From, int To)> RunAsync(NpgsqlConnection connection, string schemaName, MigrationSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(set);
        if (!PostgresSchema.IsValidName(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }

        var schema = PostgresSchema.Quote(schemaName);
        var versions = schema + "." + set.VersionTable;
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(hashtext(@lockName));", new { lockName = $"iepnav-{set.Name}:{schemaName}" }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);

            // Checked first because CREATE SCHEMA IF NOT EXISTS still demands the CREATE privilege.
            if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schemaName);", new { schemaName }, transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false))
            {
                await connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA {schema};", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            var run = await PendingScripts.RunAsync(connection, transaction, set, versions,
                $"CREATE TABLE IF NOT EXISTS {versions} (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());",
                $"INSERT INTO {versions} (version) VALUES (@version);",
                sql => sql.Replace("{schema}", schema, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return run;
        }
    }
}
