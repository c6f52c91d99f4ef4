using System.Net;
using IepNavigator.DirectLine.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>Checklist 10–13 over the WebSocket stream.</summary>
public sealed class StreamTests
{
    [Fact]
    public async Task RepliesSentBeforeTheSocketOpens_AreDeliveredOnOpen_ThenNewOnesArePushed()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        var first = await session.PostAsync(Session.Message("one", "c1"));

        await using var stream = await StreamClient.OpenAsync(host, session.StreamUrl);
        var backlog = await stream.ReadFrameAsync();
        Assert.Equal(["one", "echo: one"], ((JArray)backlog!["activities"]!).Select(a => (string)a["text"]!));
        Assert.Equal("2", (string)backlog["watermark"]!);

        var second = await session.PostAsync(Session.Message("two", "c2"));
        var seen = await stream.ReadUntilAsync(a => (string?)a["text"] == "echo: two");
        Assert.Equal(["two", "echo: two"], seen.Select(a => (string)a["text"]!));
        Assert.Equal("c2", (string)seen[0]["channelData"]!["clientActivityID"]!);
        Assert.Equal(second, (string)seen[0]["id"]!);
        Assert.Equal(second, (string)seen[1]["replyToId"]!);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task ReconnectWithAWatermark_ReplaysExactlyWhatFollowedIt()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("one", "c1"));
        await session.PostAsync(Session.Message("two", "c2"));

        using var resumed = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{session.ConversationId}?watermark=2", session.Token);
        var streamUrl = (string)Json.Parse(await resumed.Content.ReadAsStringAsync())["streamUrl"]!;
        await using var stream = await StreamClient.OpenAsync(host, streamUrl);

        var replay = await stream.ReadFrameAsync();
        Assert.Equal(["two", "echo: two"], ((JArray)replay!["activities"]!).Select(a => (string)a["text"]!));
        Assert.Equal("4", (string)replay["watermark"]!);
    }

    [Fact]
    public async Task Typing_GoesToTheLiveSocketWithoutAWatermark()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await using var stream = await StreamClient.OpenAsync(host, session.StreamUrl);

        await session.PostAsync(Session.Message("typing", "c1"));
        var frames = new List<JObject>();
        while (frames.Count == 0 || (string?)frames[^1]["activities"]![0]!["text"] != "typed")
        {
            frames.Add((await stream.ReadFrameAsync())!);
        }

        var typing = Assert.Single(frames, f => (string)f["activities"]![0]!["type"]! == "typing");
        Assert.Null(typing["watermark"]);
        Assert.False(string.IsNullOrEmpty((string?)typing["activities"]![0]!["id"]));
    }

    [Fact]
    public async Task ClientKeepAliveFrames_AreIgnored()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await using var stream = await StreamClient.OpenAsync(host, session.StreamUrl);

        await stream.SendTextAsync("");
        await session.PostAsync(Session.Message("still there", "c1"));

        var seen = await stream.ReadUntilAsync(a => (string?)a["text"] == "echo: still there");
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task ABotFailure_KeepsTheSocketOpen()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await using var stream = await StreamClient.OpenAsync(host, session.StreamUrl);

        await session.PostAsync(Session.Message("fail", "c1"));
        await session.PostAsync(Session.Message("after", "c2"));

        var seen = await stream.ReadUntilAsync(a => (string?)a["text"] == "echo: after");
        Assert.Equal(4, seen.Count);
    }

    [Fact]
    public async Task AStreamUrlForAnotherConversation_IsRefusedBeforeTheUpgrade()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await Session.StartAsync(host);
        var theirs = await Session.StartAsync(host);
        var forged = theirs.StreamUrl.Replace(theirs.Token, Uri.EscapeDataString(mine.Token), StringComparison.Ordinal);
        Assert.NotEqual(theirs.StreamUrl, forged);

        await Assert.ThrowsAnyAsync<Exception>(() => StreamClient.OpenAsync(host, forged));
        using var plain = await Session.SendAsync(host, HttpMethod.Get, new Uri(forged).PathAndQuery.Replace("/v3/directline/", "", StringComparison.Ordinal), bearer: null);
        Assert.Equal(HttpStatusCode.Forbidden, plain.StatusCode);
    }
}
