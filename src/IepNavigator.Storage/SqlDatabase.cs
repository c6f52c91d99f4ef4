using System.Data.Common;
using Dapper;

namespace IepNavigator.Storage;

/// <summary>
/// What every store's database does the same on both providers: one statement on a pooled, migrated connection, with
/// Dapper (<c>@name</c> parameters from an object's members). <see cref="Sqlite.SqliteDatabase"/> and
/// <see cref="Postgres.PostgresDatabase"/> supply the connection.
/// </summary>
public abstract class SqlDatabase
{
    private readonly Migrations.SchemaGate _schema;

    protected SqlDatabase(Migrations.MigrationSet migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        Migrations = migrations;
        _schema = new Migrations.SchemaGate(async cancellationToken => LastMigration = await RunMigrationsAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The scripts of the database this store holds.</summary>
    public Migrations.MigrationSet Migrations { get; }

    /// <summary>(version before, version after) of this instance's migration; (0, 0) until it ran.</summary>
    public (int From, int To) LastMigration { get; private set; }

    public bool IsMigrated => _schema.IsReady;

    /// <summary>Runs the migrations the database lacks, once per instance (again after a failure).</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => _schema.EnsureAsync(cancellationToken);

    /// <summary>An open connection, the schema migrated first (once per instance); the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the provider's migration runner now (the gate calls it once).</summary>
    private protected abstract Task<(int From, int To)> RunMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>For a synchronous caller: hosts migrate at start, so only a store used before that waits here.</summary>
    private protected void EnsureMigrated()
    {
        if (!IsMigrated)
        {
            MigrateAsync().GetAwaiter().GetResult();
        }
    }

    private protected void DisposeSchemaGate() => _schema.Dispose();

    /// <summary>An open connection at once, for a synchronous caller (<see cref="ExecuteScalar{T}"/>); the caller disposes it.</summary>
    private protected abstract DbConnection OpenConnection();

    /// <summary>The synchronous scalar, for a synchronous caller.</summary>
    public T? ExecuteScalar<T>(string sql, object? parameters = null)
    {
        EnsureMigrated();

        using var connection = OpenConnection();
        return connection.ExecuteScalar<T>(sql, parameters);
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];
        }
    }
}
