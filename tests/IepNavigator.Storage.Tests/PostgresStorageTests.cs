using IepNavigator.Tests.Shared;
using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Tests.Contract;
using Npgsql;
using Xunit.Abstractions;

namespace IepNavigator.Storage.Tests;

/// <summary>The storage contract against a real PostgreSQL server: a fresh schema per test.</summary>
public sealed class PostgresStorageTests(ITestOutputHelper output) : StateStoreContract(output)
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";

    [Fact]
    public async Task Initialize_TwiceAndConcurrently_RecordsEachMigrationOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => CreateStore(TimeProvider.System)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(store => store.InitializeAsync()));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".schema_version;"));
    }

    protected override async Task CreateDatabaseAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    protected override async Task DropDatabaseAsync()
    {
        if (_connectionString.Length > 0)
        {
            await ScalarAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;");
        }
    }

    protected override SqlStateStore CreateStore(TimeProvider clock) => new PostgresStorage(_connectionString, _schema, clock: clock);

    // Port 1 on loopback refuses connections immediately.
    protected override SqlStateStore CreateUnreachableStore() =>
        new PostgresStorage("Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", _schema);

    protected override async Task InsertRawRowAsync(string key, string document)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"INSERT INTO \"{_schema}\".state_items (key, etag, document) VALUES ($1, 'raw', $2);", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = document });
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
