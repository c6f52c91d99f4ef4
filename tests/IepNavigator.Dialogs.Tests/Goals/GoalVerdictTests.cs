using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>The verdict comes first, with its numbers, even with few points; the chart and its summary name the goal.</summary>
public sealed class GoalVerdictTests : IDisposable
{
    private readonly GoalHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task BaselineAndTwoReadings_SayLeaningBehindWithTheNumbers_AndTheChartNamesTheGoal()
    {
        var client = _harness.Client();
        await client.SendAsync("check my goals");
        await client.SendAsync(GoalConversationTests.ReadingGoal);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("Sept 1");
        foreach (var (date, value, more) in new[] { ("Oct 1", "46", "yes"), ("Nov 5", "47", "no") })
        {
            await client.SendAsync(date);
            await client.SendAsync(value);
            await client.SendAsync("Progress report");
            if (more == "yes")
            {
                await client.SendAsync(more);
            }
        }
        var verdict = await client.SendAsync("no");

        var chart = verdict.Single(r => r.Attachments?.Count > 0);
        var lines = chart.Text.Split("\n\n");
        Assert.Equal("**Goal 1: leaning behind** (read aloud at 90 words correct per minute)", lines[0]);
        Assert.StartsWith("Leaning behind, but only 2 points so far, so I can't be sure: the aim line expects 59.2 words correct per minute by now; the latest is 47 (November 5, 2026), when the aim line expected 55.8.", lines[1], StringComparison.Ordinal);
        var image = Assert.Single(chart.Attachments);
        Assert.StartsWith("Chart of goal 1: read aloud at 90 words correct per minute; baseline 45 words correct per minute on Sep 1; 2 points", image.Name, StringComparison.Ordinal);
        Assert.EndsWith("leaning behind, too few points to be sure", image.Name, StringComparison.Ordinal);
        var issued = Assert.Single(_harness.Links.Issued);
        Assert.Equal("Goal 1: read aloud at 90 words correct per minute", issued.Goal.Title);
    }
}
