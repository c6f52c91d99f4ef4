using System.Globalization;
using IepNavigator.Storage.Documents;
using IepNavigator.Storage.Migrations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// Bot state in PostgreSQL, for several web instances sharing one database. ETag checks happen inside the
/// UPDATE's WHERE clause, so two hosts racing on one key cannot both win. Each operation borrows one
/// pooled connection and makes one round trip (two for a multi-item write: the batch, then COMMIT).
/// The document column (bytea) holds each value encrypted with Data Protection; every instance must share
/// one key ring (the host keeps it in this schema, see <see cref="PostgresXmlRepository"/>).
/// </summary>
public sealed class PostgresStorage : SqlStateStore
{
    private readonly PostgresDatabase _database;
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;

    /// <summary>
    /// Uses the database of <paramref name="connectionString"/>; tables live in <paramref name="schemaName"/>;
    /// values are encrypted with <paramref name="protection"/> (the key ring every instance shares).
    /// </summary>
    public PostgresStorage(
        string connectionString,
        IDataProtectionProvider protection,
        string schemaName = PostgresSchema.DefaultSchemaName,
        ILogger<PostgresStorage>? logger = null,
        TimeProvider? clock = null)
        : base("PostgreSQL", "postgres", protection, clock, logger)
    {
        _database = new PostgresDatabase(connectionString, schemaName, MigrationSet.StatePostgres, PostgresPools.PerTurnStore, settings =>
        {
            if (settings.MaxAutoPrepare == 0)
            {
                // The same few statements run every turn; preparing them once saves parsing on each call.
                settings.MaxAutoPrepare = 16;
            }
        });
        // The turn's statements stay hand-written Npgsql (typed positional parameters, one NpgsqlBatch per write, auto-prepared):
        // Dapper has no batches, and the turn's round trips must not change.
        _dataSource = _database.DataSource;
        _table = _database.Table("state_items");
    }

    /// <summary>The database schema holding the state tables.</summary>
    public string SchemaName => _database.SchemaName;

    private protected override async Task<(int From, int To, string Location)> MigrateAsync(CancellationToken cancellationToken)
    {
        await _database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return (_database.LastMigration.From, _database.LastMigration.To, "schema " + SchemaName);
    }

    private protected override async Task<IReadOnlyList<StoredRow>> ReadRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand($"SELECT key, etag, document FROM {_table} WHERE key = ANY($1);");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
            return await ReadStoredRowsAsync(command, keys.Count, cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<StateWrite?> WriteRowsAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // A single statement is atomic by itself; several share a transaction so they apply all or none.
            var transaction = writes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
            try
            {
                var batch = new NpgsqlBatch(connection, transaction);
                await using (batch.ConfigureAwait(false))
                {
                    var now = Clock.GetUtcNow().ToUniversalTime();
                    foreach (var write in writes)
                    {
                        batch.BatchCommands.Add(ToCommand(write, now));
                    }

                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < writes.Count; i++)
                    {
                        // A conditional UPDATE that touches no row means the ETag changed or the row is gone.
                        if (batch.BatchCommands[i].RecordsAffected == 0)
                        {
                            return writes[i]; // disposing the transaction rolls back the earlier items
                        }
                    }
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return null;
            }
            finally
            {
                if (transaction is not null)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private protected override async Task DeleteRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand($"DELETE FROM {_table} WHERE key = ANY($1);");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<int> DeleteMatchingAsync(IReadOnlyList<KeyPattern> patterns, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = $"DELETE FROM {_table} WHERE {MatchAny(command, patterns)};";
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<int> DeleteWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand($"DELETE FROM {_table} WHERE updated_at < $1;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff.ToUniversalTime() });
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private protected override async Task<long> CountMatchingAsync(IReadOnlyList<KeyPattern> patterns, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = $"SELECT count(*) FROM {_table} WHERE {MatchAny(command, patterns)};";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    private protected override async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand($"SELECT 1 FROM {_table} LIMIT 0;");
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private protected override ValueTask DisposeCoreAsync() => _database.DisposeAsync();

    private NpgsqlBatchCommand ToCommand(StateWrite write, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(write.ExpectedETag switch
        {
            null => $"""
              INSERT INTO {_table} (key, etag, document, updated_at) VALUES ($1, $2, $3, $4)
              ON CONFLICT (key) DO UPDATE SET etag = EXCLUDED.etag, document = EXCLUDED.document, updated_at = EXCLUDED.updated_at;
              """,
            CreateOnlyETag => $"INSERT INTO {_table} (key, etag, document, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING;",
            _ => $"UPDATE {_table} SET etag = $2, document = $3, updated_at = $4 WHERE key = $1 AND etag = $5;",
        });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.NewETag });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = write.Document });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        if (write.ExpectedETag is not null and not CreateOnlyETag)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.ExpectedETag });
        }

        return command;
    }

    // Literal, case-sensitive comparisons (LIKE would treat % and _ in ids as wildcards).
    private static string MatchAny(NpgsqlCommand command, IReadOnlyList<KeyPattern> patterns)
    {
        if (patterns.Count == 0)
        {
            return "true";
        }

        var conditions = new string[patterns.Count];
        for (var i = 0; i < patterns.Count; i++)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = patterns[i].Text });
            var name = "$" + (i + 1).ToString(CultureInfo.InvariantCulture);
            conditions[i] = patterns[i].Match switch
            {
                KeyMatch.StartsWith => $"starts_with(key, {name})",
                KeyMatch.EndsWith => $"right(key, char_length({name})) = {name}",
                _ => $"strpos(key, {name}) > 0",
            };
        }

        return string.Join(" OR ", conditions);
    }
}
