using IepNavigator.DirectLine.Tests.TestHost;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>Checklist 5–8, 16: ids, the echo, channelData, timestamps, watermarks, replies.</summary>
public sealed class ActivityTests
{
    [Fact]
    public async Task Post_ReturnsTheFirstId_AndTheEchoAndTheBotCarryThatSameId()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);

        var id = await session.PostAsync(Session.Message("hello", "client-1"));

        Assert.Equal(session.ConversationId + "|0000001", id);
        Assert.Equal(id, host.Bot.Received.Single(a => a.Type == "message").Id);
        var (activities, _) = await session.GetActivitiesAsync();
        Assert.Equal(id, (string)activities[0]["id"]!);
    }

    [Fact]
    public async Task Echo_KeepsChannelDataExactly_AndStampsTheBoundUser()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        var channelData = Json.Parse("""
            {"clientActivityID":"abc-1","postBack":true,"when":"2026-11-26T10:00:00.123+01:00","amount":1.10,"nested":{"list":[1,"two",null]}}
            """);
        var message = Session.Message("hello", "ignored");
        message["channelData"] = channelData;

        await session.PostAsync(message);

        var (activities, _) = await session.GetActivitiesAsync();
        var echo = (JObject)activities[0];
        Assert.Equal(channelData.ToString(Formatting.None), echo["channelData"]!.ToString(Formatting.None));
        var bound = host.Bot.Received.Single(a => a.Type == "conversationUpdate").From.Id;
        Assert.Equal(bound, (string)echo["from"]!["id"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal("directline", (string)echo["channelId"]!);
        Assert.Null(echo["serviceUrl"]);
    }

    [Fact]
    public async Task BotReply_ComesBackWithReplyToId_BotRole_AndInOrder()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);

        var first = await session.PostAsync(Session.Message("one", "c1"));
        var second = await session.PostAsync(Session.Message("two", "c2"));

        var (activities, _) = await session.GetActivitiesAsync();
        Assert.Equal(["one", "echo: one", "two", "echo: two"], activities.Select(a => (string)a["text"]!));
        Assert.Equal(first, (string)activities[1]["replyToId"]!);
        Assert.Equal(second, (string)activities[3]["replyToId"]!);
        Assert.Equal("bot", (string)activities[1]["from"]!["role"]!);
        Assert.Equal(session.ConversationId + "|0000002", (string)activities[1]["id"]!);
    }

    [Fact]
    public async Task Timestamps_AreUtcAndNonDecreasing_EvenWhenTheClockStepsBack()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("one", "c1"));
        host.Clock.AdjustTime(host.Clock.GetUtcNow().AddMinutes(-5));
        await session.PostAsync(Session.Message("two", "c2"));

        var (activities, _) = await session.GetActivitiesAsync();
        var stamps = activities.Select(a => DateTimeOffset.Parse((string)a["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(stamps, s => Assert.Equal(TimeSpan.Zero, s.Offset));
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.First < p.Second), "Timestamps must increase in watermark order.");
    }

    [Fact]
    public async Task GetActivities_EmptyWatermarkReturnsAll_ThenTheSameWatermarkReturnsNothing()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("one", "c1"));

        var (all, watermark) = await session.GetActivitiesAsync("");
        Assert.Equal(2, all.Count);
        Assert.Equal("2", watermark);

        var (none, same) = await session.GetActivitiesAsync(watermark);
        Assert.Empty(none);
        Assert.Equal(watermark, same);

        await session.PostAsync(Session.Message("two", "c2"));
        var (next, _) = await session.GetActivitiesAsync(watermark);
        Assert.Equal(["two", "echo: two"], next.Select(a => (string)a["text"]!));
    }

    [Fact]
    public async Task Typing_NeverEntersHistory()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(new JObject { ["type"] = "typing", ["channelData"] = new JObject { ["clientActivityID"] = "t1" } });
        await session.PostAsync(Session.Message("typing", "c1"));

        var (activities, _) = await session.GetActivitiesAsync();
        Assert.DoesNotContain(activities, a => (string)a["type"]! == "typing");
        Assert.Equal(["typing", "typed"], activities.Select(a => (string)a["text"]!));
    }

    [Fact]
    public async Task BotTurnFailure_ApologisesInTheConversation_LogsNoText_AndTheNextTurnWorks()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);

        await session.PostAsync(Session.Message("fail", "c1"));
        await session.PostAsync(Session.Message("after", "c2"));

        var (activities, _) = await session.GetActivitiesAsync();
        var texts = activities.Select(a => (string)a["text"]!).ToList();
        Assert.Equal(4, texts.Count);
        Assert.StartsWith("Sorry", texts[1], StringComparison.Ordinal);
        Assert.Equal("echo: after", texts[3]);
        Assert.Contains(host.Logs.Lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("the parent wrote", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NothingTheParentWrites_AppearsInTheLogs_EvenAtDebugLevel()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await using var stream = await StreamClient.OpenAsync(host, session.StreamUrl);

        await session.PostAsync(Session.Message("my son Zebulon was born 2015-03-04", "c1"));
        await stream.ReadUntilAsync(a => ((string?)a["text"])?.StartsWith("echo:", StringComparison.Ordinal) == true);
        await session.GetActivitiesAsync();

        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("Zebulon", StringComparison.Ordinal) || l.Contains("2015-03-04", StringComparison.Ordinal));
    }
}
