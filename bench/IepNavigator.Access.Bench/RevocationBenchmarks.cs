using System.Text;
using BenchmarkDotNet.Attributes;
using IepNavigator.DirectLine;
using IepNavigator.DirectLine.Tokens;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Access.Postgres;
using IepNavigator.Storage.Access.Sqlite;
using IepNavigator.Web.Links;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace IepNavigator.Access.Bench;

/// <summary>
/// What revocation costs per request (issue 21): a Direct Line token checked by signature alone (before) and with the
/// user's data generation read from the store (every Direct Line request now); a chat link opened with and without
/// an owner; a widget visit's key rotation (redeem + issue). SQLite by default; PostgreSQL when
/// IEPNAV_BENCH_POSTGRES holds a connection string.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RevocationBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "iepnav-access-bench-" + Guid.NewGuid().ToString("N"));
    private IUserAccessStore store = null!;
    private DirectLineTokenService tokens = null!;
    private OwnedLinkProtector links = null!;
    private string token = "";
    private string ownedLink = "";
    private string unownedLink = "";
    private string key = "";

    [Params("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup()
    {
        var postgres = Environment.GetEnvironmentVariable("IEPNAV_BENCH_POSTGRES");
        store = Provider == "Postgres"
            ? new PostgresUserAccessStore(postgres ?? throw new InvalidOperationException("Set IEPNAV_BENCH_POSTGRES for the Postgres runs (or --filter *Sqlite*)."), "bench_" + Guid.NewGuid().ToString("N")[..8])
            : new SqliteUserAccessStore(Path.Combine(folder, "bot-state.db"));
        store.InitializeAsync().GetAwaiter().GetResult();
        store.AdvanceDataGenerationAsync("directline/dl_bench").GetAwaiter().GetResult();
        tokens = new DirectLineTokenService(Options.Create(new DirectLineOptions()), TimeProvider.System, store);
        token = tokens.IssueConversationTokenAsync("bench-conversation", "dl_bench", CancellationToken.None).GetAwaiter().GetResult();
        var owners = new LinkOwnerScope(store);
        links = new OwnedLinkProtector(new EphemeralDataProtectionProvider(), "bench", TimeProvider.System, owners);
        var payload = Encoding.UTF8.GetBytes("""{"letterId":"records-request","format":"txt"}""");
        unownedLink = links.Protect(payload, TimeSpan.FromHours(1));
        using (owners.Enter("directline/dl_bench"))
        {
            ownedLink = links.Protect(payload, TimeSpan.FromHours(1));
        }
        key = store.IssueUserKeyAsync("dl_bench", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (store as IAsyncDisposable)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public bool TokenCheck_SignatureOnly() => tokens.Check(token, TokenPurpose.Conversation).IsValid;

    [Benchmark]
    public async Task<bool> TokenCheck_WithDataGeneration() => (await tokens.CheckAsync(token, TokenPurpose.Conversation, CancellationToken.None)).IsValid;

    [Benchmark]
    public async Task<bool> LinkOpen_NoOwner() => await links.OpenAsync(unownedLink, CancellationToken.None) is not null;

    [Benchmark]
    public async Task<bool> LinkOpen_Owned() => await links.OpenAsync(ownedLink, CancellationToken.None) is not null;

    [Benchmark]
    public async Task<string> UserKey_RedeemAndIssueNext()
    {
        // Within the grace, so the same key can be presented on every iteration.
        var redeemed = await store.RedeemUserKeyAsync(key, DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        return await store.IssueUserKeyAsync(redeemed.UserId!, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
    }
}
