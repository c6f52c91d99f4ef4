using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Interruptions;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>The ledger: "what have I sent?", "the school answered", and the overdue notice with its follow-up letter.</summary>
public sealed class PaperTrailTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FlowHarness.Start.UtcDateTime);
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private int AnswerDays => _harness.Services.GetRequiredService<LetterRenderer>().Catalog.Find("evaluation-request")!.Deadline.Days;

    private async Task<DialogTestClient> DraftEvaluationRequestAsync()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
        return client;
    }

    [Fact]
    public async Task WhatHaveISent_ListsDraftedThenSentWithDatesAndHow()
    {
        var client = await DraftEvaluationRequestAsync();
        var drafted = (await client.SendAsync("What have I sent?")).Joined();
        _harness.Clock.Advance(TimeSpan.FromDays(3));
        await client.SendAsync("I mailed it yesterday");

        var sent = (await client.SendAsync("what have I sent?")).Joined();

        Assert.Contains($"drafted {DateText.Long(Today)}, not sent yet", drafted, StringComparison.Ordinal);
        Assert.Contains($"sent {DateText.Long(Today.AddDays(2))} by mail; answer due {DateText.Long(Today.AddDays(2 + AnswerDays))}; no answer yet", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatHaveISent_BeforeAnyLetter_SaysThereIsNone()
    {
        Assert.Contains("haven't drafted any letters", (await _harness.Client().SendAsync("what have i sent")).Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ISentIt_AfterEverythingWasSent_DoesNotInventALetter()
    {
        var client = await DraftEvaluationRequestAsync();
        await client.SendAsync("I sent it today");

        Assert.Contains("don't have a letter waiting to be sent", (await client.SendAsync("I sent it")).Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentAndAnsweredWords_WithNoPaperTrail_AreLeftToTheConversation()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var sent = (await client.SendAsync("I emailed them yesterday")).Joined();
        var answered = (await client.SendAsync("the school responded that she doesn't qualify")).Joined();

        Assert.DoesNotContain("letter waiting", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Noted", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("sent letter", answered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchoolAnswered_WithTheirNews_IsNotedAndTheConversationReadsTheNews()
    {
        var client = await DraftEvaluationRequestAsync();
        await client.SendAsync("I sent it today");

        var replies = await client.SendAsync("the school responded that he doesn't qualify");

        Assert.Contains("Noted: the school answered", replies[0].Text, StringComparison.Ordinal);
        Assert.True(replies.Count > 1);
        Assert.Contains("answered", (await client.SendAsync("what have I sent?")).Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchoolAnswered_TheLongestMessage_IsReadNotTurnedIntoAnApology()
    {
        // The longest message the chat reads, built to make the lazy "when ... said" capture work hard: the 2 s budget
        // (not 100 ms) is never reached on a busy machine, and a runaway would read "no match", never an exception.
        var client = await DraftEvaluationRequestAsync();
        await client.SendAsync("I sent it today");
        var message = "the school answered" + string.Concat(Enumerable.Repeat(" and then later", 260)) + " and said no";

        var replies = await client.SendAsync(message[..Math.Min(message.Length, IepNavigator.Dialogs.Runtime.DialogRunner.MaxTextLength)]);

        Assert.Contains("Noted: the school answered", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("Sorry", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SchoolAnswered_RecordsDateAndTheirWords_AndNoOverdueNoticeFollows()
    {
        var client = await DraftEvaluationRequestAsync();
        await client.SendAsync("I sent it today");
        _harness.Clock.Advance(TimeSpan.FromDays(5));

        var answered = (await client.SendAsync("The school answered: they will send the consent form O'Brien signed")).Joined();
        _harness.Clock.Advance(TimeSpan.FromDays(AnswerDays));
        var later = await client.SendAsync("what have I sent?");

        Assert.Contains($"on {DateText.Long(Today.AddDays(5))}", answered, StringComparison.Ordinal);
        Assert.Contains($"answered {DateText.Long(Today.AddDays(5))}: \"they will send the consent form O'Brien signed\"", later.Joined(), StringComparison.Ordinal);
        Assert.DoesNotContain(later, r => r.Buttons().Contains("Draft the follow-up letter"));
    }

    [Fact]
    public async Task DeadlinePassed_TheNextMessageSaysSoOnce_AndOffersTheFollowUpLetter()
    {
        var client = await DraftEvaluationRequestAsync();
        await client.SendAsync("I sent it today");
        _harness.Clock.Advance(TimeSpan.FromDays(AnswerDays));
        var onTheDueDate = await client.SendAsync("hello");
        _harness.Clock.Advance(TimeSpan.FromDays(1));

        var first = await client.SendAsync("hello again");
        var second = await client.SendAsync("what else?");

        Assert.DoesNotContain("was due by", onTheDueDate.Joined(), StringComparison.Ordinal);
        var notice = Assert.Single(first, r => r.Text?.Contains("was due by", StringComparison.Ordinal) == true);
        Assert.Contains(DateText.Long(Today.AddDays(AnswerDays)), notice.Text, StringComparison.Ordinal);
        Assert.Contains("Draft the follow-up letter", notice.Buttons());
        Assert.DoesNotContain("was due by", second.Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpLetter_IsFilledFromTheLedger_WithoutAskingAgain()
    {
        var client = await DraftEvaluationRequestAsync();
        await client.SendAsync("I sent it today");
        _harness.Clock.Advance(TimeSpan.FromDays(AnswerDays + 1));
        await client.SendAsync("hi");

        var replies = await client.SendAsync("Draft the follow-up letter");

        // Only the parent's own requested answer date passed, not a legal deadline: a polite follow-up, not the
        // overdue-timeline letter, which tells the school a rule was broken (issue 19).
        Assert.Contains("\"Follow-up on my earlier letter\"", replies[0].Text, StringComparison.Ordinal);
        var order = _harness.Links.Orders.Values.Last();
        Assert.Equal("follow-up", order.LetterId);
        Assert.Contains(DateText.Long(Today), order.Fields["earlierLetter"], StringComparison.Ordinal);
        Assert.Contains(DateText.Long(Today.AddDays(AnswerDays)), order.Fields["earlierLetter"], StringComparison.Ordinal);
        Assert.NotNull(replies.Downloads());
        var ledger = (await client.SendAsync("my paper trail")).Joined();
        Assert.Contains("\"Follow-up on my earlier letter\": drafted", ledger, StringComparison.Ordinal);
        Assert.DoesNotContain("Notice that a required timeline has passed", ledger, StringComparison.Ordinal);
    }

    public static TheoryData<string, int?, string?> SentMessages => new()
    {
        { "i sent it", 0, null },
        { "i emailed it today", 0, "email" },
        { "i mailed it on monday", -3, "mail" },
        { "sent it by certified mail yesterday", -1, "mail" },
        { "ive just sent the letter to the principal", 0, null },
        { "i handed it in this morning", 0, "hand" },
        { "i sent an email asking for an evaluation last month", null, null },
        { "i sent the referral form", null, null },
        { "send it", null, null },
        // A returning parent's greeting first (issue 18), English and Spanish.
        { "hi im back i sent the letter on november 20", -6, null },
        { "hello again i emailed it yesterday", -1, "email" },
        { "hola ya volvi la mande el 20 de noviembre", -6, null },
        { "lo mande el 1 de noviembre", -25, null },
        { "hi im back", null, null },
        // The school's receipt said after it (found trying the bot as a parent): still sent, on the day named.
        { "i emailed it to the principal yesterday she said she got it", -1, "email" },
        { "sent it monday and they confirmed they received it", -3, null },
        { "i emailed it today the school wrote back that they got it", 0, "email" },
        { "la mande ayer y me dijeron que ya la recibieron", -1, null },
        // What the school answered is no receipt: not read here.
        { "i emailed it yesterday and they said no", null, null },
    };

    [Theory]
    [MemberData(nameof(SentMessages))]
    public void SentMessage_ReadsWhenAndHow_AndLeavesStoriesAlone(string normalized, int? daysAgo, string? how)
    {
        var reader = new SentMessage(new LetterLedgerContent());

        var read = reader.Read(normalized, Today);

        // Today (2026-11-26) is a Thursday, so "on Monday" is three days back.
        Assert.Equal(daysAgo is null ? null : (Today.AddDays(daysAgo.Value), how), read);
    }

    [Fact]
    public void SentMessage_RunsInLinearTime_SoABusyMachineNeverTurnsItIntoAnApology()
    {
        var reader = new SentMessage(new LetterLedgerContent());

        // No timeout to trip under load (the 100 ms one did), and no message that can make it slow.
        Assert.All(reader.Patterns, r => Assert.NotEqual(System.Text.RegularExpressions.RegexOptions.None, r.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking));
        // The longest message the chat reads (DialogRunner.MaxTextLength), built to make a backtracking pattern slow.
        var worst = "i " + string.Concat(Enumerable.Repeat("just ", 790)) + "sent it " + new string('x', 40);
        Assert.Null(reader.Read(worst, Today));
        Assert.Equal((Today, (string?)null), reader.Read("i just just sent it", Today));
    }
}
