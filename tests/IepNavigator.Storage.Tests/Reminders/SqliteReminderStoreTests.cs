using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Sqlite;
using IepNavigator.Storage.Sqlite;

namespace IepNavigator.Storage.Tests.Reminders;

/// <summary>The reminder contract on a SQLite file of its own (each store object is a "host lifetime").</summary>
public sealed class SqliteReminderStoreTests : ReminderStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iepnav-reminders-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "bot-state.db");

    protected override IReminderStore OpenStore() => new SqliteReminderStore(DatabasePath);

    [Fact]
    public async Task SharesTheFileWithTheBotState_WithoutDisturbingIt()
    {
        await using (var state = new SqliteStorage(DatabasePath))
        {
            await state.InitializeAsync();
            await state.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["v"] = 1 } });
        }
        var reminders = OpenStore();
        await reminders.ScheduleAsync(new Reminder("r", Now, "{}"));

        await using var reopened = new SqliteStorage(DatabasePath);
        Assert.Single(await reopened.ReadAsync(["k"]));
        Assert.NotNull(await reminders.FindAsync("r"));
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
