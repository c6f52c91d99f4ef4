using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>The tracker handing over to the real letters flow: the letter it drafts carries what the tracker found.</summary>
public sealed class GoalLetterTests : IDisposable
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["childName"] = "Maya Lopez",
        ["childDateOfBirth"] = "March 4, 2017",
        ["school"] = "Lincoln Elementary",
        ["grade"] = "3rd",
        ["parentName"] = "Ana Lopez",
        ["parentEmail"] = "ana@example.org",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
    };

    private readonly GoalHarness _harness = new(realLetters: true);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task NoDataVerdict_DraftTheLetter_TheRealLettersFlowDraftsTheProgressDataRequestWithTheTrackersFacts()
    {
        var client = _harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "the IEP isn't working", ["Yes, some progress", "yes", "yes"]);
        await client.SendAsync("Check my IEP goals");
        await client.SendAsync(GoalConversationTests.ReadingGoal);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("May 1");
        await client.SendAsync("June 5");
        await client.SendAsync("48");
        await client.SendAsync("Progress report");
        await client.SendAsync("no");

        var replies = await client.SendAsync("Draft the letter");
        var template = new LetterTemplateCatalog().Find("progress-data-request")!;
        Assert.Contains(template.Title, replies.Joined());
        while (template.Fields.FirstOrDefault(f => f.Question == replies[^1].Text) is { } field)
        {
            replies = await client.SendAsync(Answers[field.Name]);
        }

        var order = Assert.Single(_harness.LetterLinks.Orders, o => o.Format == LetterFormat.Txt);
        Assert.Equal("progress-data-request", order.LetterId);
        Assert.False(order.Facts.HasProgressReports);
        var text = new LetterRenderer(new LetterTemplateCatalog()).RenderText(order.LetterId, order.Fields, order.Facts, order.Today).Value!;
        Assert.Contains("I have not received those reports.", text);
        // The tracker's numbers travel into the letter the chat drafts.
        Assert.True(order.Fields.TryGetValue("progressSummary", out var summary) && !string.IsNullOrWhiteSpace(summary));
        Assert.Contains("48", summary, StringComparison.Ordinal);
        Assert.Contains(summary!, text, StringComparison.Ordinal);
    }
}
