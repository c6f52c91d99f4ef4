using IepNavigator.DirectLine;
using IepNavigator.DirectLine.Widget;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

namespace IepNavigator.Web.Hosting.Security;

/// <summary>
/// Headers on every response, errors included (they are set as the response starts, whatever wrote it):
/// <list type="bullet">
/// <item>a Content-Security-Policy, unless the endpoint set its own (the widget's demo page does): for pages, same-origin scripts only, Web Chat's inline styles and blob:/data:
/// images, and <c>frame-ancestors</c> from <c>Widget:AllowedOrigins</c>; the advocate console never framed; the API
/// reference (Scalar) with the per-request script nonce it generated (and eval, which its bundle needs); everything
/// else (JSON, files, images)
/// <c>default-src 'none'</c>;</item>
/// <item>X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer (links carry tokens);</item>
/// <item>Cache-Control: no-store on the APIs and Direct Line unless an endpoint chose otherwise (letters, case
/// details and chat history must not outlive "delete my data" in a cache);</item>
/// <item>no Server header.</item>
/// </list>
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private const string ConsolePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private const string ResourcePolicy = "default-src 'none'; frame-ancestors 'none'";

    private readonly RequestDelegate next;
    private readonly string pagePolicy;
    private readonly string referencePolicyFormat;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<WidgetOptions> widget, IOptions<DirectLineOptions> directLine)
    {
        ArgumentNullException.ThrowIfNull(widget);
        ArgumentNullException.ThrowIfNull(directLine);
        this.next = next;
        // In Azure mode the widget talks to Azure's Direct Line (HTTPS and its WebSocket stream).
        var azure = directLine.Value.Mode == DirectLineMode.Azure
            ? $" {directLine.Value.AzureEndpoint.GetLeftPart(UriPartial.Authority)} wss://{directLine.Value.AzureEndpoint.Authority}"
            : string.Empty;
        var ancestors = FrameAncestors.Sources(widget.Value);
        // Web Chat styles itself with inline <style> (and so do the demo page and widget.js) and shows blob:/data: images.
        pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'" + azure + "; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors " + ancestors;
        // Scalar's bundle compiles code at run time (eval): allowed on the API reference only, which shows no case data
        // and is never framed.
        referencePolicyFormat = "default-src 'self'; script-src 'self' 'nonce-{0}' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    public Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    }

    private void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        // Scalar generates a nonce per request (WithNonce) and leaves it here for the policy.
        var nonce = http.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var value) ? value as string : null;
        var path = http.Request.Path;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.Remove(HeaderNames.Server);
        // Two CSP headers are both enforced: an endpoint that wrote the policy its page needs keeps it alone.
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers[HeaderNames.ContentSecurityPolicy] = path.StartsWithSegments("/advocates") ? ConsolePolicy
                : nonce is not null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, referencePolicyFormat, nonce)
                : IsHtml(http.Response.ContentType) ? pagePolicy
                : ResourcePolicy;
        }
        if ((path.StartsWithSegments("/api") || path.StartsWithSegments("/v3/directline")) && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers[HeaderNames.CacheControl] = "no-store";
        }
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
}
