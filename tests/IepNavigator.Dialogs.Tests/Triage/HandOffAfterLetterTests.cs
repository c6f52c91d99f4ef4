using IepNavigator.Dialogs.Tests.Conversation;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Letters;
using IepNavigator.Triage.Packets;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Triage;

/// <summary>
/// The hand-off after a letter was drafted (the usual order: advice, letter, then "talk to an advocate"). Its answers
/// are for the advocate: a phone number typed for the advocate to call once re-issued the letter with that number
/// ("Changed in your letter details", a new preview and downloads) and then asked for the number again.
/// </summary>
public sealed class HandOffAfterLetterTests
{
    [Fact]
    public async Task PhoneNumberForTheAdvocate_IsTakenOnce_AndDoesNotReissueTheLetter()
    {
        using var harness = new ProductHarness();
        var client = harness.Client();
        var content = harness.Get<TriageChatContent>();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await DraftAsync(harness, client, "evaluation-request");

        var replies = await client.SendAsync("talk to an advocate");
        replies = await AnswerUntilAsync(client, content, replies, content["contact.method"]);
        replies = await client.SendAsync(content["button.phone"]);
        Assert.Equal(content["contact.phone"], replies[^1].Text);

        replies = await client.SendAsync("559-123-4567");

        var text = replies.Joined();
        Assert.DoesNotContain("Changed in your letter details", text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, reply => reply.Attachments?.Count > 0);
        Assert.Equal(content["availability.question"], replies[^1].Text);
        await TriageWalk.AnswerUntilPreviewAsync(client, content, await client.SendAsync("weekday evenings after 6"));
        await client.SendAsync(content["button.send"]);
        var request = Assert.Single(harness.HandOff.Stored).Value;
        Assert.Equal((HandOffRequests.ChannelOf("phone"), "5591234567"), (request.Contact.Method, request.Contact.Address));
    }

    [Fact]
    public async Task TexasRequestIgnored_PreviewSaysTheDatePassed_AndDoesNotCreditLettersForTheChildsName()
    {
        using var harness = new ProductHarness();
        var client = harness.Client();
        var content = harness.Get<TriageChatContent>();
        var replies = await client.SendAsync("I asked the school in writing to evaluate my daughter Maya for dyslexia on August 20 and they never answered. We live in Texas.");
        for (var turn = 0; turn < 6 && replies[^1].Buttons() is { Count: > 0 } buttons && !buttons.Contains("Talk to an advocate"); turn++)
        {
            replies = await client.SendAsync(buttons.FirstOrDefault(b => b is "No" or "Not signed yet") ?? buttons[0]);
        }

        await TriageWalk.AnswerUntilPreviewAsync(client, content, await client.SendAsync("talk to an advocate"));

        var preview = client.Transcript[^2].Text ?? "";
        // The school's 15 school days ran out weeks ago: "(by <that date>)" read as still possible on time.
        Assert.Matches(@"Tell the school in writing that a required deadline has passed \(the date passed on \w+ \d+, 2026\)", preview);
        Assert.DoesNotMatch(@"deadline has passed \(by ", preview);
        // No letter was drafted: the name came from the chat.
        Assert.Contains(content["preview.aboutChildFromChat"], preview, StringComparison.Ordinal);
        Assert.DoesNotContain(content["preview.aboutChild"], preview, StringComparison.Ordinal);
    }

    private static async Task DraftAsync(ProductHarness harness, DialogTestClient client, string letterId)
    {
        var template = harness.Get<LetterRenderer>().Catalog.Find(letterId)!;
        var replies = await client.SendAsync("Draft the letter");
        for (var turn = 0; turn < 20 && template.Fields.FirstOrDefault(f => f.Question == replies[^1].Text) is { } field; turn++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field.Name) ?? LetterWalkthrough.OwnFieldAnswer);
        }
        Assert.Contains(replies, reply => reply.Attachments?.Count > 0);
    }

    private static async Task<IReadOnlyList<IMessageActivity>> AnswerUntilAsync(DialogTestClient client, TriageChatContent content, IReadOnlyList<IMessageActivity> replies, string question)
    {
        for (var turn = 0; turn < 10 && replies[^1].Text != question; turn++)
        {
            var asked = replies[^1].Text ?? "";
            replies = await client.SendAsync(
                asked == content["consent.question"] ? content["button.consentYes"]
                : asked.Contains("Which state", StringComparison.Ordinal) ? "Texas"
                : asked == content["name.question"] ? "Ana Rivera"
                : asked == content["language.question"] ? content["button.english"]
                : throw new InvalidOperationException($"Unexpected question before '{question}': {asked}"));
        }
        Assert.Equal(question, replies[^1].Text);
        return replies;
    }
}
