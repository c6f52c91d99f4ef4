using System.Net;
using IepNavigator.DirectLine.Tests.TestHost;

namespace IepNavigator.DirectLine.Tests;

/// <summary>
/// A page on another site embeds the widget: every preflight Web Chat 4.18 makes is answered for the exact headers
/// its bundle sends (DirectLineJS + RxJS ajax: accept, authorization, content-type, x-ms-bot-agent, x-requested-with),
/// and <c>Widget:AllowedOrigins</c> limits which sites may, over HTTP and on the WebSocket.
/// </summary>
public sealed class CorsTests
{
    private const string Site = "https://advocacy.example";
    private const string WebChatHeaders = "accept,authorization,content-type,x-ms-bot-agent,x-requested-with";

    public static TheoryData<string, string, string> WebChatCalls => new()
    {
        { "POST", "/v3/directline/conversations", WebChatHeaders },                       // start
        { "GET", "/v3/directline/conversations/c1?watermark=", WebChatHeaders },            // resume, reconnect
        { "GET", "/v3/directline/conversations/c1/activities?watermark=", "accept,authorization,x-ms-bot-agent,x-requested-with" }, // polling
        { "POST", "/v3/directline/conversations/c1/activities", "authorization,content-type,x-ms-bot-agent,x-requested-with" },
        { "POST", "/v3/directline/conversations/c1/upload?userId=dl_1", "authorization,x-ms-bot-agent,x-requested-with" },
        { "POST", "/v3/directline/tokens/refresh", "authorization,x-ms-bot-agent,x-requested-with" },
        { "POST", "/api/widget/token", "content-type" },                                    // widget.js
    };

    [Theory]
    [MemberData(nameof(WebChatCalls))]
    public async Task Preflight_ForEachCallWebChatMakes_AllowsItsMethodAndHeaders(string method, string path, string headers)
    {
        await using var host = await DirectLineTestHost.StartAsync();

        using var response = await PreflightAsync(host, path, method, headers, Site);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        var allowedHeaders = Single(response, "Access-Control-Allow-Headers").ToUpperInvariant().Split(',');
        foreach (var header in headers.ToUpperInvariant().Split(','))
        {
            Assert.Contains(header, allowedHeaders);
        }

        Assert.Contains(method, Single(response, "Access-Control-Allow-Methods").Split(','));
        // Cached by the browser, so each URL costs one preflight per page visit at most.
        Assert.Equal("7200", Single(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task CrossOriginPost_ExposesRetryAfter_ForDirectLineJsBackOff()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Add("Origin", Site);
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("RETRY-AFTER", Single(response, "Access-Control-Expose-Headers").ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedOrigins_AnsweredForTheListedSite_NotForAnother()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["Widget:AllowedOrigins:0"] = "HTTPS://Advocacy.example/" });

        using var listed = await PreflightAsync(host, "/v3/directline/conversations", "POST", WebChatHeaders, "https://advocacy.example");
        using var other = await PreflightAsync(host, "/v3/directline/conversations", "POST", WebChatHeaders, "https://elsewhere.example");
        using var token = await PreflightAsync(host, "/api/widget/token", "POST", "content-type", "https://elsewhere.example");

        Assert.Equal("https://advocacy.example", Single(listed, "Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(token.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://advocacy.example", true)]
    [InlineData("http://localhost", true)]          // the host's own pages (the demo page)
    [InlineData("https://elsewhere.example", false)]
    public async Task AllowedOrigins_AlsoDecideWhoMayOpenTheStream(string origin, bool accepted)
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["Widget:AllowedOrigins:0"] = Site });
        var session = await Session.StartAsync(host);
        var client = host.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Origin = origin;

        if (accepted)
        {
            using var socket = await client.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
            Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
        }
        else
        {
            var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => client.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None));
            Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AllowedOrigins_NotAnOrigin_FailsAtStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["Widget:AllowedOrigins:0"] = "advocacy.example/chat" }));
        Assert.Contains("Widget:AllowedOrigins", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(DirectLineTestHost host, string path, string method, string headers, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await host.Client.SendAsync(request);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(",", values) : "";
}
