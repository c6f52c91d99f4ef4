using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>
/// A goal behind with an IEP meeting already set within policy setMeetingCoversRequestDays (45): the advice no longer
/// asks for a meeting, so "Draft the letter" drafts the parent concerns statement for the one that is set (it fell to
/// "later" before: found trying the bot as a parent).
/// </summary>
public sealed class MeetingSetVerdictLetterTests : IDisposable
{
    private readonly GoalHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task GoalBehind_MeetingSetIn20Days_DraftTheLetter_DraftsTheConcernsStatementForThatMeeting()
    {
        var client = _harness.Client();
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, "the IEP isn't working", ["Yes, some progress", "yes", "yes"]);
        Assert.NotNull(advice);
        // The harness's day is November 26, 2026: the meeting is 20 days ahead.
        await client.SendAsync("her IEP meeting is on December 16");
        await client.SendAsync("Check my IEP goals");
        await client.SendAsync(GoalConversationTests.ReadingGoal);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("Sept 1");
        IReadOnlyList<Microsoft.Bot.Schema.IMessageActivity> verdict = [];
        foreach (var (date, value, more) in new[] { ("Sept 29", "46", "yes"), ("Oct 27", "47", "yes"), ("Nov 20", "47", "no") })
        {
            await client.SendAsync(date);
            await client.SendAsync(value);
            await client.SendAsync("my own observation");
            verdict = await client.SendAsync(more);
        }
        Assert.StartsWith("**Goal 1: behind**", verdict.Single(r => r.Attachments?.Count > 0).Text);
        Assert.Contains("Draft the letter", verdict[^1].Buttons());

        await client.SendAsync("Draft the letter");

        Assert.Equal(new DateOnly(2026, 12, 16), _harness.Letter.Facts?.IepMeetingOn);
        Assert.Equal("parent-concerns-statement", _harness.Letter.Options?.LetterId);
        Assert.Equal("write-parent-concerns", _harness.Letter.Options?.StepId);
    }
}
