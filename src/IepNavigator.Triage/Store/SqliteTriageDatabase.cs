using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Triage.Store;

/// <summary>The triage tables in their own SQLite file beside the bot state (WAL, busy timeout, pooled).</summary>
public sealed class SqliteTriageDatabase : TriageDatabase
{
    public const string DefaultFileName = "triage.db";

    private readonly string _connectionString;

    public SqliteTriageDatabase(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();
    }

    public string DatabasePath { get; }

    public override string ProviderName => "SQLite";

    public override string Table(string name) => "triage_" + name;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var statement in SchemaStatements())
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = statement;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // SQLite has no ADD COLUMN IF NOT EXISTS: look the column up first.
                foreach (var (table, column, type) in AddedColumns())
                {
                    using var exists = SqlText.Command(connection, transaction,
                        "SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column", ("@table", Table(table)), ("@column", column));
                    if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    {
                        // Table and column names come from AddedColumns, never from input.
                        await SqlText.ExecuteAsync(connection, transaction, $"ALTER TABLE {Table(table)} ADD COLUMN {column} {type}", cancellationToken).ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override string IndexName(string name) => "ix_triage_" + name;
}
