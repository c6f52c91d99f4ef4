using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests.Headers;

/// <summary>
/// Behind a TLS-offloading proxy (issue 21, item 8): with ForwardedHeaders on and the proxy trusted, the host sees the
/// client's address (the per-address limit counts each client, not the proxy) and the https scheme (the widget is
/// handed https/wss URLs); with it off, nobody's X-Forwarded-* is believed. Over a real loopback connection.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static Dictionary<string, string?> Settings(bool enabled) => new()
    {
        ["ForwardedHeaders:Enabled"] = enabled ? "true" : "false",
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["Limits:PermitsPerIpPerWindow"] = "2",
        ["Limits:PermitsPerUserPerWindow"] = "1000",
        ["Limits:Window"] = "00:10:00",
    };

    [Fact]
    public async Task FromATrustedProxy_TheClientsAddressAndSchemeAreBelieved()
    {
        using var host = new HostileHost(Settings(enabled: true));
        using var http = host.StartOnKestrel();

        using var first = await TokenAsync(http, "203.0.113.10");
        using var second = await TokenAsync(http, "203.0.113.10");
        using var third = await TokenAsync(http, "203.0.113.10");
        using var otherClient = await TokenAsync(http, "203.0.113.11");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        StartsWithHttps(await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task WithForwardedHeadersOff_NobodysWordIsTaken()
    {
        using var host = new HostileHost(Settings(enabled: false));
        using var http = host.StartOnKestrel();

        using var first = await TokenAsync(http, "203.0.113.10");
        using var second = await TokenAsync(http, "203.0.113.11");
        using var third = await TokenAsync(http, "203.0.113.12");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("http://", (string)JObject.Parse(await first.Content.ReadAsStringAsync())["domain"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode); // one address: the connection's
    }

    private static void StartsWithHttps(string body) =>
        Assert.StartsWith("https://", (string)JObject.Parse(body)["domain"]!, StringComparison.Ordinal);

    private static async Task<HttpResponseMessage> TokenAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/widget/token", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await http.SendAsync(request);
    }
}
