using IepNavigator.Tests.Shared;
using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace IepNavigator.Storage.Tests.Reminders;

/// <summary>The reminder contract against a real PostgreSQL server, in a fresh schema per test.</summary>
public sealed class PostgresReminderStoreTests : ReminderStoreContract
{
    private readonly string _schema = "r_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresReminderStore> _stores = [];
    private string _connectionString = "";

    public override async Task InitializeAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    protected override IReminderStore OpenStore(IDataProtectionProvider protection)
    {
        var store = new PostgresReminderStore(_connectionString, protection, _schema);
        _stores.Add(store);
        return store;
    }

    // Every column of every row, as text: what a dump or a database reader would see.
    protected override async Task<byte[]> RawBytesAtRestAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id, due_at::text, payload, coalesce(sent_at::text, '') FROM \"{_schema}\".reminders;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var bytes = new List<byte>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(reader.GetString(i)));
            }
        }

        return [.. bytes];
    }

    protected override async Task<string> ReadRawPayloadAsync(string id)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT payload FROM \"{_schema}\".reminders WHERE id = $1;", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    protected override async Task WriteRawPayloadAsync(string id, string payload)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE \"{_schema}\".reminders SET payload = $2 WHERE id = $1;", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = payload });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override async Task InsertRawAsync(string id, DateTimeOffset dueAt, string payload)
    {
        await OpenStore().InitializeAsync();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"INSERT INTO \"{_schema}\".reminders (id, due_at, payload) VALUES ($1, $2, $3);", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = dueAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = payload });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
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
