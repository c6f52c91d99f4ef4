using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Sqlite;
using IepNavigator.Storage.Tests.Contract;
using Microsoft.AspNetCore.DataProtection;
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
        Assert.Equal((long)MigrationSet.StateSqlite.LatestVersion, command.ExecuteScalar()); // every script once
    }

    protected override Task CreateDatabaseAsync() => Task.CompletedTask; // the store creates folder and file itself

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override string ProviderTag => "sqlite";

    protected override SqlStateStore CreateStore(TimeProvider clock) => new SqliteStorage(DatabasePath, Protection, clock: clock);

    protected override SqlStateStore CreateStore(IDataProtectionProvider protection) => new SqliteStorage(DatabasePath, protection, clock: Clock);

    // A path under an existing *file* can never be opened as a database.
    protected override SqlStateStore CreateUnreachableStore()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(file, "x");
        return new SqliteStorage(Path.Combine(file, SqliteStorage.DefaultFileName), Protection);
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

    protected override async Task<byte[]> ReadRawDocumentAsync(string key)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM state_items WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetFieldValue<byte[]>(0);
    }

    protected override async Task WriteRawDocumentAsync(string key, byte[] document)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE state_items SET document = $document WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$document", document);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    // The database file and its write-ahead log, as a backup or a stolen disk would have them.
    protected override Task<byte[]> RawBytesAtRestAsync()
    {
        var bytes = new List<byte>();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(DatabasePath)!))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }

        return Task.FromResult(bytes.ToArray());
    }
}
