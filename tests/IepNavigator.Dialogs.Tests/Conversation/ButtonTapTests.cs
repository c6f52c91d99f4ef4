using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Understanding;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// Issue 17: "button taps skip the model". A parent who only taps buttons (the stage menu, "I don't know", "Why?",
/// "Draft the letter", a card's submit) is never read as free text, and still gets every answer a typed message would;
/// the first typed message is read. The reader is handed in behind a <see cref="Lazy{T}"/> that counts how often it is
/// fetched: the dialogs fetch it only to read a message.
/// </summary>
public sealed class ButtonTapTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task Taps_FromTheMenuToTheLetter_NeverReadTheMessage_TypedTextDoes(string locale)
    {
        var reads = 0;
        var reader = new Lazy<MessageReader>(() =>
        {
            reads++;
            return new MessageReader();
        });
        using var harness = new ProductHarness(reader);
        var client = harness.Client(locale);
        var messages = harness.Get<MessageCatalog>();
        string why, letter, letterIntro;
        using (ContentLanguage.Begin(locale))
        {
            why = messages["button.why"];
            letter = messages["button.letter"];
            // "Let's draft the letter "{0}"...": the words before the title, in whichever of its three forms.
            var intro = harness.Get<IepNavigator.Dialogs.Letters.LetterLedgerContent>()["letter.intro"];
            letterIntro = intro[..intro.IndexOf("{0}", StringComparison.Ordinal)];
        }

        var replies = await client.JoinAsync();
        // The stage menu's first door, then "I don't know" (or the last button) to each question until the advice shows.
        replies = await client.SendAsync(LastButtons(replies)[0]);
        for (var turn = 0; turn < 15 && !ShowsAdvice(replies); turn++)
        {
            var buttons = LastButtons(replies);
            Assert.NotEmpty(buttons);
            replies = await client.SendAsync(buttons.Contains(why) ? why : buttons[^1]);
        }
        Assert.True(ShowsAdvice(replies), "The taps reached no advice: " + client.Transcript.Joined());
        Assert.Contains(why, LastButtons(replies));

        var whyReplies = await client.SendAsync(why);
        var letterReplies = await client.SendAsync(letter);

        Assert.Equal(0, reads);
        Assert.NotEmpty(whyReplies);
        using (ContentLanguage.Begin(locale))
        {
            // "Why?" is answered (not "I didn't understand"), and "Draft the letter" opens the letters flow.
            Assert.DoesNotContain(whyReplies, r => r.Text == messages["advice.notUnderstood"]);
            Assert.DoesNotContain(letterReplies, r => r.Text == messages["advice.notUnderstood"]);
        }
        Assert.Contains(letterReplies, r => (r.Text ?? "").StartsWith(letterIntro, StringComparison.Ordinal));

        await client.SendAsync(locale == "es-US" ? "lo suspendieron otra vez la semana pasada" : "he got suspended again last week");
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task CardSubmit_IsATap_TheSameMessageTypedIsRead()
    {
        var reads = 0;
        var reader = new Lazy<MessageReader>(() =>
        {
            reads++;
            return new MessageReader();
        });
        using var harness = new ProductHarness(reader);
        var client = harness.Client();
        var menu = await client.JoinAsync();
        var door = LastButtons(menu)[0];

        // Teams' cards post the button's words as data ({ "text": ... }) on channels that do not turn them into a message.
        var submit = client.MakeActivity();
        submit.Text = null;
        submit.Value = new JObject { ["text"] = door };
        var answered = await client.SendAsync(submit);

        Assert.Equal(0, reads);
        Assert.NotEmpty(LastButtons(answered));
        await client.SendAsync("actually he was suspended twice this month");
        Assert.Equal(1, reads);
    }

    private static IReadOnlyList<string> LastButtons(IReadOnlyList<IMessageActivity> replies) =>
        replies.LastOrDefault(r => r.Buttons().Count > 0)?.Buttons() ?? [];

    private static bool ShowsAdvice(IReadOnlyList<IMessageActivity> replies) =>
        replies.Any(r => r.ChannelData is JObject data && data["iepNavigator"]?["stepIds"] is JArray { Count: > 0 });
}
