using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Sqlite;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Storage.Tests.Reminders;

/// <summary>The reminder contract on a SQLite file of its own (each store object is a "host lifetime").</summary>
public sealed class SqliteReminderStoreTests : ReminderStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iepnav-reminders-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "bot-state.db");

    protected override IReminderStore OpenStore(IDataProtectionProvider protection) => new SqliteReminderStore(DatabasePath, protection);

    [Fact]
    public async Task AddReminderStore_EncryptsPayloadsWithTheHostKeyRing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _folder }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddReminderStore(configuration);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IReminderStore>();

        await store.ScheduleAsync(new Reminder("host", Now, "{\"user\":{\"name\":\"Canaryhost\"}}"));

        Assert.StartsWith("dp1:", await ReadRawPayloadAsync("host"), StringComparison.Ordinal);
        Assert.Contains("Canaryhost", (await store.FindAsync("host"))!.Payload, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_folder, "keys")));
    }

    [Fact]
    public async Task SharesTheFileWithTheBotState_WithoutDisturbingIt()
    {
        await using (var state = new SqliteStorage(DatabasePath, Protection))
        {
            await state.InitializeAsync();
            await state.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["v"] = 1 } });
        }
        var reminders = OpenStore();
        await reminders.ScheduleAsync(new Reminder("r", Now, "{}"));

        await using var reopened = new SqliteStorage(DatabasePath, Protection);
        Assert.Single(await reopened.ReadAsync(["k"]));
        Assert.NotNull(await reminders.FindAsync("r"));
    }

    // The database file and its write-ahead log, as a backup or a stolen disk would have them.
    protected override Task<byte[]> RawBytesAtRestAsync()
    {
        var bytes = new List<byte>();
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }

        return Task.FromResult(bytes.ToArray());
    }

    protected override async Task<string> ReadRawPayloadAsync(string id)
    {
        await using var connection = await RawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM reminders WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    protected override async Task WriteRawPayloadAsync(string id, string payload)
    {
        await using var connection = await RawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE reminders SET payload = $payload WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$payload", payload);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override async Task InsertRawAsync(string id, DateTimeOffset dueAt, string payload)
    {
        await OpenStore().InitializeAsync();
        await using var connection = await RawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO reminders (id, due_unix_ms, payload, sent_unix_ms) VALUES ($id, $due, $payload, NULL);";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$payload", payload);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<SqliteConnection> RawConnectionAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}
