using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>The goals and their data points survive a host restart on the real storage, and "delete my data" removes them.</summary>
public sealed class GoalStorageTests : IDisposable
{
    // One in-memory key ring for the whole class: reopening a store after a "restart" needs the same keys.
    private static readonly EphemeralDataProtectionProvider StateKeys = new();

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"dialogs-goals-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }

    private static async Task LogThreePointsAsync(DialogTestClient client)
    {
        await client.SendAsync("check my goals");
        await client.SendAsync(GoalConversationTests.ReadingGoal);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("Sept 1");
        foreach (var (date, value, more) in new[] { ("Sept 29", "46", "yes"), ("Oct 27", "47", "yes"), ("Nov 20", "47", "no") })
        {
            await client.SendAsync(date);
            await client.SendAsync(value);
            await client.SendAsync("work sample");
            await client.SendAsync(more);
        }
    }

    [Fact]
    public async Task AfterARestart_HowIsSheDoing_ShowsTheVerdictFromTheStoredPoints()
    {
        using (var storage = new SqliteStorage(_databasePath, StateKeys))
        using (var before = new GoalHarness(storage))
        {
            await LogThreePointsAsync(before.Client());
        }

        using var reopened = new SqliteStorage(_databasePath, StateKeys);
        using var after = new GoalHarness(reopened);
        var replies = await after.Client().SendAsync("how is she doing on her goals");

        var chart = replies.Single(r => r.Attachments?.Count > 0);
        Assert.StartsWith("**Goal 1: behind**", chart.Text);
        var issued = Assert.Single(after.Links.Issued);
        Assert.Equal([46.0, 47, 47], issued.Points.Select(p => p.Value));
        Assert.Equal(new DateOnly(2026, 9, 1), issued.Goal.BaselineDate);
    }

    [Fact]
    public async Task DeleteMyData_RemovesTheGoals()
    {
        using var storage = new SqliteStorage(_databasePath, StateKeys);
        using var harness = new GoalHarness(storage);
        var client = harness.Client();
        await LogThreePointsAsync(client);

        await client.SendAsync("delete my data");
        await client.SendAsync("yes");
        var replies = (await client.SendAsync("how is she doing on her goals")).Joined();

        Assert.Contains("First, let's look at the goal itself.", replies);
    }
}
