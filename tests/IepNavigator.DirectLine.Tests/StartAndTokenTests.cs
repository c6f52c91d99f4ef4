using System.Net;
using System.Text;
using IepNavigator.DirectLine.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>Checklist 1–4, 10, 18: start, tokens, refresh, resume, the start conversationUpdate.</summary>
public sealed class StartAndTokenTests
{
    [Fact]
    public async Task Start_WithEmptyUser_Returns201_AndTheSameTokenAgainReturns200ForTheSameConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        Assert.False(string.IsNullOrEmpty(session.Token));
        Assert.StartsWith("ws://", session.StreamUrl, StringComparison.Ordinal);

        using var again = await Session.SendAsync(host, HttpMethod.Post, "conversations", session.Token, """{"user":{}}""");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = Json.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        Assert.True((int)body["expires_in"]! >= 1800);
    }

    [Fact]
    public async Task Start_TellsTheBotWithAConversationUpdate_ThatTheClientNeverReceives()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);

        var update = Assert.Single(host.Bot.Received);
        Assert.Equal("conversationUpdate", update.Type);
        Assert.Equal(session.ConversationId, update.Conversation.Id);
        Assert.False(string.IsNullOrEmpty(update.From?.Id));
        Assert.Equal("iep-navigator", update.Recipient.Id);
        Assert.False(string.IsNullOrEmpty(update.ServiceUrl));
        Assert.Contains(update.MembersAdded, m => m.Id == update.From!.Id);

        var (activities, _) = await session.GetActivitiesAsync();
        Assert.Empty(activities);
    }

    [Fact]
    public async Task Generate_WithUserId_PutsItInTheJwt_AndTheBotSeesItOnEveryActivity()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generated = await Session.SendAsync(host, HttpMethod.Post, "tokens/generate", DirectLineTestHost.Secret, """{"user":{"id":"dl_x"}}""");
        var token = (string)Json.Parse(await generated.Content.ReadAsStringAsync())["token"]!;

        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        Assert.Equal("dl_x", (string)Json.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)))["user"]!);

        using var started = await Session.SendAsync(host, HttpMethod.Post, "conversations", token, """{"user":{"id":"dl_other"}}""");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = Json.Parse(await started.Content.ReadAsStringAsync());
        var session = new Session(host, (string)body["conversationId"]!, (string)body["token"]!, (string)body["streamUrl"]!);
        await session.PostAsync(Session.Message("hi", "c1"));

        Assert.All(host.Bot.Received, a => Assert.Equal("dl_x", a.From.Id));
    }

    [Fact]
    public async Task Generate_WithAConversationToken_IsRefused()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        using var response = await Session.SendAsync(host, HttpMethod.Post, "tokens/generate", session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ReturnsANewTokenForTheSameConversation_ThatOutlivesTheOld()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        host.Clock.Advance(TimeSpan.FromMinutes(20));

        using var refreshed = await Session.SendAsync(host, HttpMethod.Post, "tokens/refresh", session.Token);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = Json.Parse(await refreshed.Content.ReadAsStringAsync());
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        Assert.True((int)body["expires_in"]! >= 1800);

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var renewed = new Session(host, session.ConversationId, (string)body["token"]!, session.StreamUrl);
        await renewed.GetActivitiesAsync();
        using var old = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{session.ConversationId}/activities", session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    [Fact]
    public async Task Refresh_WithTheSecret_IsRefused()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var response = await Session.SendAsync(host, HttpMethod.Post, "tokens/refresh", DirectLineTestHost.Secret);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Resume_ReturnsAFreshTokenAndAStreamUrl_CarryingTheWatermark()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("one", "c1"));

        using var resumed = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{session.ConversationId}?watermark=2", session.Token);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var body = Json.Parse(await resumed.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.Contains("watermark=2", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
    }

    [Fact]
    public async Task Resume_OfAConversationLostFromMemory_StartsItAgainForTheTokenHolder()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generated = await Session.SendAsync(host, HttpMethod.Post, "tokens/generate", DirectLineTestHost.Secret);
        var body = Json.Parse(await generated.Content.ReadAsStringAsync());

        using var resumed = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{(string)body["conversationId"]!}", (string)body["token"]!);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal("conversationUpdate", Assert.Single(host.Bot.Received).Type);
    }
}
