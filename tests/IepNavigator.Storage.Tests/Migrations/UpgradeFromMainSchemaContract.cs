using IepNavigator.Storage.Access;
using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Reminders;
using Microsoft.AspNetCore.DataProtection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Tests.Migrations;

/// <summary>
/// Issue 22: a database made by main before the migration runner (the state table migrated, the other stores' tables
/// created by the stores themselves and recorded nowhere; DDL verbatim in MainSchema/) still opens. The runner adopts
/// it without losing a row, and what a family had (the case, a reminder, the widget key, the "delete my data"
/// generation) reads as before. Run for both providers.
/// </summary>
public abstract class UpgradeFromMainSchemaContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Issued = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    protected static readonly DateTimeOffset Due = new(2026, 10, 15, 13, 0, 0, TimeSpan.Zero);
    protected static readonly DateTimeOffset Expires = new(2027, 9, 1, 8, 0, 0, TimeSpan.Zero);

    protected const string CaseKey = "webchat/users/parent-1";
    protected const string CaseJson = "{\"child\":\"Quetzalina Canaryfield\",\"grade\":5}";
    protected const string ReminderId = "webchat/users/parent-1/reminders/evaluation";
    protected const string ReminderPayload = "{\"conversation\":\"c-1\",\"ledger\":\"l-7\"}";
    protected const string WidgetKey = "widget-key-of-parent-1";
    protected const string GenerationOwner = "webchat/parent-1";

    protected static readonly string KeyHash = AccessSecrets.Hash(WidgetKey);
    protected static readonly string OwnerHash = AccessSecrets.Hash(GenerationOwner);

    /// <summary>One key ring for the test, as one deployment has.</summary>
    protected EphemeralDataProtectionProvider Protection { get; } = new();

    /// <summary>The tables main had, with their row counts, after <see cref="CreateMainDatabaseAsync"/>.</summary>
    protected abstract IReadOnlyList<string> MainTables { get; }

    protected abstract MigrationSet Scripts { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Open_DatabaseFromMain_AdoptsItKeepingEveryRowReadable()
    {
        await CreateMainDatabaseAsync();
        var before = new Dictionary<string, long>();
        foreach (var table in MainTables)
        {
            before[table] = await CountAsync(table);
        }

        Assert.All(before, pair => Assert.True(pair.Value > 0, $"the fixture put no row in {pair.Key}"));
        Assert.Equal(MainVersions, await VersionsAsync());

        var (state, reminders, access) = OpenStores();
        try
        {
            await state.InitializeAsync();
            await reminders.InitializeAsync();
            await access.InitializeAsync();

            Assert.Equal(Enumerable.Range(1, Scripts.LatestVersion), await VersionsAsync());
            foreach (var table in MainTables)
            {
                Assert.True(before[table] == await CountAsync(table), $"{table} lost or gained rows");
            }

            // The parent's case, as the chat reads it, with the ETag it had.
            var item = Assert.IsType<JObject>((await state.ReadAsync([CaseKey]))[CaseKey]);
            Assert.Equal("Quetzalina Canaryfield", item.Value<string>("child"));
            Assert.Equal("e1", item.Value<string>("eTag"));
            await state.WriteAsync(new Dictionary<string, object> { [CaseKey] = item }); // and it can be saved again

            // The reminder still comes due once.
            var reminder = Assert.Single(await reminders.FindDueAsync(Due.AddMinutes(1), 10));
            Assert.Equal(ReminderId, reminder.Id);
            Assert.Equal(Due, reminder.DueAt);
            Assert.Equal(ReminderPayload, reminder.Payload);

            // The widget's key still opens the parent's chat, and "delete my data" is remembered.
            var redeemed = await access.RedeemUserKeyAsync(WidgetKey, Due, TimeSpan.FromMinutes(1));
            Assert.Equal(UserKeyOutcome.Redeemed, redeemed.Outcome);
            Assert.Equal("parent-1", redeemed.UserId);
            Assert.Equal(3, await access.GetDataGenerationAsync(GenerationOwner));
        }
        finally
        {
            await DisposeStoresAsync(state, reminders, access);
        }

        // A second start finds nothing to do.
        var (again, againReminders, againAccess) = OpenStores();
        try
        {
            await again.InitializeAsync();
            await againReminders.InitializeAsync();
            await againAccess.InitializeAsync();
            Assert.Equal(Enumerable.Range(1, Scripts.LatestVersion), await VersionsAsync());
            Assert.Equal(5, Assert.IsType<JObject>((await again.ReadAsync([CaseKey]))[CaseKey]).Value<int>("grade"));
        }
        finally
        {
            await DisposeStoresAsync(again, againReminders, againAccess);
        }
    }

    /// <summary>The versions main recorded in schema_version (SQLite 1, PostgreSQL 1 and 2).</summary>
    protected abstract IReadOnlyList<int> MainVersions { get; }

    /// <summary>Runs MainSchema/&lt;provider&gt;.sql and puts one row of a family in every table.</summary>
    protected abstract Task CreateMainDatabaseAsync();

    protected abstract Task<long> CountAsync(string table);

    protected abstract Task<IReadOnlyList<int>> VersionsAsync();

    protected abstract (SqlStateStore State, IReminderStore Reminders, SqlUserAccessStore Access) OpenStores();

    protected static async Task DisposeStoresAsync(SqlStateStore state, IReminderStore reminders, SqlUserAccessStore access)
    {
        await state.DisposeAsync();
        if (reminders is IAsyncDisposable disposableReminders)
        {
            await disposableReminders.DisposeAsync();
        }

        if (access is IAsyncDisposable disposableAccess)
        {
            await disposableAccess.DisposeAsync();
        }
    }

    protected static string MainSchemaSql(string provider) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Migrations", "MainSchema", provider + ".sql"));
}
