using IepNavigator.DirectLine.Widget;
using IepNavigator.Web.Hosting.Security;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IepNavigator.Web.Widget;

/// <summary>
/// Serves what a page embedding the widget loads: <c>/widget.js</c> (short-cached, so a fix reaches every site within
/// minutes), Web Chat's bundle at its fingerprinted URL (cached a year, immutable: a new version gets a new URL), each
/// precompressed; and the demo page (<c>/</c>) with the content security policy it needs.
/// </summary>
public static class WidgetAssetEndpoints
{
    /// <summary>How long a browser keeps widget.js without asking again.</summary>
    public static readonly TimeSpan WidgetScriptMaxAge = TimeSpan.FromMinutes(5);

    private const string Immutable = "public, max-age=31536000, immutable";
    private const string JavaScript = "text/javascript; charset=utf-8";

    /// <summary>Lets the embedding site's own performance tools see the sizes and timings of these public files.</summary>
    private const string TimingAllowOrigin = "Timing-Allow-Origin";

    public static IServiceCollection AddWidgetAssets(this IServiceCollection services)
    {
        services.AddSingleton<WidgetBundle>();
        return services;
    }

    /// <summary>The demo page at <c>/</c> and the other files of wwwroot, with the widget's cache and CSP rules.</summary>
    public static IApplicationBuilder UseWidgetStaticFiles(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var widget = app.ApplicationServices.GetRequiredService<IOptions<WidgetOptions>>().Value;
        var demoPagePolicy = DemoPagePolicy(widget);
        app.UseDefaultFiles();
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                var name = file.File.Name;
                if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = demoPagePolicy;
                    headers.CacheControl = "no-cache";
                }
                else if (name.StartsWith("favicon.", StringComparison.OrdinalIgnoreCase))
                {
                    headers.CacheControl = "public, max-age=86400";
                }
                else
                {
                    // The bundle's plain URL and the demo page's script: always revalidated (ETag), never stale.
                    headers.CacheControl = "no-cache";
                }
            },
        });
    }

    public static IEndpointRouteBuilder MapWidgetAssets(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/widget.js", ServeWidgetScript).ExcludeFromDescription();
        endpoints.MapGet("/lib/webchat/webchat.{fingerprint}.js", ServeBundle).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>
    /// What the demo page may load: its own scripts, Web Chat's injected styles, images from the host (charts) and
    /// data/blob URLs (Web Chat's avatars and uploads), the Direct Line calls and WebSocket back to the host; and who
    /// may frame it (<c>Widget:AllowedOrigins</c>, or any site).
    /// </summary>
    public static string DemoPagePolicy(WidgetOptions widget)
    {
        ArgumentNullException.ThrowIfNull(widget);
        var ancestors = FrameAncestors.Sources(widget);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors " + ancestors;
    }

    private static IResult ServeWidgetScript(HttpContext context, WidgetBundle bundle)
    {
        if (bundle.WidgetScript is not { } script)
        {
            return Results.NotFound();
        }

        var response = context.Response;
        response.Headers.CacheControl = $"public, max-age={(int)WidgetScriptMaxAge.TotalSeconds}";
        response.Headers[TimingAllowOrigin] = "*";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.ETag = script.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(script.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var encoding = ChooseEncoding(context.Request, brotli: true, gzip: true);
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        return Results.Bytes(encoding switch { "br" => script.Brotli, "gzip" => script.Gzip, _ => script.Identity }, JavaScript);
    }

    private static IResult ServeBundle(HttpContext context, string fingerprint, WidgetBundle bundle)
    {
        if (bundle.Bundle is not { } files)
        {
            return Results.NotFound();
        }

        if (!string.Equals(fingerprint, files.Fingerprint, StringComparison.Ordinal))
        {
            // A widget.js cached before an upgrade asks for the old bundle: send it to the current one (not cached).
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Redirect(context.Request.PathBase + bundle.BundleUrl);
        }

        var response = context.Response;
        response.Headers.CacheControl = Immutable;
        response.Headers[TimingAllowOrigin] = "*";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        var encoding = ChooseEncoding(context.Request, files.Brotli is not null, files.Gzip is not null);
        var path = encoding switch { "br" => files.Brotli!, "gzip" => files.Gzip!, _ => files.Identity };
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        // Each encoding is its own representation, so each has its own validator.
        var etag = new EntityTagHeaderValue($"\"{files.Fingerprint}-{encoding ?? "identity"}\"");
        return Results.File(path, JavaScript, lastModified: files.LastModified, entityTag: etag);
    }

    /// <summary>br when the browser takes it, else gzip, else none (null); a q=0 refuses an encoding.</summary>
    internal static string? ChooseEncoding(HttpRequest request, bool brotli, bool gzip)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Takes(string name) => accepted.Any(a =>
            (a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value.Equals("*", StringComparison.Ordinal)) && (a.Quality ?? 1) > 0);
        return brotli && Takes("br") ? "br" : gzip && Takes("gzip") ? "gzip" : null;
    }
}
