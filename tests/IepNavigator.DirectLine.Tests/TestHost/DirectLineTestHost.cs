using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.DirectLine.Tests.TestHost;

/// <summary>A TestServer host with only the embedded channel, the scripted bot and a fake clock.</summary>
public sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-secret-for-server-side-calls";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private DirectLineTestHost(WebApplication app, string dataDirectory)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Server = app.GetTestServer();
        Client = Server.CreateClient();
        Client.BaseAddress = new Uri("http://localhost/v3/directline/");
    }

    public TestServer Server { get; }

    /// <summary>Based at /v3/directline/.</summary>
    public HttpClient Client { get; }

    public FakeTimeProvider Clock => _app.Services.GetRequiredService<FakeTimeProvider>();

    public BotRecorder Bot => _app.Services.GetRequiredService<BotRecorder>();

    public CapturingLoggerProvider Logs => _app.Services.GetRequiredService<CapturingLoggerProvider>();

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        // User keys and data generations live beside the state (SQLite by default): a throwaway folder per host.
        var dataDirectory = Path.Combine(Path.GetTempPath(), "iepnav-directline-tests", Guid.NewGuid().ToString("N"));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:MaxActivityBytes"] = "4096",
            ["Storage:DataDirectory"] = dataDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(logs);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<BotRecorder>();
        builder.Services.AddSingleton<IBot, ScriptedBot>();
        builder.Services.AddEmbeddedDirectLine(builder.Configuration);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseEmbeddedDirectLine();
        app.MapEmbeddedDirectLine();
        await app.StartAsync();
        return new DirectLineTestHost(app, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was stored.
        }
    }
}
