using IepNavigator.Storage.Migrations;
using Npgsql;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// The one data-access shape of every PostgreSQL store: a pooled data source sized by <see cref="PostgresPools"/>, a
/// schema and its migration set (run once per instance, before the first statement), for <see cref="SqlDatabase"/>'s Dapper calls.
/// The SQLite twin, <see cref="Sqlite.SqliteDatabase"/>, has the same members, so a store's two providers differ in SQL
/// only. <see cref="Table"/> gives a table's qualified name for the SQL.
/// </summary>
public sealed class PostgresDatabase : SqlDatabase, IAsyncDisposable
{

    /// <param name="maxPoolSize"><see cref="PostgresPools.PerTurnStore"/> or <see cref="PostgresPools.OccasionalStore"/>.</param>
    public PostgresDatabase(string connectionString, string schemaName, MigrationSet migrations, int maxPoolSize,
        Action<NpgsqlConnectionStringBuilder>? configure = null)
        : base(migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!PostgresSchema.IsValidName(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }

        SchemaName = schemaName;
        DataSource = PostgresPools.Create(connectionString, maxPoolSize, configure);
    }

    public string SchemaName { get; }

    /// <summary>The pool, for what Dapper does not do (batches, LISTEN); call <see cref="MigrateAsync"/> first.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The quoted, schema-qualified name of <paramref name="table"/> (a name from our code, never from input).</summary>
    public string Table(string table) => PostgresSchema.Quote(SchemaName) + "." + table;

    /// <summary>A migrated, open connection from the pool; the caller disposes it.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    private protected override System.Data.Common.DbConnection OpenConnection() => DataSource.OpenConnection();

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        DisposeSchemaGate();
    }

    private protected override async Task<(int From, int To)> RunMigrationsAsync(CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await PostgresMigrationRunner.RunAsync(connection, SchemaName, Migrations, cancellationToken).ConfigureAwait(false);
        }
    }
}
