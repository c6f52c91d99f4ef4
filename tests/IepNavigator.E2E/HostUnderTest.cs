using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.E2E;

/// <summary>
/// The real host (Program) on a loopback Kestrel port with a throwaway data folder, or, when
/// IEPNAV_E2E_BASE_URL is set, an instance that is already running there.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    private readonly RealHostFactory? _factory;

    private HostUnderTest(Uri baseUrl, RealHostFactory? factory)
    {
        BaseUrl = baseUrl;
        _factory = factory;
    }

    public Uri BaseUrl { get; }

    /// <summary>
    /// Starts the host. <paramref name="publicBaseUrl"/> sets "Letters:PublicBaseUrl" to the host's own address, as a
    /// deployment does, so the chat's download links are absolute; without it they are host-relative (the default).
    /// <paramref name="settings"/> are more configuration keys for this host (e.g. Widget:AllowedOrigins).
    /// </summary>
    public static async Task<HostUnderTest> StartAsync(bool publicBaseUrl = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var external = Environment.GetEnvironmentVariable("IEPNAV_E2E_BASE_URL");
        HostUnderTest host;
        if (!string.IsNullOrEmpty(external))
        {
            host = new HostUnderTest(new Uri(external), null);
        }
        else
        {
            // The public URL must be known before the host starts, so that port is chosen first.
            var port = publicBaseUrl ? FreeLoopbackPort() : 0;
            var factory = new RealHostFactory(publicBaseUrl ? new Uri($"http://127.0.0.1:{port}/") : null, settings);
            factory.UseKestrel(port);
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            host = new HostUnderTest(new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), factory);
            Assert.True(port == 0 || host.BaseUrl.Port == port, $"The host listens on {host.BaseUrl}, not on the chosen port {port}.");
        }

        await host.AssertWidgetIsServedAsync();
        return host;
    }

    /// <summary>Fails early, with the fix, when the host does not serve the widget or the Web Chat bundle.</summary>
    private async Task AssertWidgetIsServedAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        foreach (var path in new[] { "/", "/widget.js", "/lib/webchat/webchat.js" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode,
                $"GET {path} answered {(int)response.StatusCode}. The host must call UseDefaultFiles/UseStaticFiles and "
                + "AddEmbeddedDirectLine/UseEmbeddedDirectLine/MapEmbeddedDirectLine, and eng/webchat/fetch-webchat.sh must have run.");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class RealHostFactory(Uri? publicBaseUrl, IReadOnlyDictionary<string, string?>? settings) : WebApplicationFactory<Program>
    {
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "iepnav-e2e", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:Provider", "Sqlite");
            builder.UseSetting("Storage:DataDirectory", _dataDirectory);
            builder.UseSetting("DirectLine:Mode", "Embedded");
            // Never the configured port (3978): a free loopback port, whatever UseKestrel does with Urls.
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            if (publicBaseUrl is not null)
            {
                builder.UseSetting("Letters:PublicBaseUrl", publicBaseUrl.ToString());
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Not created (the host kept nothing) or still held: a temp folder, left for the OS to clean.
            }
        }
    }
}
