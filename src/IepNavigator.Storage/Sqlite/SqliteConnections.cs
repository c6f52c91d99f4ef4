using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Sqlite;

/// <summary>How every SQLite table of ours connects: pooled, created on first use, and waiting (not failing) on a lock.</summary>
internal static class SqliteConnections
{
    private const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Run on every opened connection; pragmas are per connection.</summary>
    public static readonly string BusyTimeout =
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)};";

    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = BusyTimeoutMilliseconds / 1000,
    }.ToString();

    /// <summary>An open connection with <paramref name="setup"/> applied; disposed again if either step fails.</summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, string setup, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = setup;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
