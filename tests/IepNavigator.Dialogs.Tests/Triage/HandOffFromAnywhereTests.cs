using System.Globalization;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Dialogs.Tests.Triage;

/// <summary>
/// Issue 18's hand-off: "talk to an advocate" as the very first message gets free help named first, then consent,
/// then only what the advocate needs, and when to expect contact; asking again after sending shows the request sent.
/// Issue 25's wrong content: "Prefiero no decirlo" is not "can't pay", "English" answers the advocate-language
/// question (it does not switch the chat), and "I asked in writing" is no worry about writing.
/// </summary>
public class HandOffFromAnywhereTests
{
    [Fact]
    public async Task OpeningMessage_NamesFreeHelpFirst_ThenConsent_ThenOnlyWhatTheAdvocateNeeds_AndWhenToExpectContact()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();

        var opening = await client.SendAsync("I want to talk to an advocate");

        var text = opening.Joined();
        Assert.DoesNotContain("Where are you in the process?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not sure I understood", text, StringComparison.Ordinal);
        var freeHelpAt = text.IndexOf(harness.Content["intro.freeHelp"], StringComparison.Ordinal);
        var consentAt = text.IndexOf(harness.Content["consent.question"], StringComparison.Ordinal);
        Assert.True(freeHelpAt >= 0 && consentAt > freeHelpAt, "free help is named before consent is asked:\n" + text);
        Assert.Equal([harness.Content["button.consentYes"], harness.Content["button.consentNo"]], opening[^1].Buttons());
        Assert.Empty(harness.HandOff.Previewed);

        await TriageWalk.AnswerUntilPreviewAsync(client, harness.Content, opening);
        var expected = harness.HandOff.ExpectContactBy.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains(harness.Content.Format("preview.expectContact", expected), client.Transcript[^2].Text);
        // Only what the advocate needs: the state for the free help, who and how to reach, nothing about the case re-asked.
        var asked = client.Transcript.Select(r => r.Text ?? "").ToList();
        Assert.Contains(asked, t => t.Contains("Which state", StringComparison.Ordinal));
        Assert.Contains(harness.Content["name.question"], asked);
        Assert.Contains(harness.Content["language.question"], asked);

        var sent = await client.SendAsync(harness.Content["button.send"]);

        var request = Assert.Single(harness.HandOff.Stored).Value;
        Assert.True(request.ConsentToShare);
        Assert.Equal("TX", request.Facts.State);
        Assert.Equal("Sam Lee", request.Contact.Name);
        Assert.Equal("en", request.Contact.PreferredLanguage);
        Assert.Contains(expected, sent.Joined(), StringComparison.Ordinal);
        // Begun as the opening: the chat says it can still help while they wait.
        Assert.Contains(harness.Content["sent.whileYouWait"], sent.Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingAgainAfterSending_ShowsTheRequestSent_AndKeepingItSendsNoSecond()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", ["yes", "12", "last Monday"]);
        await TriageWalk.ToPreviewAsync(client, harness.Content, words: null);
        await client.SendAsync(harness.Content["button.send"]);
        harness.HandOff.Statuses[Assert.Single(harness.HandOff.Stored).Key] = RequestStatus.Received;

        var again = await client.SendAsync("can I talk to an advocate");

        var text = again.Joined();
        Assert.DoesNotContain(harness.Content["consent.question"], text, StringComparison.Ordinal);
        Assert.Contains(harness.HandOff.ExpectContactBy.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US")), text, StringComparison.Ordinal);
        Assert.Equal(harness.Content["earlier.question"], again[^1].Text);
        Assert.Equal([harness.Content["button.keepRequest"], harness.Content["button.withdrawRequest"]], again[^1].Buttons());

        var kept = await client.SendAsync(harness.Content["button.keepRequest"]);

        Assert.Contains(harness.Content["earlier.kept"], kept.Joined(), StringComparison.Ordinal);
        Assert.Single(harness.HandOff.Stored);
        Assert.Single(harness.HandOff.Previewed);
    }

    [Fact]
    public async Task SpanishParent_RatherNotSay_IsNotCannotPay_AndSpanishAnswersTheLanguageQuestion()
    {
        using var harness = new TriageHarness();
        var client = new DialogTestClient(harness.Bot.OnTurnAsync, locale: "es-US");
        string Es(string key)
        {
            using var spanish = ContentLanguage.Begin(ContentLanguage.Spanish);
            return harness.Content[key];
        }

        var replies = await client.SendAsync("quiero hablar con un defensor");
        for (var turn = 0; turn < 20 && !replies.Joined().Contains(Es("preview.title"), StringComparison.Ordinal); turn++)
        {
            var question = replies[^1].Text ?? "";
            var answer =
                question == Es("consent.question") ? Es("button.consentYes")
                : question == Es("name.question") ? "Ana López"
                : question == Es("language.question") ? "Español"
                : question == Es("contact.method") ? Es("button.email")
                : question == Es("contact.email") ? "ana@example.org"
                : question == Es("availability.question") ? "por las tardes"
                : question == Es("child.question") ? "Maya"
                : question == Es("words.question") ? Es("button.wordsNo")
                : question == Es("canPay.question") ? "Prefiero no decirlo"
                : question.Contains("estado", StringComparison.OrdinalIgnoreCase) ? "Florida"
                : throw new InvalidOperationException($"Unexpected question: {question}\n{replies.Joined()}");
            replies = await client.SendAsync(answer);
        }

        var request = harness.HandOff.Previewed[^1];
        Assert.Null(request.CanPayForAdvocate);
        Assert.Equal("es", request.Contact.PreferredLanguage);
        Assert.Equal("es", request.Language);
        Assert.Equal("Ana López", request.Contact.Name);
        Assert.Equal("Maya", request.Child.Name);
        Assert.Equal("FL", request.Facts.State);
        // The chat stayed in Spanish: "Español" answered the question rather than switching languages.
        Assert.Contains(Es("preview.title"), replies.Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishAtTheLanguageQuestion_AnswersIt_AndTheHandOffCarriesOn()
    {
        using var harness = new TriageHarness();
        var client = harness.Client();
        await client.SendAsync("talk to an advocate");
        await client.SendAsync(harness.Content["button.consentYes"]);
        await client.SendAsync("Texas");
        await client.SendAsync("Sam Lee");

        var next = await client.SendAsync("English");

        Assert.Equal(harness.Content["contact.method"], next[^1].Text);
    }

    [Theory]
    [InlineData("I asked in writing for an evaluation in September and the school never answered", null)]
    [InlineData("I put it in writing and asked them to evaluate my son for his reading", ConcernArea.Reading)]
    [InlineData("pedí por escrito una evaluación y la escuela no contesta", null)]
    [InlineData("I asked for an evaluation because his writing is far behind", ConcernArea.Writing)]
    public void AskedInWriting_IsNoWorryAboutWriting_ButAWritingWorryStillIs(string opening, ConcernArea? expected)
    {
        using var harness = new FlowHarness();

        var facts = harness.Get<IepNavigator.Dialogs.Flows.OpeningFacts>().Read(Stage.EvaluationRequested, opening, new DateOnly(2026, 11, 26)).Facts;

        Assert.Equal(expected is null ? [] : [expected.Value], facts.Concerns ?? []);
    }
}
