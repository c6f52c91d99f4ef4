using IepNavigator.Storage.Postgres;
using IepNavigator.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace IepNavigator.Storage.Tests;

/// <summary>
/// A host's stores share one PostgreSQL server with other instances: a burst of turns must wait for a pooled
/// connection, not open one per turn until the server answers "too many clients" (bench/push, 2026-12-06).
/// </summary>
public sealed class PostgresPoolTests
{
    [Fact]
    public async Task ABurstOfWrites_StaysWithinTheStatePool_AndEveryWriteLands()
    {
        var application = "pool_" + Guid.NewGuid().ToString("N")[..12];
        var schema = "t_" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(await TestPostgres.ConnectionStringAsync()) { ApplicationName = application }.ConnectionString;
        await using var store = new PostgresStorage(connectionString, new EphemeralDataProtectionProvider(), schema);
        try
        {
            await store.InitializeAsync();
            var keys = Enumerable.Range(0, 60).Select(i => $"burst/users/{i}").ToList();
            await Task.WhenAll(keys.Select(key => store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = key } })));

            Assert.InRange(await ConnectionsOfAsync(application), 1, PostgresPools.PerTurnStore);
            var read = await store.ReadAsync([.. keys]);
            Assert.Equal(keys.Count, read.Count);
        }
        finally
        {
            await DropAsync(schema);
        }
    }

    [Fact]
    public async Task APoolSizeInTheConnectionString_IsTheOperatorsChoice()
    {
        var application = "pool_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(await TestPostgres.ConnectionStringAsync()) { ApplicationName = application }.ConnectionString
            + ";Maximum Pool Size=3";
        await using var dataSource = PostgresPools.Create(connectionString, PostgresPools.PerTurnStore);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var command = dataSource.CreateCommand("SELECT pg_sleep(0.05)");
            await command.ExecuteNonQueryAsync();
        }));

        Assert.Equal(3, await ConnectionsOfAsync(application));
    }

    private static async Task<long> ConnectionsOfAsync(string application)
    {
        await using var connection = new NpgsqlConnection(await TestPostgres.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @a", connection);
        command.Parameters.AddWithValue("a", application);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task DropAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(await TestPostgres.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
