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

        var client = harness.Client(channelId: channel);
        await client.JoinAsync(); // the chat opened (its welcome said), so the turn's replies are the long text's parts only

        var replies = await client.SendAsync("check my goals");

        var limit = ChannelTextLimits.For(channel);
        Assert.True(replies.Count >= longText.Length / limit, $"{replies.Count} messages of at most {limit}");
        Assert.All(replies, r => Assert.True(r.Text.Length <= limit, $"{r.Text.Length} > {limit}"));
        Assert.All(replies, r => Assert.EndsWith("an abbreviation.", r.Text, StringComparison.Ordinal));
        Assert.Equal(MessageSplitterTests.Collapse([longText]), MessageSplitterTests.Collapse(replies.Select(r => r.Text)));
    }

    [Theory]
    [InlineData("en-US", "sms")]
    [InlineData("es-US", "sms")]
    [InlineData("en-US", "facebook")]
    [InlineData("es-US", "test")]
    public async Task ALongGoalCheck_InEitherLanguage_IsSplitOnlyAtSentenceEnds(string locale, string channel)
    {
        // Vague goals make the longest generated explanations: every part missing, each with its question and a rewrite.
        string[] goals =
        [
            "Eli will demonstrate appropriate social skills with peers 80% of the time.",
            "Jordan will reduce off-task behavior.",
            "Mia will improve fine motor skills.",
            "Liam will improve his articulation skills.",
            "Maya will improve her reading comprehension skills to grade level.",
            "Ethan will improve math skills by one grade level.",
            "Jacob will improve his written expression.",
            "Grace will develop independent living skills.",
        ];
        using var harness = new GoalHarness();
        var client = harness.Client(locale, channel);
        await client.SendAsync(locale.StartsWith("es", StringComparison.Ordinal) ? "revisar mis metas del IEP" : "check my goals");

        var replies = await client.SendAsync(string.Join("\n\n", goals));

        var limit = ChannelTextLimits.For(channel);
        var checks = replies.Where(r => r.Text?.Length > 0).ToList();
        Assert.True(checks.Count >= 3, $"{checks.Count} messages");
        Assert.All(checks, r =>
        {
            Assert.True(r.Text.Length <= limit, $"{r.Text.Length} > {limit}");
            // A part ends where a sentence, a quoted rewrite or a list item does: never mid-sentence.
            Assert.Matches(@"[.?!:\]""”)*]\s*$", r.Text);
        });
    }
}
