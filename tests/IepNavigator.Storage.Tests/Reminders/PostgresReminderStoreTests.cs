using IepNavigator.Tests.Shared;
using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Postgres;
using Npgsql;

namespace IepNavigator.Storage.Tests.Reminders;

/// <summary>The reminder contract against a real PostgreSQL server, in a fresh schema per test.</summary>
public sealed class PostgresReminderStoreTests : ReminderStoreContract
{
    private readonly string _schema = "r_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresReminderStore> _stores = [];
    private string _connectionString = "";

    public override async Task InitializeAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    protected override IReminderStore OpenStore()
    {
        var store = new PostgresReminderStore(_connectionString, _schema);
        _stores.Add(store);
        return store;
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
        if (_connectionString.Length > 0)
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
