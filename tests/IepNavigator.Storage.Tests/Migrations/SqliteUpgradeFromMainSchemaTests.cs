using Dapper;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Access.Sqlite;
using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Sqlite;
using IepNavigator.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Tests.Migrations;

public sealed class SqliteUpgradeFromMainSchemaTests : UpgradeFromMainSchemaContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iepnav-upgrade-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, SqliteStorage.DefaultFileName);

    protected override IReadOnlyList<string> MainTables => ["state_items", "reminders", "user_keys", "data_generations"];

    protected override IReadOnlyList<int> MainVersions => [1];

    protected override MigrationSet Scripts => MigrationSet.StateSqlite;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    protected override async Task CreateMainDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var connection = Open();
        await connection.ExecuteAsync(MainSchemaSql("sqlite"));
        await connection.ExecuteAsync(
            """
            INSERT INTO state_items (key, etag, document, updated_unix_ms) VALUES (@CaseKey, 'e1', @CaseJson, @issued);
            INSERT INTO reminders (id, due_unix_ms, payload, sent_unix_ms) VALUES (@ReminderId, @due, @ReminderPayload, NULL);
            INSERT INTO reminders (id, due_unix_ms, payload, sent_unix_ms) VALUES (@ReminderId || '-sent', @issued, @ReminderPayload, @issued);
            INSERT INTO user_keys (key_hash, user_id, issued_unix_ms, expires_unix_ms, rotated_unix_ms) VALUES (@KeyHash, 'parent-1', @issued, @expires, NULL);
            INSERT INTO data_generations (owner_hash, generation) VALUES (@OwnerHash, 3);
            """,
            new
            {
                CaseKey, CaseJson, ReminderId, ReminderPayload, KeyHash, OwnerHash,
                issued = Issued.ToUnixTimeMilliseconds(), due = Due.ToUnixTimeMilliseconds(), expires = Expires.ToUnixTimeMilliseconds(),
            });
    }

    protected override async Task<long> CountAsync(string table)
    {
        await using var connection = Open();
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table};");
    }

    protected override async Task<IReadOnlyList<int>> VersionsAsync()
    {
        await using var connection = Open();
        return [.. await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version;")];
    }

    protected override (SqlStateStore State, IReminderStore Reminders, SqlUserAccessStore Access) OpenStores() =>
        (new SqliteStorage(DatabasePath, Protection), new SqliteReminderStore(DatabasePath, Protection), new SqliteUserAccessStore(DatabasePath));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
