using IepNavigator.DirectLine.Conversations;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.DirectLine.Tests;

/// <summary>The in-memory log's bounds.</summary>
public sealed class ConversationLogTests
{
    private readonly FakeTimeProvider _clock = new();

    private InMemoryConversationLog Create(int perConversation, int conversations) =>
        new(Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = perConversation, MaxConversations = conversations }), _clock);

    [Fact]
    public async Task KeepsOnlyTheNewestActivities_ButWatermarksKeepCounting()
    {
        var log = Create(perConversation: 3, conversations: 10);
        await log.GetOrCreateAsync("c", "u", default);
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync("c", new Activity(ActivityTypes.Message) { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, store: true, default);
        }

        var page = await log.ReadAfterAsync("c", null, default);
        Assert.Equal(["3", "4", "5"], page.Activities.Select(a => a.Text));
        Assert.Equal(5, page.Watermark);
    }

    [Fact]
    public async Task DropsTheLeastRecentlyActiveConversation_WhenFull()
    {
        var log = Create(perConversation: 10, conversations: 2);
        await log.GetOrCreateAsync("old", "u", default);
        await log.GetOrCreateAsync("busy", "u", default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await log.AppendAsync("busy", new Activity(ActivityTypes.Message), store: true, default);
        await log.GetOrCreateAsync("new", "u", default);

        Assert.Null(await log.FindAsync("old", default));
        Assert.NotNull(await log.FindAsync("busy", default));
        Assert.NotNull(await log.FindAsync("new", default));
    }
}
