using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.E2E;

/// <summary>
/// A stand-in for a site that embeds the widget: a tiny static server on its own loopback port (another origin
/// than the host, so the browser enforces CORS for real), serving one page whose only connection to the host is
/// the README's one tag.
/// </summary>
public sealed class AdvocacySite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AdvocacySite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's own origin (<c>http://127.0.0.1:port/</c>); never the host's.</summary>
    public Uri Address { get; }

    /// <summary>The page with the one tag: <c>&lt;script src="{host}/widget.js" {attributes}&gt;&lt;/script&gt;</c>.</summary>
    public static async Task<AdvocacySite> StartAsync(Uri host, string attributes, string lang = "en")
    {
        var widget = new Uri(host, "/widget.js");
        var title = lang == "es" ? "Sitio de apoyo a familias" : "Family advocacy site";
        var page = $"""
            <!doctype html>
            <html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title></head>
            <body><main><h1>{title}</h1><p>Help for parents of children with disabilities.</p></main>
            <script src="{widget}" {attributes}></script>
            </body></html>
            """;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var site = new AdvocacySite(app, new Uri(address.TrimEnd('/') + "/"));
        Assert.NotEqual(host.GetLeftPart(UriPartial.Authority), site.Address.GetLeftPart(UriPartial.Authority));
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
