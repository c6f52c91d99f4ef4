using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IepNavigator.Web.Tests.Widget;

/// <summary>
/// What a page embedding the widget downloads: widget.js short-cached and precompressed, Web Chat's bundle under a
/// fingerprinted URL cached for a year (brotli 0.64 MB instead of 3.9 MB), the demo page with its CSP. Needs the
/// bundle fetched (eng/webchat/fetch-webchat.sh, which eng/test.sh runs).
/// </summary>
public sealed partial class WidgetAssetTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task WidgetScript_IsShortCached_Precompressed_AndNamesTheFingerprintedBundle()
    {
        using var client = host.CreateClient();
        using var plain = await GetAsync(client, "/widget.js", "identity");
        using var brotli = await GetAsync(client, "/widget.js", "gzip, deflate, br");
        var text = await plain.Content.ReadAsStringAsync();

        Assert.Equal("public, max-age=300", plain.Headers.CacheControl?.ToString());
        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Decompress(await brotli.Content.ReadAsByteArrayAsync(), "br"));
        Assert.Matches(FingerprintedBundle(), text);
        Assert.DoesNotContain("'/lib/webchat/webchat.js'", text, StringComparison.Ordinal);

        // A second visit within the cache time asks nothing; after it, a revalidation costs no body.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        again.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br;q=0", "gzip")]
    [InlineData("identity", null)]
    public async Task Bundle_AtItsFingerprintedUrl_IsImmutable_InTheBestEncodingTheBrowserTakes(string acceptEncoding, string? expected)
    {
        using var client = host.CreateClient();
        var url = await BundleUrlAsync(client);

        using var response = await GetAsync(client, url, acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        var original = expected is null ? body : Decompress(body, expected);
        // The URL names the content: the fingerprint is the start of the plain bundle's SHA-256.
        Assert.StartsWith(FingerprintedBundle().Match(url).Groups["fingerprint"].Value, Convert.ToHexStringLower(SHA256.HashData(original)), StringComparison.Ordinal);
        if (expected == "br")
        {
            Assert.True(body.Length < original.Length / 4, $"brotli {body.Length:N0} bytes of {original.Length:N0}");
        }
    }

    [Fact]
    public async Task Bundle_AtAnOldFingerprint_RedirectsToTheCurrentOne()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var current = await BundleUrlAsync(client);

        using var response = await GetAsync(client, "/lib/webchat/webchat.0000000000000000.js", "br");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(current, response.Headers.Location?.ToString());
        Assert.NotEqual("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task DemoPage_AnySiteMayFrameIt_ByDefault_AndItHasAFaviconAndTheSnippetScript()
    {
        using var client = host.CreateClient();
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("rel=\"icon\" href=\"/favicon.svg\"", html, StringComparison.Ordinal);
        using var favicon = await client.GetAsync(new Uri("/favicon.svg", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        using var demo = await client.GetAsync(new Uri("/demo.js", UriKind.Relative));
        Assert.Contains("window.location.origin + '/widget.js", await demo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoPage_WithAllowedOrigins_MayBeFramedOnlyByThem()
    {
        using var limited = host.WithWebHostBuilder(b => b.UseSetting("Widget:AllowedOrigins:0", "https://advocacy.example"));
        using var client = limited.CreateClient();
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://advocacy.example", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors *", policy, StringComparison.Ordinal);
    }

    private static async Task<string> BundleUrlAsync(HttpClient client)
    {
        using var widget = await GetAsync(client, "/widget.js", "identity");
        var match = FingerprintedBundle().Match(await widget.Content.ReadAsStringAsync());
        Assert.True(match.Success, "widget.js names no fingerprinted bundle: run eng/webchat/fetch-webchat.sh");
        return match.Value;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("/lib/webchat/webchat\\.(?<fingerprint>[0-9a-f]{16})\\.js")]
    private static partial Regex FingerprintedBundle();
}
