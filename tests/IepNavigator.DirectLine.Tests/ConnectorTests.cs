using IepNavigator.DirectLine.Tests.TestHost;

namespace IepNavigator.DirectLine.Tests;

/// <summary>Checklist 16–17: the Bot Connector calls a C# bot makes, answered in memory.</summary>
public sealed class ConnectorTests
{
    [Fact]
    public async Task UpdateActivity_ReplacesTheReplyUnderTheSameId()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("edit", "c1"));

        var (activities, _) = await session.GetActivitiesAsync();
        Assert.Equal(["edit", "final"], activities.Select(a => (string)a["text"]!));
        Assert.Equal(session.ConversationId + "|0000002", (string)activities[1]["id"]!);
    }

    [Fact]
    public async Task DeleteActivity_RemovesItFromHistory()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("delete", "c1"));

        var (activities, _) = await session.GetActivitiesAsync();
        Assert.Equal(["delete", "deleted"], activities.Select(a => (string)a["text"]!));
    }

    [Fact]
    public async Task GetMembers_ListsTheParentAndTheBot()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("members", "c1"));

        var user = host.Bot.Received[0].From.Id;
        var (activities, _) = await session.GetActivitiesAsync();
        Assert.Equal($"{user},iep-navigator", (string)activities[1]["text"]!);
    }
}
