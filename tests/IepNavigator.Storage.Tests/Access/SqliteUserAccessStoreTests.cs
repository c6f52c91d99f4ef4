using IepNavigator.Storage.Access;
using IepNavigator.Storage.Access.Sqlite;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Storage.Tests.Access;

/// <summary>The user-access contract on a SQLite file of its own (each store object is a "host lifetime").</summary>
public sealed class SqliteUserAccessStoreTests : UserAccessStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "iepnav-access-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(folder, "bot-state.db");

    protected override IUserAccessStore OpenStore() => new SqliteUserAccessStore(DatabasePath);

    [Fact]
    public async Task AddUserAccessStore_UsesTheBotStateFile_WithoutDisturbingIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddUserAccessStore(configuration).AddUserAccessStore(configuration);
        await using var provider = services.BuildServiceProvider();
        Assert.Single(services, d => d.ServiceType == typeof(IUserAccessStore));
        var store = provider.GetRequiredService<IUserAccessStore>();
        await using (var state = new SqliteStorage(DatabasePath, new EphemeralDataProtectionProvider()))
        {
            await state.InitializeAsync();
            await state.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["v"] = 1 } });
            await store.AdvanceDataGenerationAsync("test/u");
            Assert.Single(await state.ReadAsync(["k"]));
        }

        Assert.Equal(1, await OpenStore().GetDataGenerationAsync("test/u"));
    }

    protected override Task<byte[]> RawBytesAtRestAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = new List<byte>();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }
        return Task.FromResult(bytes.ToArray());
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}
