using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>Cases over time: host restarts, several children, review and change, deletion, coming back days later.</summary>
public sealed class CaseLifecycleTests : IDisposable
{
    // One in-memory key ring for the whole class: reopening a store after a "restart" needs the same keys.
    private static readonly EphemeralDataProtectionProvider StateKeys = new();

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"dialogs-cases-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }

    [Fact]
    public async Task HostRestart_MidQuestion_ResumesOnTheSameSqliteFile()
    {
        var clock = FlowHarness.NewClock();
        using (var storage = new SqliteStorage(_databasePath, StateKeys))
        using (var before = new FlowHarness(storage, clock))
        {
            var client = before.Client();
            await client.SendAsync("he got suspended again");
            Assert.Contains("long suspension", (await client.SendAsync("yes"))[^1].Text + (await client.SendAsync("12"))[^1].Text);
        }

        using var reopened = new SqliteStorage(_databasePath, StateKeys);
        using var after = new FlowHarness(reopened, clock);
        var advice = (await after.Client().SendAsync("last Monday")).Advice();

        Assert.NotNull(advice);
        Assert.Contains("manifestation-determination", advice.StepIds());
    }

    [Fact]
    public async Task TwoChildren_EachKeepsTheirOwnCase_AndTheParentCanSwitch()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        Assert.Contains("request-prior-written-notice", await ConversationTests.AnswerUntilAdviceAsync(client, "they said she doesn't qualify"));

        Assert.Contains("What should I call this child?", (await client.SendAsync("add a child")).Joined());
        var added = await client.SendAsync("Sam");
        Assert.Contains("new case for Sam", added.Joined());
        Assert.Contains("Where are you in the process?", added[^1].Text);
        var (samAdvice, _) = await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", ["yes", "12", "last Monday"]);
        Assert.Contains("for Sam", samAdvice!.Text);
        Assert.Contains("manifestation-determination", samAdvice.StepIds());

        var which = await client.SendAsync("switch child");
        Assert.Equal(["your first child", "Sam", "Add another child"], which[^1].Buttons().Take(3));
        var firstAgain = (await client.SendAsync("your first child")).Advice();
        Assert.NotNull(firstAgain);
        Assert.Contains("request-prior-written-notice", firstAgain.StepIds());
        Assert.DoesNotContain("manifestation-determination", firstAgain.StepIds());
    }

    [Fact]
    public async Task Review_ShowsTheFactsHeld_AndAChangeRecomputesTheAdvice()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        var (before, _) = await StageConversationTests.RunToAdviceAsync(client, "the IEP isn't working", ["No, not really", "yes", "yes"]);
        Assert.NotNull(before);
        Assert.Contains("request-iep-meeting", before.StepIds());

        var review = await client.SendAsync("what do you know about my case?");
        Assert.Contains("Your child is making progress: **No**", review.Joined());
        Assert.Contains("Your child is making progress", review[^1].Buttons());

        Assert.Contains("making progress on the goals", (await client.SendAsync("Your child is making progress")).Joined());
        var changed = await client.SendAsync("Yes, some progress");

        Assert.Contains("Updated", changed.Joined());
        var after = changed.Advice();
        Assert.NotNull(after);
        Assert.NotEqual(before.StepIds(), after.StepIds());
        Assert.Contains("making progress: **Yes**", (await client.SendAsync("what do you know about my case")).Joined());
    }

    [Fact]
    public async Task DeleteMyData_AfterYes_RemovesTheUsersCasesFromStorage()
    {
        using var storage = new SqliteStorage(_databasePath, StateKeys);
        using var harness = new FlowHarness(storage);
        var client = harness.Client();
        await ConversationTests.AnswerUntilAdviceAsync(client, "the IEP isn't working");
        Assert.NotEmpty(await storage.ReadAsync(["test/users/parent-1"]));

        Assert.Contains("Delete it?", (await client.SendAsync("delete my data")).Joined());
        Assert.Contains("has been deleted", (await client.SendAsync("yes")).Joined());

        Assert.Empty(await storage.ReadAsync(["test/users/parent-1"]));
        Assert.Contains("don't know anything about your case", (await client.SendAsync("what do you know about my case")).Joined());
    }

    [Fact]
    public async Task DeleteMyData_AfterNo_KeepsEverythingAndReturnsToTheQuestion()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        var question = (await client.SendAsync("the IEP isn't working"))[^1].Text;
        await client.SendAsync("delete my data");

        var replies = await client.SendAsync("no");

        Assert.Contains("nothing was deleted", replies.Joined());
        Assert.Equal(question, replies[^1].Text);
    }

    [Fact]
    public async Task ReturningDaysLater_IsGreetedWithWhereTheyLeftOffAndWhatIsDue_ThenTheirAdvice()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", ["yes", "12", "last Monday"]);

        harness.Clock.Advance(TimeSpan.FromDays(4));
        var replies = await client.SendAsync("hi");

        Assert.Contains("Welcome back", replies.Joined());
        Assert.Contains("suspended or sent home", replies.Joined());
        Assert.Contains("December 9, 2026", replies.Joined());
        // Issue 18: a case with a stage goes on where it was, never back to "Where are you in the process?".
        Assert.DoesNotContain("Where are you in the process?", replies.Joined());
        Assert.Contains("manifestation-determination", replies.Advice()!.StepIds());
    }

    [Fact]
    public async Task NewConversation_ForAKnownParent_WelcomesBackInsteadOfTheFirstWelcome()
    {
        using var harness = new FlowHarness();
        await StageConversationTests.RunToAdviceAsync(harness.Client(), "they said she doesn't qualify", ["no", "no", "no"]);

        var replies = await harness.Client(conversationId: "conversation-2").JoinAsync();

        Assert.Contains("Welcome back", replies.Joined());
        Assert.DoesNotContain("I'm IEP Navigator", replies.Joined());
    }
}
