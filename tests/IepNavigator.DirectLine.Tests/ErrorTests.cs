using System.Net;
using IepNavigator.DirectLine.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>Checklist 2 and 9, plus the size and JSON limits: the statuses DLJS reacts to.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task MissingAuth_Is401()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var response = await Session.SendAsync(host, HttpMethod.Post, "conversations", bearer: null, """{"user":{}}""");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Is403TokenExpired_OnEveryCall()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        host.Clock.Advance(TimeSpan.FromMinutes(31));

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"conversations/{session.ConversationId}/activities"),
            (HttpMethod.Post, $"conversations/{session.ConversationId}/activities"),
            (HttpMethod.Get, $"conversations/{session.ConversationId}"),
            (HttpMethod.Post, "tokens/refresh"),
        })
        {
            using var response = await Session.SendAsync(host, method, path, session.Token, """{"type":"message","text":"x"}""");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("TokenExpired", (string)Json.Parse(await response.Content.ReadAsStringAsync())["error"]!["code"]!);
        }
    }

    [Fact]
    public async Task TokenForAnotherConversation_Is403_AndReadsNothing()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await Session.StartAsync(host);
        var theirs = await Session.StartAsync(host);
        await theirs.PostAsync(Session.Message("private", "c1"));

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"conversations/{theirs.ConversationId}/activities"),
            (HttpMethod.Post, $"conversations/{theirs.ConversationId}/activities"),
            (HttpMethod.Get, $"conversations/{theirs.ConversationId}"),
        })
        {
            using var response = await Session.SendAsync(host, method, path, mine.Token, """{"type":"message","text":"x"}""");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("private", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(host.Bot.Received, a => a.Conversation.Id == theirs.ConversationId && a.Text == "x");
    }

    [Fact]
    public async Task TamperedToken_Is403()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        var tampered = session.Token[..^2] + (session.Token[^2] == 'A' ? "BB" : "AA");
        using var response = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{session.ConversationId}/activities", tampered);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnknownConversation_Is404()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var read = await Session.SendAsync(host, HttpMethod.Get, "conversations/nope/activities", DirectLineTestHost.Secret);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        using var post = await Session.SendAsync(host, HttpMethod.Post, "conversations/nope/activities", DirectLineTestHost.Secret, """{"type":"message"}""");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task OversizedActivity_Is413_AndNeverReachesTheBot()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        var huge = Session.Message(new string('a', 5000), "c1");
        using var response = await Session.SendAsync(host, HttpMethod.Post, $"conversations/{session.ConversationId}/activities", session.Token, huge.ToString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(host.Bot.Received, a => a.Type == "message");
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"conversationUpdate\"}")]
    public async Task MalformedActivity_Is400(string body)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        using var response = await Session.SendAsync(host, HttpMethod.Post, $"conversations/{session.ConversationId}/activities", session.Token, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Preflight_AllowsTheHeadersWebChatSends()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, "conversations");
        request.Headers.Add("Origin", "https://advocacy.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        using var response = await host.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.Contains("X-MS-BOT-AGENT", allowed, StringComparison.Ordinal);
        Assert.Contains("AUTHORIZATION", allowed, StringComparison.Ordinal);
        Assert.Contains("CONTENT-TYPE", allowed, StringComparison.Ordinal);
    }
}
