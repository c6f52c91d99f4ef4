using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using IepNavigator.Tests.Shared;
using IepNavigator.Triage.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace IepNavigator.Triage.Tests.Store;

/// <summary>
/// Issue 22: a triage database made by main before the migration runner (tables by CREATE IF NOT EXISTS, recorded
/// nowhere; MainSchema/triage.sql verbatim) opens with every row kept, whether main had already added assigned_to
/// (issue 25) or not. Run for both providers.
/// </summary>
public abstract partial class UpgradeFromMainSchemaContract : IAsyncLifetime
{
    private static readonly string[] Tables = ["packets", "notes", "outbox", "audit", "attempt_failures"];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EnsureSchema_DatabaseFromMain_KeepsEveryRowAndHasTheAssignee(bool mainAddedTheAssignee)
    {
        await using (var connection = await OpenRawAsync())
        {
            await connection.ExecuteAsync(MainDdl());
            if (mainAddedTheAssignee)
            {
                await connection.ExecuteAsync($"ALTER TABLE {Table("packets")} ADD COLUMN assigned_to TEXT NULL");
            }

            await connection.ExecuteAsync(
                $"""
                INSERT INTO {Table("packets")} (id, owner_user_id, created_at, urgency_rank, status, status_changed_at, document)
                    VALUES ('p1', 'webchat/parent-1', 1, 3, 'New', 1, 'sealed-packet');
                INSERT INTO {Table("notes")} (id, packet_id, created_at, author, status, text) VALUES ('n1', 'p1', 2, 'advocate', 'New', 'sealed-note');
                INSERT INTO {Table("outbox")} (delivery_id, packet_id, event, created_at, payload, attempts, next_attempt_at)
                    VALUES ('d1', 'p1', 'packet.created', 1, 'sealed-payload', 0, 1);
                INSERT INTO {Table("audit")} (id, at, actor, action, packet_id) VALUES ('a1', 3, 'advocate', 'viewed', 'p1');
                INSERT INTO {Table("attempt_failures")} (id, subject, at) VALUES ('f1', 'sha256-of-subject', 4);
                """);
            if (mainAddedTheAssignee)
            {
                await connection.ExecuteAsync($"UPDATE {Table("packets")} SET assigned_to = 'rosa' WHERE id = 'p1'");
            }
        }

        var database = CreateDatabase();
        try
        {
            await database.EnsureSchemaAsync(CancellationToken.None);
            await database.EnsureSchemaAsync(CancellationToken.None); // a second start finds nothing to do
        }
        finally
        {
            await DisposeDatabaseAsync(database);
        }

        await using (var connection = await OpenRawAsync())
        {
            foreach (var table in Tables)
            {
                Assert.Equal(1L, await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {Table(table)}"));
            }

            Assert.Equal(mainAddedTheAssignee ? "rosa" : null,
                await connection.ExecuteScalarAsync<string?>($"SELECT assigned_to FROM {Table("packets")} WHERE id = 'p1'"));
            Assert.Equal([1, 2], await connection.QueryAsync<int>($"SELECT version FROM {Table("triage_schema_version", versionTable: true)} ORDER BY version"));
        }

        // The queue reads the packet row (its document is sealed by the fixture's hand, so only the row count is asked of it).
        var reopened = CreateDatabase();
        try
        {
            var connection = await reopened.OpenAsync(CancellationToken.None);
            await using (connection)
            {
                Assert.Equal(1L, await connection.ExecuteScalarAsync<long>(
                    $"SELECT count(*) FROM {reopened.Table("packets")} WHERE assigned_to IS NULL OR assigned_to = 'rosa'"));
            }
        }
        finally
        {
            await DisposeDatabaseAsync(reopened);
        }
    }

    private string MainDdl() =>
        Placeholder().Replace(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Store", "MainSchema", "triage.sql")),
            match => match.Groups[1].Value.StartsWith("ix_", StringComparison.Ordinal) ? IndexName(match.Groups[1].Value[3..]) : Table(match.Groups[1].Value));

    private protected abstract string Table(string name, bool versionTable = false);

    private protected abstract string IndexName(string name);

    private protected abstract Task<DbConnection> OpenRawAsync();

    private protected abstract TriageDatabase CreateDatabase();

    private static async Task DisposeDatabaseAsync(TriageDatabase database)
    {
        if (database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}

public sealed class SqliteUpgradeFromMainSchemaTests : UpgradeFromMainSchemaContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iepnav-triage-upgrade-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, SqliteTriageDatabase.DefaultFileName);

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private protected override string Table(string name, bool versionTable = false) => versionTable ? name : "triage_" + name;

    private protected override string IndexName(string name) => "ix_triage_" + name;

    private protected override async Task<DbConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private protected override TriageDatabase CreateDatabase() => new SqliteTriageDatabase(DatabasePath);
}

public sealed class PostgresUpgradeFromMainSchemaTests : UpgradeFromMainSchemaContract
{
    private readonly string _schema = "tu_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";

    public override async Task InitializeAsync()
    {
        _connectionString = await TestPostgres.ConnectionStringAsync();
        await using var connection = await OpenRawAsync();
        await connection.ExecuteAsync($"CREATE SCHEMA \"{_schema}\""); // as main's set-up did first
    }

    public override async Task DisposeAsync()
    {
        await using var connection = await OpenRawAsync();
        await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
    }

    private protected override string Table(string name, bool versionTable = false) => $"\"{_schema}\".{name}";

    private protected override string IndexName(string name) => "ix_" + name;

    private protected override async Task<DbConnection> OpenRawAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private protected override TriageDatabase CreateDatabase() => new PostgresTriageDatabase(_connectionString, _schema);
}
