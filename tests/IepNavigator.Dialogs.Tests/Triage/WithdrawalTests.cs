using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Triage;

/// <summary>Withdrawing a request (or deleting all data) deletes it from the back end.</summary>
public class WithdrawalTests
{
    [Fact]
    public async Task WithdrawMyRequest_AfterAYes_DeletesIt()
    {
        using var harness = new TriageHarness();
        var client = await SentOneAsync(harness);

        var asked = await client.SendAsync("withdraw my request");
        Assert.Single(harness.HandOff.Stored);
        var done = await client.SendAsync("yes");

        Assert.Contains("Withdraw it?", asked.Joined());
        Assert.Empty(harness.HandOff.Stored);
        Assert.Contains(harness.Content["withdraw.done"], done.Joined());
    }

    [Fact]
    public async Task WithdrawMyRequest_AnsweredNo_KeepsIt()
    {
        using var harness = new TriageHarness();
        var client = await SentOneAsync(harness);

        await client.SendAsync("withdraw my consent");
        var kept = await client.SendAsync("no");

        Assert.Single(harness.HandOff.Stored);
        Assert.Contains(harness.Content["withdraw.kept"], kept.Joined());
    }

    [Fact]
    public async Task WithdrawMyRequest_WithTwoSent_AllOfThemDeletesBoth_AndOnlyThisParents()
    {
        using var harness = new TriageHarness();
        var client = await SentOneAsync(harness);
        // One request per child (asking again shows the one sent): the second is for a second child.
        await client.SendAsync("add a child");
        await client.SendAsync("Sam");
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", ["yes", "12", "last Monday"]);
        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);
        await client.SendAsync(harness.Content["button.send"]);
        Assert.Equal(2, harness.HandOff.Stored.Count);
        var other = harness.Client("parent-2", "conversation-2");
        await StageConversationTests.RunToAdviceAsync(other, "he got suspended again", ["yes", "12", "last Monday"]);
        await TriageWalk.ToPreviewAsync(other, harness.Content, words: null);
        await other.SendAsync(harness.Content["button.send"]);

        var which = await client.SendAsync("withdraw my request");
        Assert.Equal(3, which[^1].Buttons().Count);
        await client.SendAsync(harness.Content["button.withdrawAll"]);

        Assert.Equal("test/parent-2", Assert.Single(harness.HandOff.Stored).Value.OwnerUserId);
    }

    [Fact]
    public async Task WithdrawMyRequest_WithNoneSent_SaysSo()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await client.JoinAsync(); // the chat opened, its welcome said

        var replies = await client.SendAsync("withdraw my request");

        Assert.Equal(harness.Content["withdraw.none"], replies[0].Text);
    }

    [Fact]
    public async Task DeleteMyData_AlsoWithdrawsTheRequests_OnlyAfterTheYes()
    {
        using var harness = new TriageHarness();
        var client = await SentOneAsync(harness);

        await client.SendAsync("delete my data");
        Assert.Single(harness.HandOff.Stored);
        await client.SendAsync("yes");

        Assert.Empty(harness.HandOff.Stored);
        Assert.Equal(1, harness.HandOff.WithdrawAllCalls);
    }

    [Fact]
    public async Task DeleteMyData_AnsweredNo_KeepsTheRequests()
    {
        using var harness = new TriageHarness();
        var client = await SentOneAsync(harness);

        await client.SendAsync("delete my data");
        await client.SendAsync("no");

        Assert.Single(harness.HandOff.Stored);
        Assert.Equal(0, harness.HandOff.WithdrawAllCalls);
    }

    private static async Task<DialogTestClient> SentOneAsync(TriageHarness harness)
    {
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", ["yes", "12", "last Monday"]);
        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);
        await client.SendAsync(harness.Content["button.send"]);
        Assert.Single(harness.HandOff.Stored);
        return client;
    }
}
