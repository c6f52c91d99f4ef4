using IepNavigator.DirectLine.Bot;
using IepNavigator.DirectLine.Tests.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.DirectLine.Tests;

/// <summary>A proactive message (a deadline reminder, say) through the embedded adapter reaches the conversation.</summary>
public sealed class ProactiveTests
{
    [Fact]
    public async Task ContinueConversation_WithAStoredReference_AppendsTheMessageForTheClient()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await Session.StartAsync(host);
        await session.PostAsync(Session.Message("hello", "c1"));
        var reference = host.Bot.Received.Single(a => a.Type == ActivityTypes.Message).GetConversationReference();

        var adapter = host.Services.GetRequiredService<EmbeddedChannelAdapter>();
        await adapter.ContinueConversationAsync(string.Empty, reference, (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("reminder"), ct), CancellationToken.None);

        var (activities, _) = await session.GetActivitiesAsync();
        var last = activities[activities.Count - 1];
        Assert.Equal("reminder", (string)last["text"]!);
        Assert.Equal("bot", (string)last["from"]!["role"]!);
    }
}
