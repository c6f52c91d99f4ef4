using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>What a parent can do once the advice is shown, and the bot's other entry points.</summary>
public sealed class AdviceFollowUpTests : IDisposable
{
    private readonly FlowHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task WhatElse_ShowsTheNextStepsNumberedOnWithTheirIds()
    {
        var client = _harness.Client();
        var (first, _) = await StageConversationTests.RunToAdviceAsync(client, "they said she doesn't qualify", ["yes", "no", "no"]);

        var more = (await client.SendAsync("What else?")).Advice();

        Assert.NotNull(more);
        Assert.StartsWith("Here are the next steps", more.Text);
        Assert.Contains("4. **", more.Text);
        Assert.Empty(more.StepIds().Intersect(first!.StepIds()));
    }

    [Fact]
    public async Task DraftTheLetter_SaysWhatTheLetterMustContain()
    {
        var client = _harness.Client();
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, "I'm worried about my son's reading", ["I haven't asked yet", "no", "no"]);

        var replies = await client.SendAsync("Draft the letter");

        Assert.Contains("should include", replies[0].Text);
        Assert.Contains("date of birth", replies[0].Text);
        Assert.Single(replies[0].StepIds());
        Assert.Contains(replies[0].StepIds()[0], advice!.StepIds());
    }

    [Fact]
    public async Task NewTopic_AfterAdvice_StartsFromThoseWords()
    {
        var client = _harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "the IEP isn't working", ["no", "no", "no"]);

        var replies = await client.SendAsync("also he got suspended again");

        Assert.Contains("suspended or sent home this school year", replies[^1].Text);
    }

    [Fact]
    public async Task Cancel_StopsAndTheNextMessageStartsAgain()
    {
        var client = _harness.Client();
        await client.SendAsync("the IEP isn't working");

        Assert.Contains("I've stopped", (await client.SendAsync("cancel")).Joined());
        Assert.Contains("Where are you in the process?", (await client.SendAsync("hello"))[^1].Text);
    }

    [Fact]
    public async Task Review_BeforeAnything_SaysNothingIsKnownYet()
    {
        var replies = await _harness.Client().SendAsync("what do you know about my case");

        Assert.Contains("don't know anything about your case yet", replies.Joined());
    }

    [Fact]
    public async Task ConversationUpdate_AddingOnlyTheBot_SendsNoWelcome()
    {
        var client = _harness.Client();
        var activity = client.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [activity.Recipient];

        Assert.Empty(await client.SendAsync(activity));
    }

    [Fact]
    public async Task GroupChat_KeepsCaseDetailsOutAndPointsToAPrivateChat()
    {
        var client = _harness.Client();
        var message = client.MakeActivity("they said she doesn't qualify");
        message.Conversation.IsGroup = true;

        var replies = await client.SendAsync(message);

        Assert.Contains("one-to-one chat", replies.Single().Text);
    }

    [Fact]
    public async Task StageQuestion_AnsweredInOwnWordsInsteadOfAButton_IsUnderstood()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        await client.SendAsync("I'm stuck or being dismissed");

        var replies = await client.SendAsync("they keep suspending him, 12 days now");

        // The discipline questions begin: whether there is an IEP decides which protections apply.
        Assert.Contains("Does your child have an IEP", replies[^1].Text);
    }

    [Fact]
    public async Task ChildName_IsShownBackWithoutMarkup()
    {
        var client = _harness.Client();
        await client.SendAsync("add a child");

        var replies = await client.SendAsync("<b>Sam</b> **");

        Assert.Contains("new case for bSamb", replies.Joined());
        Assert.DoesNotContain("<", replies.Joined());
    }

    [Fact]
    public async Task StuckParent_WhoExplainsInASentence_HasTheDateAndRefusalNoted()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        await client.SendAsync("I'm stuck or being dismissed");

        var replies = await client.SendAsync("I asked for an evaluation in September and they keep saying let's wait and try interventions first");

        // "in September" is a month, not September 1st: noted as the month (issue 17: a vague date is never a made-up day).
        Assert.Contains("When you asked for an evaluation: September 2026", replies.Joined());
        Assert.Contains("The school said no to evaluating, or told you to wait: Yes", replies.Joined());
        Assert.DoesNotContain("When you asked", replies[^1].Text);
    }

    [Fact]
    public async Task YesToAWhenQuestion_AsksForTheDateInsteadOfAnError()
    {
        var client = _harness.Client();
        await client.SendAsync("Just starting: I'm worried about my child");

        var replies = await client.SendAsync("yes");

        Assert.Contains("Roughly when was that?", replies.Joined());
        Assert.DoesNotContain("Sorry", replies.Joined());
    }

    [Fact]
    public async Task Thanks_AfterAdvice_IsAnsweredWithoutRestarting()
    {
        var client = _harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "the IEP isn't working", ["no", "no", "no"]);

        var replies = await client.SendAsync("thanks!");

        Assert.Contains("You're welcome", replies.Single().Text);
        Assert.NotNull((await client.SendAsync("What else?")).Advice());
    }
}
