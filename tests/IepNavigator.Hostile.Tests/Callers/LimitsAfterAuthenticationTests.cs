using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Hostile.Tests.Callers;

/// <summary>
/// Per-user turn limits count only a checked identity (issue 21, item 4): forged activities that name a parent's
/// id spend none of that parent's turns, and a Direct Line token is one budget however its header is spelt.
/// </summary>
public sealed class LimitsAfterAuthenticationTests
{
    private const int Turns = 3;

    private static Dictionary<string, string?> Limits(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Limits:PermitsPerUserPerWindow"] = Turns.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:PermitsPerIpPerWindow"] = "100000",
            ["Limits:Window"] = "00:10:00",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }

    [Fact]
    public async Task ForgedActivities_NamingAParent_AreRefused_AndTheParentsOwnTurnsGoThrough()
    {
        using var host = new HostileHost(
            Limits(new() { ["MicrosoftAppId"] = "6f1f8a3e-0000-4000-8000-0000000021aa", ["MicrosoftAppPassword"] = "not-used" }),
            services => services.AddSingleton<BotFrameworkAuthentication, TrustedChannelAuthentication>());
        var http = host.CreateBoundedClient();
        var parent = new ChatClient(http, "teams-1to1", "29:victim");

        for (var i = 0; i < 60; i++)
        {
            foreach (var header in new[] { null, "Bearer forged", "Bearer " + TrustedChannelAuthentication.ValidToken + "x" })
            {
                using var forged = await PostAsync(http, BotCallerTests.Body(parent, "delete my data"), header);
                Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
            }
        }

        for (var i = 0; i < Turns; i++)
        {
            using var real = await PostAsync(http, BotCallerTests.Body(parent, "hi"), "Bearer " + TrustedChannelAuthentication.ValidToken);
            Assert.True(real.IsSuccessStatusCode, $"the parent's turn {i + 1} was answered {(int)real.StatusCode}");
        }
        // The parent's own budget is still counted.
        using var over = await PostAsync(http, BotCallerTests.Body(parent, "hi"), "Bearer " + TrustedChannelAuthentication.ValidToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
    }

    [Fact]
    public async Task UnsignedActivities_NamingAParent_FromAnotherAddress_DoNotSpendThatParentsTurns()
    {
        using var host = new HostileHost(Limits());
        var http = host.CreateBoundedClient();
        var parent = new ChatClient(http, "school-wifi", "parent-7");

        for (var i = 0; i < 20; i++)
        {
            using var forged = await PostAsync(http, BotCallerTests.Body(parent, "hi"), null, peer: "203.0.113.66");
            Assert.True((int)forged.StatusCode is 200 or 429, $"answered {(int)forged.StatusCode}");
        }

        for (var i = 0; i < Turns; i++)
        {
            using var real = await PostAsync(http, BotCallerTests.Body(parent, "hi"), null, peer: "198.51.100.7");
            Assert.True(real.IsSuccessStatusCode, $"the parent's turn {i + 1} was answered {(int)real.StatusCode}");
        }
    }

    [Fact]
    public async Task ChunkedActivities_CountAgainstTheSenderToo()
    {
        using var host = new HostileHost(Limits());
        var http = host.CreateBoundedClient();
        var parent = new ChatClient(http, "streaming-client", "parent-8");

        for (var i = 0; i < Turns; i++)
        {
            using var ok = await ChatClient.PostRawAsync(http, "/api/messages", BotCallerTests.Body(parent, "hi"), "application/json", chunked: true);
            Assert.True(ok.IsSuccessStatusCode, $"turn {i + 1} was answered {(int)ok.StatusCode}");
        }
        using var over = await ChatClient.PostRawAsync(http, "/api/messages", BotCallerTests.Body(parent, "hi"), "application/json", chunked: true);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
    }

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("BEARER {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} ")]
    public async Task DirectLineToken_SpeltAnotherWay_IsStillOneBudget(string spelling)
    {
        using var host = new HostileHost(Limits());
        var http = host.CreateBoundedClient();
        var session = await DirectLineSession.TryStartAsync(http);
        Assert.NotNull(session); // starting was the first counted post

        var message = Encoding.UTF8.GetBytes($$"""{"type":"message","from":{"id":"{{session.UserId}}"},"text":"hi"}""");
        for (var i = 1; i < Turns; i++)
        {
            using var ok = await session.PostActivityAsync(message, "application/json");
            Assert.True(ok.IsSuccessStatusCode, $"post {i + 1} was answered {(int)ok.StatusCode}");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{session.ConversationId}/activities", UriKind.Relative))
        {
            Content = new ByteArrayContent(message),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, session.Token));
        using var respelt = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, respelt.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, byte[] body, string? authorization, string? peer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        if (peer is not null)
        {
            request.Headers.Add(HostileHost.PeerHeader, peer);
        }
        return await http.SendAsync(request);
    }
}
