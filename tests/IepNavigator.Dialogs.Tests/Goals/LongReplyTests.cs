using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Dialogs.Tests.Presentation;
using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>The bot itself splits any reply longer than its channel takes: at sentence ends, buttons on the last part.</summary>
public sealed class LongReplyTests
{
    [Theory]
    [InlineData("sms")]
    [InlineData("facebook")]
    [InlineData("test")]
    public async Task AReplyLongerThanTheChannelTakes_ArrivesAsSeveralMessages_CutAtSentenceEnds(string channel)
    {
        var sentences = Enumerable.Range(1, 120).Select(i => $"This is sentence {i} of a long answer, with a number like 40.6 and e.g. an abbreviation.");
        var longText = string.Join(" ", sentences);
        var content = new GoalChatContent(new GoalChatDocument
        {
            Phrases = new() { ["check"] = ["check my goals"] },
            Messages = new() { ["button.checkGoals"] = "Check my IEP goals", ["check.askPaste"] = longText },
        });
        using var harness = new GoalHarness(content: content);

        var replies = await harness.Client(channelId: channel).SendAsync("check my goals");

        var limit = ChannelTextLimits.For(channel);
        Assert.True(replies.Count >= longText.Length / limit, $"{replies.Count} messages of at most {limit}");
        Assert.All(replies, r => Assert.True(r.Text.Length <= limit, $"{r.Text.Length} > {limit}"));
        Assert.All(replies, r => Assert.EndsWith("an abbreviation.", r.Text, StringComparison.Ordinal));
        Assert.Equal(MessageSplitterTests.Collapse([longText]), MessageSplitterTests.Collapse(replies.Select(r => r.Text)));
    }
}
