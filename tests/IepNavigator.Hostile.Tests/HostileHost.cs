using IepNavigator.Web.Limits;
using IepNavigator.Web.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Hostile.Tests;

/// <summary>
/// The real host over a throwaway data folder, with the request limits and telemetry in its pipeline whether or
/// not Program.cs wires them yet (both are idempotent, so wiring them twice is harmless).
/// </summary>
public sealed class HostileHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "iepnav-hostile-tests", Guid.NewGuid().ToString("N"));

    public HostileHost(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        this.settings = settings ?? [];
        this.configureServices = configureServices;
    }

    /// <summary>Generous limits for tests that are not about rate limiting.</summary>
    public static Dictionary<string, string?> Unthrottled() => new()
    {
        ["Limits:PermitsPerIpPerWindow"] = "1000000",
        ["Limits:PermitsPerUserPerWindow"] = "1000000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices((context, services) =>
        {
            services.AddRequestLimits(context.Configuration);
            services.AddNavigatorTelemetry(context.Configuration);
            services.AddSingleton<IStartupFilter, RequestLimitsStartupFilter>();
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

    /// <summary>A client whose every request gives up after a few seconds: a hang is a failure, not a stuck run.</summary>
    public HttpClient CreateBoundedClient()
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20);
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
