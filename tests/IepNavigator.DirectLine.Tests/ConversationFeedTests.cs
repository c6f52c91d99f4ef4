using IepNavigator.DirectLine.Conversations;
using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Tests;

/// <summary>The live push to sockets: every subscriber gets each activity; leaving cleans up.</summary>
public sealed class ConversationFeedTests
{
    private static LoggedActivity Logged(long sequence) => new(new Activity(ActivityTypes.Message) { Id = "c|" + sequence }, sequence, Stored: true);

    [Fact]
    public void EverySubscriberOfTheConversation_GetsEachActivity_AndOthersDoNot()
    {
        var feed = new ConversationFeed();
        using var first = feed.Subscribe("c");
        using var second = feed.Subscribe("c");
        using var other = feed.Subscribe("d");

        feed.Publish("c", Logged(1));

        Assert.True(first.Reader.TryRead(out var a) && a.Sequence == 1);
        Assert.True(second.Reader.TryRead(out var b) && b.Sequence == 1);
        Assert.False(other.Reader.TryRead(out _));
    }

    [Fact]
    public void TheLastSubscriberLeaving_RemovesTheConversation_AndANewSubscriberStillReceives()
    {
        var feed = new ConversationFeed();
        var gone = feed.Subscribe("c");
        gone.Dispose();
        Assert.Equal(0, feed.SubscriberCount("c"));
        Assert.True(gone.Reader.Completion.IsCompleted);

        using var next = feed.Subscribe("c");
        feed.Publish("c", Logged(2));

        Assert.True(next.Reader.TryRead(out var received) && received.Sequence == 2);
    }
}
