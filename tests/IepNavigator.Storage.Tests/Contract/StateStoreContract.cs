using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace IepNavigator.Storage.Tests.Contract;

/// <summary>
/// The behaviour every state store must have. Each concrete store (SQLite, PostgreSQL) derives from this
/// class, so the same tests run against both. Every test gets its own database file or schema.
/// </summary>
public abstract partial class StateStoreContract(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<SqlStateStore> _opened = [];

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>The clock every store of this test stamps its writes with.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The store under test, opened before each test.</summary>
    protected SqlStateStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Store = await OpenAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    /// <summary>A new store instance over this test's database (as after a process restart).</summary>
    protected async Task<SqlStateStore> OpenAsync()
    {
        var store = CreateStore(Clock);
        _opened.Add(store);
        await store.InitializeAsync();
        return store;
    }

    /// <summary>Creates this test's private database file or schema.</summary>
    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected abstract SqlStateStore CreateStore(TimeProvider clock);

    /// <summary>A store whose database cannot be reached.</summary>
    protected abstract SqlStateStore CreateUnreachableStore();

    /// <summary>Puts a row straight into the table, bypassing the store (to simulate corruption).</summary>
    protected abstract Task InsertRawRowAsync(string key, string document);

    protected static string NewKey(string kind = "users") => $"webchat/{kind}/{Guid.NewGuid():N}";

    protected async Task<JObject?> ReadOneAsync(string key, SqlStateStore? store = null)
    {
        var items = await (store ?? Store).ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? Assert.IsType<JObject>(item) : null;
    }

    protected static string ETagOf(JObject item) => item.Value<string>("eTag")!;
}
