using IepNavigator.Knowledge;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>
/// AddTriage's services without starting any hosted service, on a fake clock: tests drive the desk, the
/// store and the dispatcher directly, so nothing races them.
/// </summary>
internal sealed class TriageServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TriageServices(ServiceProvider provider, FakeTimeProvider clock, string dataDirectory, string? postgresSchema)
    {
        _provider = provider;
        Clock = clock;
        DataDirectory = dataDirectory;
        PostgresSchema = postgresSchema;
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; }

    public string DataDirectory { get; }

    /// <summary>The schema of this instance's tables (PostgreSQL only), to reopen the same database.</summary>
    public string? PostgresSchema { get; }

    public ITriageDesk Desk => _provider.GetRequiredService<ITriageDesk>();

    public TriagePacketStore Store => _provider.GetRequiredService<TriagePacketStore>();

    public WebhookOutbox Outbox => _provider.GetRequiredService<WebhookOutbox>();

    public WebhookDispatcher Dispatcher => _provider.GetRequiredService<WebhookDispatcher>();

    public AuditTrail Audit => _provider.GetRequiredService<AuditTrail>();

    /// <summary>The tables themselves, for tests that read or write rows past the store (raw bytes, legacy rows).</summary>
    public TriageDatabase Database => _provider.GetRequiredService<TriageDatabase>();

    public IServiceProvider Services => _provider;

    public static async Task<TriageServices> CreateAsync(TriageDatabaseKind kind, Uri? webhook = null, string? dataDirectory = null, IDictionary<string, string?>? overrides = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("iepnav-triage-").FullName;
        var settings = await TriageConfiguration.CreateAsync(kind, dataDirectory, webhook);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddKnowledge();
        services.AddTriage(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<TriageDatabase>().EnsureSchemaAsync(CancellationToken.None);
        return new TriageServices(provider, clock, dataDirectory, settings.GetValueOrDefault("Triage:PostgresSchema"));
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
