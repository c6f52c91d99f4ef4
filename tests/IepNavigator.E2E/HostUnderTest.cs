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

    public static async Task<HostUnderTest> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("IEPNAV_E2E_BASE_URL");
        HostUnderTest host;
        if (!string.IsNullOrEmpty(external))
        {
            host = new HostUnderTest(new Uri(external), null);
        }
        else
        {
            var factory = new RealHostFactory();
            factory.UseKestrel(0);
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            host = new HostUnderTest(new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), factory);
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

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class RealHostFactory : WebApplicationFactory<Program>
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
