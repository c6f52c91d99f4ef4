using Dapper;
using IepNavigator.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Sqlite;

/// <summary>
/// The one data-access shape of every SQLite store: a file, its migration set (run once per instance, before the first
/// statement), for <see cref="SqlDatabase"/>'s Dapper calls over a pooled connection with the store's pragmas. The PostgreSQL twin,
/// <see cref="Postgres.PostgresDatabase"/>, has the same members, so a store's two providers differ in SQL only.
/// </summary>
public sealed class SqliteDatabase : SqlDatabase, IDisposable
{
    private readonly string _setup;

    /// <param name="databasePath">The file (created with its folder on first use).</param>
    /// <param name="migrations">The scripts of the database this file holds.</param>
    /// <param name="setup">Pragmas run on every opened connection (they are per connection).</param>
    public SqliteDatabase(string databasePath, MigrationSet migrations, string? setup = null)
        : base(migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        ConnectionString = SqliteConnections.ConnectionString(DatabasePath);
        _setup = setup ?? SqliteConnections.BusyTimeout;
    }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    /// <summary>A migrated, open connection with the pragmas applied; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await SqliteConnections.OpenAsync(ConnectionString, _setup, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <remarks>Microsoft.Data.Sqlite's I/O is synchronous anyway.</remarks>
    private protected override System.Data.Common.DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            connection.Execute(_setup);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Pooled connections keep the file open; release them so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        DisposeSchemaGate();
    }

    private protected override async Task<(int From, int To)> RunMigrationsAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = await SqliteConnections.OpenAsync(ConnectionString, _setup, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await SqliteMigrationRunner.RunAsync(connection, Migrations, cancellationToken).ConfigureAwait(false);
        }
    }
}
