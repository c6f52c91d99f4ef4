using System.Text;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Access.Postgres;
using IepNavigator.Tests.Shared;
using Npgsql;

namespace IepNavigator.Storage.Tests.Access;

/// <summary>The user-access contract against a real PostgreSQL server, in a fresh schema per test.</summary>
public sealed class PostgresUserAccessStoreTests : UserAccessStoreContract
{
    private readonly string schema = "a_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresUserAccessStore> stores = [];
    private string connectionString = "";

    public override async Task InitializeAsync() => connectionString = await TestPostgres.ConnectionStringAsync();

    protected override IUserAccessStore OpenStore()
    {
        var store = new PostgresUserAccessStore(connectionString, schema);
        stores.Add(store);
        return store;
    }

    // Every column of every row, as text: what a dump would hold.
    protected override async Task<byte[]> RawBytesAtRestAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            $"SELECT key_hash, user_id, issued_at::text, expires_at::text, coalesce(rotated_at::text, '') FROM \"{schema}\".user_keys;",
            $"SELECT owner_hash, generation::text FROM \"{schema}\".data_generations;",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetString(i)).Append('\n');
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
        if (connectionString.Length > 0)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
