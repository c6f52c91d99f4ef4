using IepNavigator.Tests.Shared;
using Npgsql;

namespace IepNavigator.Scale.Tests.State;

/// <summary>
/// A PostgreSQL schema of its own for one test run, on IEPNAV_TEST_POSTGRES or the throwaway cluster that
/// eng/postgres/start-test-cluster.sh starts. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString, string schema)
    {
        ConnectionString = connectionString;
        Schema = schema;
    }

    public string ConnectionString { get; }
    public string Schema { get; }

    /// <summary>Host settings (environment variables) that put a host on this schema.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = ConnectionString,
        ["Storage__PostgresSchema"] = Schema,
    };

    public static async Task<TestDatabase> CreateAsync()
    {
        var connectionString = await TestPostgres.ConnectionStringAsync().ConfigureAwait(false);
        return new TestDatabase(connectionString, "scale_" + Guid.NewGuid().ToString("N")[..12]);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        // The name is generated above (letters, digits, underscore), never user input.
#pragma warning disable CA2100
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
#pragma warning restore CA2100
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
