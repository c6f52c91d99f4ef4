using IepNavigator.Web.Limits;
using IepNavigator.Web.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Hostile.Tests;

/// <summary>
/// The real host over a throwaway data folder, with the request limits and telemetry in its pipeline whether or
/// not Program.cs wires them yet (both are idempotent, so wiring them twice is harmless).
/// </summary>
public sealed class HostileHost : WebApplicationFactory<Program>
{
    /// <summary>A request header that sets the caller's address, so a test can speak from several clients.</summary>
    public const string PeerHeader = "X-Test-Peer";

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly string environment;
    private bool onKestrel;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "iepnav-hostile-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Every log entry of the host, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <param name="environment">"Testing" (like production, with the test opt-ins below) unless a test is about another.</param>
    public HostileHost(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, string environment = "Testing")
    {
        this.settings = settings ?? [];
        this.configureServices = configureServices;
        this.environment = environment;
    }

    /// <summary>Generous limits for tests that are not about rate limiting.</summary>
    public static Dictionary<string, string?> Unthrottled() => new()
    {
        ["Limits:PermitsPerIpPerWindow"] = "1000000",
        ["Limits:PermitsPerUserPerWindow"] = "1000000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (onKestrel)
        {
            // Never the configured port (3978): a free loopback port.
            builder.UseSetting("Urls", "http://127.0.0.1:0");
        }
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // Outside Development, unsigned /api/messages activities are refused unless the host says so (BotCallerPolicy).
        builder.UseSetting("Bot:AllowAnonymous", "true");
        builder.UseSetting("Bot:AllowedServiceUrls:0", ChatClient.ServiceUrl);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices((context, services) =>
        {
            services.AddRequestLimits(context.Configuration);
            services.AddNavigatorTelemetry(context.Configuration);
            // Filters run in the order they are added: the caller's address first, so the limits see it.
            services.AddSingleton<IStartupFilter, PeerAddressStartupFilter>();
            services.AddSingleton<IStartupFilter, RequestLimitsStartupFilter>();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
            configureServices?.Invoke(services);
        });
    }

    /// <summary>Puts the limits in front of the app's pipeline (a no-op per request once Program.cs adds them too).</summary>
    public sealed class RequestLimitsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRequestLimits();
            next(app);
        };
    }

    /// <summary>Runs first: a request carrying <see cref="PeerHeader"/> comes from that address (the test server has none).</summary>
    public sealed class PeerAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(http.Request.Headers[PeerHeader].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(http);
            });
            next(app);
        };
    }

    /// <summary>
    /// Serves the host on a loopback Kestrel port instead of the in-memory test server (what a real connection sees:
    /// the Server header, the client's address), and returns a bounded client for it.
    /// </summary>
    public HttpClient StartOnKestrel()
    {
        onKestrel = true;
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return new HttpClient { BaseAddress = new Uri(address), Timeout = ClientTimeout };
    }

    /// <summary>
    /// How long a test client waits: a hang is a failure, not a stuck run, but a cold first turn on a loaded two-core
    /// machine (models, rules, templates) took over 20 s and failed tests that were not about time at all.
    /// </summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(120);

    /// <summary>A client whose every request gives up after <see cref="ClientTimeout"/>: a hang is a failure, not a stuck run.</summary>
    public HttpClient CreateBoundedClient()
    {
        var client = CreateClient();
        client.Timeout = ClientTimeout;
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
