using Dapper;
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
    private readonly SchemaGate _schema;

    /// <param name="maxPoolSize"><see cref="PostgresPools.PerTurnStore"/> or <see cref="PostgresPools.OccasionalStore"/>.</param>
    public PostgresDatabase(string connectionString, string schemaName, MigrationSet migrations, int maxPoolSize,
        Action<NpgsqlConnectionStringBuilder>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(migrations);
        if (!PostgresSchema.IsValidName(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }

        SchemaName = schemaName;
        Migrations = migrations;
        DataSource = PostgresPools.Create(connectionString, maxPoolSize, configure);
        _schema = new SchemaGate(async cancellationToken => LastMigration = await MigrateNowAsync(cancellationToken).ConfigureAwait(false));
    }

    public string SchemaName { get; }

    public MigrationSet Migrations { get; }

    /// <summary>The pool, for what Dapper does not do (batches, LISTEN); call <see cref="MigrateAsync"/> first.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>(version before, version after) of this instance's migration; (0, 0) until it ran.</summary>
    public (int From, int To) LastMigration { get; private set; }

    public bool IsMigrated => _schema.IsReady;

    /// <summary>The quoted, schema-qualified name of <paramref name="table"/> (a name from our code, never from input).</summary>
    public string Table(string table) => PostgresSchema.Quote(SchemaName) + "." + table;

    /// <summary>Runs the migrations the schema lacks, once per instance (again after a failure).</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => _schema.EnsureAsync(cancellationToken);

    /// <summary>A migrated, open connection from the pool; the caller disposes it.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The synchronous scalar, for a synchronous caller.</summary>
    public T? ExecuteScalar<T>(string sql, object? parameters = null)
    {
        if (!IsMigrated)
        {
            MigrateAsync().GetAwaiter().GetResult(); // hosts migrate at start; only a store used before that gets here
        }

        using var connection = DataSource.OpenConnection();
        return connection.ExecuteScalar<T>(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        _schema.Dispose();
    }

    private async Task<(int From, int To)> MigrateNowAsync(CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await PostgresMigrationRunner.RunAsync(connection, SchemaName, Migrations, cancellationToken).ConfigureAwait(false);
        }
    }
}
