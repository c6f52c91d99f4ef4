using Microsoft.AspNetCore.DataProtection;
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

    /// <summary>The key ring every store of this test encrypts with (in memory; one per test, like one host's keys).</summary>
    protected IDataProtectionProvider Protection { get; } = new EphemeralDataProtectionProvider();

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

    /// <summary>A new store instance over this test's database that encrypts with another key ring.</summary>
    protected async Task<SqlStateStore> OpenAsync(IDataProtectionProvider protection)
    {
        var store = CreateStore(protection);
        _opened.Add(store);
        await store.InitializeAsync();
        return store;
    }

    /// <summary>Creates this test's private database file or schema.</summary>
    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected abstract SqlStateStore CreateStore(TimeProvider clock);

    /// <summary>A store over this test's database that encrypts with <paramref name="protection"/> instead.</summary>
    protected abstract SqlStateStore CreateStore(IDataProtectionProvider protection);

    /// <summary>The "provider" tag the store puts on its metrics.</summary>
    protected abstract string ProviderTag { get; }

    /// <summary>A store whose database cannot be reached.</summary>
    protected abstract SqlStateStore CreateUnreachableStore();

    /// <summary>
    /// Puts a row straight into the table, bypassing the store, with <paramref name="document"/> as the previous
    /// version stored it (plain JSON text); used for legacy rows and corruption.
    /// </summary>
    protected abstract Task InsertRawRowAsync(string key, string document);

    /// <summary>The document column of <paramref name="key"/> exactly as stored.</summary>
    protected abstract Task<byte[]> ReadRawDocumentAsync(string key);

    /// <summary>Overwrites the document column of <paramref name="key"/>, bypassing the store.</summary>
    protected abstract Task WriteRawDocumentAsync(string key, byte[] document);

    /// <summary>Everything the database holds at rest for the state table (the files, or every row's columns).</summary>
    protected abstract Task<byte[]> RawBytesAtRestAsync();

    protected static string NewKey(string kind = "users") => $"webchat/{kind}/{Guid.NewGuid():N}";

    protected async Task<JObject?> ReadOneAsync(string key, SqlStateStore? store = null)
    {
        var items = await (store ?? Store).ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? Assert.IsType<JObject>(item) : null;
    }

    protected static string ETagOf(JObject item) => item.Value<string>("eTag")!;
}
