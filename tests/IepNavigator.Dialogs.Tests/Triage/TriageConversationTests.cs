using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Dialogs.Tests.Triage;

/// <summary>The hand-off in the chat, over the fake back end: consent, contact, preview before sending, send, refuse.</summary>
public class TriageConversationTests
{
    private static readonly string[] DisciplineAnswers = ["yes", "12", "last Monday"];

    [Fact]
    public async Task DisciplineAdvice_OffersTheAdvocate_BecauseItSuggestsBookingOne()
    {
        using var harness = new TriageHarness();
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(harness.Client(), "he got suspended again", DisciplineAnswers);

        Assert.NotNull(advice);
        Assert.Contains(harness.Content["button.talkToAdvocate"], advice.Buttons());
    }

    [Fact]
    public async Task EarlyWorryAdvice_WithoutTheAdvocateStep_HasNoAdvocateButton()
    {
        using var harness = new TriageHarness();
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(harness.Client(), "I'm worried about my son's reading", ["I haven't asked yet", "no", "no"]);

        Assert.NotNull(advice);
        Assert.DoesNotContain(harness.Content["button.talkToAdvocate"], advice.Buttons());
    }

    [Fact]
    public async Task ConsentRefused_NothingIsPreviewedOrSent_AndTheAnswerNamesFreeHelp()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", DisciplineAnswers);

        var asked = await client.SendAsync(harness.Content["button.talkToAdvocate"]);
        Assert.Contains("withdraw my request", asked.Joined());
        Assert.Equal([harness.Content["button.consentYes"], harness.Content["button.consentNo"]], asked[^1].Buttons());

        var refused = await client.SendAsync(harness.Content["button.consentNo"]);

        Assert.Empty(harness.HandOff.Previewed);
        Assert.Empty(harness.HandOff.Stored);
        var text = refused.Joined();
        Assert.Contains(harness.Content["consent.refused"], text);
        Assert.Contains(FakeHandOff.CenterName, text);
        Assert.Contains(FakeHandOff.AgencyName, text);
        Assert.Contains(harness.Content["freeHelp.first"], text);
    }

    [Fact]
    public async Task ConsentGiven_ShowsThePacketBeforeSending_ThenSendsTheCaseAsPreviewed()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", DisciplineAnswers);

        await TriageWalk.ToPreviewAsync(client, harness.Content, words: "He has been sent home almost every week.");
        var preview = client.Transcript[^2].Text;

        Assert.Empty(harness.HandOff.Stored);
        Assert.Contains(harness.Content["preview.title"], preview);
        Assert.Contains(": 12", preview);
        Assert.Contains(FakeHandOff.UrgencyReason, preview);
        Assert.Contains("sam@example.com", preview);
        Assert.Contains("He has been sent home almost every week.", preview);
        Assert.Contains(FakeHandOff.CenterName, preview);
        var previewed = harness.HandOff.Previewed.Single();
        var steps = await harness.HandOff.PreviewAsync(previewed, CancellationToken.None);
        Assert.All(steps.Steps, s => Assert.Contains(s.Title, preview));
        Assert.Equal([harness.Content["button.send"], harness.Content["button.change"], harness.Content["button.dontSend"]], client.Transcript[^1].Buttons());

        var sent = await client.SendAsync(harness.Content["button.send"]);

        var request = Assert.Single(harness.HandOff.Stored).Value;
        Assert.True(request.ConsentToShare);
        Assert.Equal(Stage.Discipline, request.Facts.Stage);
        Assert.Equal(12, request.Facts.DaysRemovedThisYear);
        Assert.Equal("TX", request.Facts.State);
        Assert.Contains(client.Transcript, r => r.Text?.Contains("Which state", StringComparison.Ordinal) == true);
        // The same facts by value, as the contract writes them (CaseFacts' lists compare by reference, and each turn reads the case anew).
        Assert.Equal(global::IepNavigator.Dialogs.Conversation.ReplyChannelData.Facts(previewed.Facts).ToString(), global::IepNavigator.Dialogs.Conversation.ReplyChannelData.Facts(request.Facts).ToString());
        Assert.Equal(ContactMethod.Email, request.Contact.Method);
        Assert.Equal("sam@example.com", request.Contact.Address);
        Assert.Equal("weekday evenings", request.Availability);
        Assert.True(request.ConsentToShareOwnWords);
        Assert.Equal("He has been sent home almost every week.", request.ParentWords);
        Assert.False(request.CanPayForAdvocate);
        Assert.Equal("test/parent-1", request.OwnerUserId);
        Assert.Contains("withdraw my request", sent.Joined());
    }

    [Fact]
    public async Task OwnWordsDeclined_AreNeverAskedNorSent()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", DisciplineAnswers);

        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);
        await client.SendAsync(harness.Content["button.send"]);

        Assert.DoesNotContain(client.Transcript, r => r.Text == harness.Content["words.prompt"]);
        var request = Assert.Single(harness.HandOff.Stored).Value;
        Assert.False(request.ConsentToShareOwnWords);
        Assert.Null(request.ParentWords);
    }

    [Fact]
    public async Task DontSend_StoresNothing_AndTheAdviceCarriesOn()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", DisciplineAnswers);
        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);

        var replies = await client.SendAsync(harness.Content["button.dontSend"]);

        Assert.Empty(harness.HandOff.Stored);
        Assert.Equal(harness.Content["notSent"], replies[0].Text);
        // Back to the advice's own question, not a second copy of the whole advice.
        Assert.Null(replies.Advice());
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task ChangeSomething_ReasksOnlyThatPart_AndPreviewsAgain()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", DisciplineAnswers);
        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);

        await client.SendAsync(harness.Content["button.change"]);
        var method = await client.SendAsync(harness.Content["button.changeContact"]);
        Assert.Equal(harness.Content["contact.method"], method[^1].Text);
        await client.SendAsync(harness.Content["button.text"]);
        var badNumber = await client.SendAsync("call me maybe");
        Assert.Contains(harness.Content["contact.retryPhone"], badNumber[^1].Text);
        var preview = await client.SendAsync("(555) 123-4567");

        Assert.Contains(harness.Content["preview.title"], preview.Joined());
        Assert.Contains("(555) 123-4567", preview.Joined());
        await client.SendAsync(harness.Content["button.send"]);
        var request = Assert.Single(harness.HandOff.Stored).Value;
        Assert.Equal(ContactMethod.Text, request.Contact.Method);
        Assert.Equal("5551234567", request.Contact.Address);
        Assert.Equal("weekday evenings", request.Availability);
    }

    [Fact]
    public async Task AskedInTheMiddleOfAQuestion_TheQuestionComesBackAfterwards()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        var question = (await client.SendAsync("he got suspended again"))[^1].Text;

        await client.SendAsync("I want a human");
        var after = await client.SendAsync(harness.Content["button.consentNo"]);

        Assert.Equal(question, after[^1].Text);
        Assert.Empty(harness.HandOff.Stored);
    }

    [Fact]
    public async Task ChangeMyCaseDetails_GoesThroughTheReview_AndPreviewsAgain()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", DisciplineAnswers);
        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);

        await client.SendAsync(harness.Content["button.change"]);
        var review = await client.SendAsync(harness.Content["button.changeCase"]);
        Assert.Contains("School days removed this year", review.Joined());
        var preview = await client.SendAsync("done");

        Assert.Contains(harness.Content["preview.title"], preview.Joined());
        Assert.Equal(2, harness.HandOff.Previewed.Count);
        Assert.Empty(harness.HandOff.Stored);
    }

    [Fact]
    public async Task Disagreement_AsksWhenADueProcessComplaintWasFiled_AndSendsTheDate()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "I disagree with the school and they won't listen", ["no", "no", "no"]);

        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null, dueProcess: "November 2, 2026");
        await client.SendAsync(harness.Content["button.send"]);

        Assert.Contains(client.Transcript, r => r.Text == harness.Content["dueProcess.question"]);
        var request = Assert.Single(harness.HandOff.Stored).Value;
        Assert.Equal(new DateOnly(2026, 11, 2), request.DueProcessFiledOn);
        // A contract fact: the case keeps it, so the chat's own advice follows the complaint's clocks too.
        Assert.Equal(new DateOnly(2026, 11, 2), request.Facts.DueProcessFiledOn);
    }

    [Theory]
    [InlineData("email", "sam@example.com", "sam@example.com")]
    [InlineData("email", " Sam.Lee@mail.example.org. ", "Sam.Lee@mail.example.org")]
    [InlineData("email", "sam at example dot com", null)]
    [InlineData("email", "sam@localhost", null)]
    [InlineData("phone", "555-123-4567", "5551234567")]
    [InlineData("phone", "+1 (555) 123 4567", "5551234567")]
    [InlineData("phone", "123", null)]
    [InlineData("phone", "call 555 123 4567", null)]
    public void ContactPrompt_ReadsAddressesAndNumbers(string kind, string text, string? expected) =>
        Assert.Equal(expected, kind == "email" ? ContactPrompt.Email(text) : ContactPrompt.Phone(text));
}

/// <summary>
/// A parent who shares, answering whatever the hand-off asks next (it skips what the case or the letters already
/// hold): Texas if the state is asked, a name, English, email, weekday evenings, the child's name skipped, their own
/// words or not, a due-process date when asked, cannot pay.
/// </summary>
internal static class TriageWalk
{
    public static async Task ToPreviewAsync(DialogTestClient client, TriageChatContent content, string? words, string? dueProcess = null, string name = "Sam Lee")
    {
        var replies = await client.SendAsync("talk to an advocate");
        await AnswerUntilPreviewAsync(client, content, replies, words, dueProcess, name);
    }

    /// <summary>Answers each question of the hand-off as <see cref="ToPreviewAsync"/> does, from the replies given, until the preview.</summary>
    public static async Task AnswerUntilPreviewAsync(DialogTestClient client, TriageChatContent content, IReadOnlyList<Microsoft.Bot.Schema.IMessageActivity> replies,
        string? words = null, string? dueProcess = null, string name = "Sam Lee")
    {
        for (var turn = 0; turn < 20; turn++)
        {
            var question = replies[^1].Text ?? "";
            if (replies.Joined().Contains(content["preview.title"], StringComparison.Ordinal))
            {
                return;
            }
            var answer =
                question == content["consent.question"] ? content["button.consentYes"]
                : question.Contains("Which state", StringComparison.Ordinal) ? "Texas"
                : question == content["name.question"] ? name
                : question == content["language.question"] ? content["button.english"]
                : question == content["contact.method"] ? content["button.email"]
                : question == content["contact.email"] ? "sam@example.com"
                : question == content["availability.question"] ? "weekday evenings"
                : question == content["child.question"] ? content["button.skip"]
                : question == content["words.question"] ? content[words is null ? "button.wordsNo" : "button.wordsYes"]
                : question == content["words.prompt"] ? words!
                : question == content["dueProcess.question"] ? dueProcess ?? content["button.noComplaint"]
                : question == content["canPay.question"] ? content["button.cannotPay"]
                : throw new InvalidOperationException($"The walk does not know this question: {question}\nReplies:\n{replies.Joined()}");
            replies = await client.SendAsync(answer);
        }
        throw new InvalidOperationException("No preview after 20 answers.");
    }
}
