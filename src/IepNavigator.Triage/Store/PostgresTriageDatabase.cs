using IepNavigator.Storage.Postgres;
using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace IepNavigator.Triage.Store;

/// <summary>The triage tables in their own PostgreSQL schema of the bot-state database.</summary>
public sealed partial class PostgresTriageDatabase : TriageDatabase, IAsyncDisposable
{
    public const string DefaultSchemaName = "triage";

    // Serialises schema set-up across hosts starting together (CREATE ... IF NOT EXISTS can still race).
    private const long SchemaLockKey = 0x1E9_7A1A6E;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;

    public PostgresTriageDatabase(string connectionString, string schemaName = DefaultSchemaName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!SchemaNamePattern().IsMatch(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }

        _dataSource = PostgresPools.Create(connectionString, PostgresPools.OccasionalStore);
        _schema = schemaName;
    }

    public override string ProviderName => "PostgreSQL";

    public string SchemaName => _schema;

    public override string Table(string name) => $"\"{_schema}\".{name}";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var statements = new List<string>
                {
                    $"SELECT pg_advisory_xact_lock({SchemaLockKey})",
                    $"CREATE SCHEMA IF NOT EXISTS \"{_schema}\"",
                };
                statements.AddRange(SchemaStatements());
                statements.AddRange(AddedColumns().Select(added => $"ALTER TABLE {Table(added.Table)} ADD COLUMN IF NOT EXISTS {added.Column} {added.Type}"));
                foreach (var statement in statements)
                {
                    using var command = new NpgsqlCommand(statement, connection, transaction);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override string IndexName(string name) => "ix_" + name;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaNamePattern();
}
