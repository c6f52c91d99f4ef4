using IepNavigator.Storage.Sqlite;
using IepNavigator.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace IepNavigator.Storage.Tests;

/// <summary>The storage contract against SQLite: a fresh file in a fresh temp folder per test.</summary>
public sealed class SqliteStorageTests(ITestOutputHelper output) : StateStoreContract(output)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iepnav-storage-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "nested", SqliteStorage.DefaultFileName);

    [Fact]
    public void Initialize_CreatesTheFolderAndAWalDatabase()
    {
        Assert.True(File.Exists(DatabasePath));
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM schema_version;";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    protected override Task CreateDatabaseAsync() => Task.CompletedTask; // the store creates folder and file itself

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override SqlStateStore CreateStore(TimeProvider clock) => new SqliteStorage(DatabasePath, clock: clock);

    // A path under an existing *file* can never be opened as a database.
    protected override SqlStateStore CreateUnreachableStore()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(file, "x");
        return new SqliteStorage(Path.Combine(file, SqliteStorage.DefaultFileName));
    }

    protected override async Task InsertRawRowAsync(string key, string document)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO state_items (key, etag, document, updated_unix_ms) VALUES ($key, 'raw', $document, 0);";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$document", document);
        await command.ExecuteNonQueryAsync();
    }
}
