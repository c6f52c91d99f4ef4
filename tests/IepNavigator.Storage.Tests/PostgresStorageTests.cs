using IepNavigator.Storage.Migrations;
using IepNavigator.Tests.Shared;
using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Tests.Contract;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
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

        // Every script once (five since issue 22: the other stores' tables joined the numbered scripts).
        Assert.Equal((long)MigrationSet.StatePostgres.LatestVersion, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".schema_version;"));
    }

    [Fact]
    public async Task Migration_FromTheTextSchema_ConvertsRowsThatStillRead_AndCreatesTheKeyRingTable()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        try
        {
            // The database exactly as the version before encryption left it: schema version 1, JSON text rows.
            await ScalarAsync($$"""
                CREATE SCHEMA "{{schema}}";
                CREATE TABLE "{{schema}}".schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                INSERT INTO "{{schema}}".schema_version (version) VALUES (1);
                CREATE TABLE "{{schema}}".state_items (key text COLLATE "C" NOT NULL PRIMARY KEY, etag text NOT NULL, document text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
                INSERT INTO "{{schema}}".state_items (key, etag, document) VALUES ('webchat/users/legacy', 'v1', '{"child":"Quetzalina Canaryfield","grade":5}');
                """);

            await using (var store = new PostgresStorage(_connectionString, Protection, schema))
            {
                var legacy = Assert.IsType<JObject>((await store.ReadAsync(["webchat/users/legacy"]))["webchat/users/legacy"]);
                Assert.Equal("Quetzalina Canaryfield", legacy.Value<string>("child"));
                Assert.Equal("v1", legacy.Value<string>("eTag"));
                await store.WriteAsync(new Dictionary<string, object> { ["webchat/users/legacy"] = legacy });
            }

            await using (var again = new PostgresStorage(_connectionString, Protection, schema))
            {
                await again.InitializeAsync(); // a second start changes nothing
                var read = Assert.IsType<JObject>((await again.ReadAsync(["webchat/users/legacy"]))["webchat/users/legacy"]);
                Assert.Equal(5, read.Value<int>("grade"));
            }

            Assert.Equal("bytea", await ScalarAsync(
                $"SELECT data_type FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = 'state_items' AND column_name = 'document';"));
            Assert.Equal((long)MigrationSet.StatePostgres.LatestVersion, await ScalarAsync($"SELECT count(*) FROM \"{schema}\".schema_version;"));
            Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM \"{schema}\".data_protection_keys;"));
            Assert.Equal(0L, await ScalarAsync(
                $"SELECT count(*) FROM \"{schema}\".state_items WHERE position(convert_to('Canaryfield', 'UTF8') in document) > 0;"));
        }
        finally
        {
            await ScalarAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;");
        }
    }

    [Fact]
    public async Task TwoHostInstances_ShareTheKeyRingInPostgres_AndReadEachOthersState()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresSchema"] = _schema,
            ["ConnectionStrings:Postgres"] = _connectionString,
        };
        await using var first = Instance(settings);
        await using var second = Instance(settings);
        var key = NewKey();

        await first.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["child"] = "Quetzalina Canaryfield" } });
        var read = await second.GetRequiredService<IStorage>().ReadAsync([key]);

        Assert.Equal("Quetzalina Canaryfield", Assert.IsType<JObject>(read[key]).Value<string>("child"));
        Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".data_protection_keys;"));
        Assert.Equal(0L, await ScalarAsync(
            $"SELECT count(*) FROM \"{_schema}\".state_items WHERE position(convert_to('Canaryfield', 'UTF8') in document) > 0;"));

        // Letter and chart links use the same key ring, so one instance's link opens on the other.
        var token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("links").Protect("letter-7");
        Assert.Equal("letter-7", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("links").Unprotect(token));
    }

    [Fact]
    public async Task InstancesStartingTogetherOnAnEmptyKeyRing_CreateOneKeyBetweenThem()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresSchema"] = _schema,
            ["ConnectionStrings:Postgres"] = _connectionString,
        };
        var instances = Enumerable.Range(0, 4).Select(_ => Instance(settings)).ToList();
        try
        {
            using var start = new Barrier(instances.Count);
            var tokens = await Task.WhenAll(instances.Select(instance => Task.Run(() =>
            {
                start.SignalAndWait();
                return instance.GetRequiredService<IDataProtectionProvider>().CreateProtector("race").Protect("state");
            })));

            Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".data_protection_keys;"));
            foreach (var instance in instances)
            {
                var protector = instance.GetRequiredService<IDataProtectionProvider>().CreateProtector("race");
                Assert.All(tokens, token => Assert.Equal("state", protector.Unprotect(token)));
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static ServiceProvider Instance(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddLogging()
        .AddNavigatorStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();

    protected override async Task CreateDatabaseAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    protected override async Task DropDatabaseAsync()
    {
        if (_connectionString.Length > 0)
        {
            await ScalarAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;");
        }
    }

    protected override string ProviderTag => "postgres";

    protected override SqlStateStore CreateStore(TimeProvider clock) => new PostgresStorage(_connectionString, Protection, _schema, clock: clock);

    protected override SqlStateStore CreateStore(IDataProtectionProvider protection) => new PostgresStorage(_connectionString, protection, _schema, clock: Clock);

    // Port 1 on loopback refuses connections immediately.
    protected override SqlStateStore CreateUnreachableStore() =>
        new PostgresStorage("Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", Protection, _schema);

    protected override async Task InsertRawRowAsync(string key, string document)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        // The JSON text as version 1 stored it; migration 2 turned such rows into their UTF-8 bytes.
        await using var command = new NpgsqlCommand($"INSERT INTO \"{_schema}\".state_items (key, etag, document) VALUES ($1, 'raw', convert_to($2, 'UTF8'));", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = document });
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<byte[]> ReadRawDocumentAsync(string key)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT document FROM \"{_schema}\".state_items WHERE key = $1;", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return Assert.IsType<byte[]>(await command.ExecuteScalarAsync());
    }

    protected override async Task WriteRawDocumentAsync(string key, byte[] document)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE \"{_schema}\".state_items SET document = $2 WHERE key = $1;", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = document });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    // Every row's columns as the server stores them (the text form of bytea included, as a dump would show it).
    protected override async Task<byte[]> RawBytesAtRestAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT key, etag, document, encode(document, 'escape') FROM \"{_schema}\".state_items;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var bytes = new List<byte>();
        while (await reader.ReadAsync())
        {
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(reader.GetString(0) + reader.GetString(1)));
            bytes.AddRange(reader.GetFieldValue<byte[]>(2));
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(reader.GetString(3)));
        }

        return [.. bytes];
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
