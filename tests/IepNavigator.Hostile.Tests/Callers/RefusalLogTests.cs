using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Hostile.Tests.Callers;

/// <summary>
/// What an operator's log holds (issue 21, item 9): a refused request is one Warning line with no stack trace, and a
/// conversation's id is not written at Information or above (it is the key to a parent's chat history).
/// </summary>
public sealed class RefusalLogTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiNmYxZjhhM2UtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAyMWFhIn0.")]
    public async Task RejectedToken_IsOneWarningLine_WithoutAStackTrace(string? authorization)
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled())
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "6f1f8a3e-0000-4000-8000-0000000021aa",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        }, environment: "Production");
        var http = host.CreateBoundedClient();
        var chat = new ChatClient(http, "forged-teams", "29:someone");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new ByteArrayContent(BotCallerTests.Body(chat, "hi")),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(host.Logs.WarningsDuring("/api/messages"));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Null(line.Exception);
        Assert.DoesNotContain("   at ", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Exception is not null && e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Conversations_OverBothChannels_LeaveNoConversationIdInInformationLogs()
    {
        using var host = new HostileHost(HostileHost.Unthrottled());
        var http = host.CreateBoundedClient();
        var chat = new ChatClient(http, "conversation-id-canary-5f2b", "parent-canary");
        await chat.SayAsync("hi");
        await chat.SayAsync("my son needs help with reading");
        var session = await DirectLineSession.TryStartAsync(http);
        Assert.NotNull(session);
        await session.SayAndAwaitReplyAsync("hi", TimeSpan.FromSeconds(15));
        await session.ReadAsync(null);

        foreach (var id in new[] { chat.ConversationId, session.ConversationId })
        {
            Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Information && e.Line.Contains(id, StringComparison.Ordinal));
        }
    }
}
