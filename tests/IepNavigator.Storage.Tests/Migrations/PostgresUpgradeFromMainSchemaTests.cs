using System.Globalization;
using Dapper;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Access.Postgres;
using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Reminders;
using IepNavigator.Storage.Reminders.Postgres;
using IepNavigator.Tests.Shared;
using Npgsql;

namespace IepNavigator.Storage.Tests.Migrations;

public sealed class PostgresUpgradeFromMainSchemaTests : UpgradeFromMainSchemaContract
{
    private readonly string _schema = "u_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";

    protected override IReadOnlyList<string> MainTables =>
        ["state_items", "reminders", "user_keys", "data_generations", "directline_conversations", "directline_activities"];

    protected override IReadOnlyList<int> MainVersions => [1, 2];

    protected override MigrationSet Scripts => MigrationSet.StatePostgres;

    public override async Task InitializeAsync() => _connectionString = await TestPostgres.ConnectionStringAsync();

    public override async Task DisposeAsync()
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;");
    }

    protected override async Task CreateMainDatabaseAsync()
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync(string.Format(CultureInfo.InvariantCulture, MainSchemaSql("postgres"), $"\"{_schema}\""));
        var s = $"\"{_schema}\"";
        await connection.ExecuteAsync(
            $"""
            INSERT INTO {s}.state_items (key, etag, document, updated_at) VALUES (@CaseKey, 'e1', convert_to(@CaseJson, 'UTF8'), @issued);
            INSERT INTO {s}.reminders (id, due_at, payload, sent_at) VALUES (@ReminderId, @due, @ReminderPayload, NULL);
            INSERT INTO {s}.reminders (id, due_at, payload, sent_at) VALUES (@ReminderId || '-sent', @issued, @ReminderPayload, @issued);
            INSERT INTO {s}.user_keys (key_hash, user_id, issued_at, expires_at, rotated_at) VALUES (@KeyHash, 'parent-1', @issued, @expires, NULL);
            INSERT INTO {s}.data_generations (owner_hash, generation) VALUES (@OwnerHash, 3);
            INSERT INTO {s}.directline_conversations (conversation_id, user_id, created_at, last_sequence, last_timestamp, last_active)
                VALUES ('dl-1', 'parent-1', @issued, 1, @issued, @issued);
            INSERT INTO {s}.directline_activities (conversation_id, sequence, activity_id, stamped_at, document)
                VALUES ('dl-1', 1, 'dl-1|0000001', @issued, 'CfDJ8-sealed-activity');
            """,
            new { CaseKey, CaseJson, ReminderId, ReminderPayload, KeyHash, OwnerHash, issued = Issued, due = Due, expires = Expires });
    }

    protected override async Task<long> CountAsync(string table)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM \"{_schema}\".{table};");
    }

    protected override async Task<IReadOnlyList<int>> VersionsAsync()
    {
        await using var connection = await OpenAsync();
        return [.. await connection.QueryAsync<int>($"SELECT version FROM \"{_schema}\".schema_version ORDER BY version;")];
    }

    protected override (SqlStateStore State, IReminderStore Reminders, SqlUserAccessStore Access) OpenStores() =>
        (new PostgresStorage(_connectionString, Protection, _schema),
         new PostgresReminderStore(_connectionString, Protection, _schema),
         new PostgresUserAccessStore(_connectionString, _schema));

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
