using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// The first reply of every conversation says once that this is general information, not legal advice: after the join
/// event (Web Chat, the Emulator) and at the first message of a chat that never sent one (plain HTTP, a Direct Line
/// client without Web Chat). A "hi" right after the welcome is acknowledged in a word and asked where the family is,
/// never welcomed a second time.
/// </summary>
public sealed class FirstReplyTests
{
    [Theory]
    [InlineData("en-US", "I think my son needs help with reading, hes in 2nd grade and still cant sound out words", "not legal advice")]
    [InlineData("es-US", "creo que mi hijo necesita ayuda con la lectura, está en segundo y no puede leer palabras", "no asesoría legal")]
    [InlineData("en-US", "hi", "not legal advice")]
    public async Task FirstMessage_WithoutAJoin_CarriesTheDisclaimerOnce(string locale, string first, string disclaimer)
    {
        using var harness = new ProductHarness();
        var client = harness.Client(locale);

        var opening = await client.SendAsync(first);
        var next = await client.SendAsync("no");

        Assert.Contains(disclaimer, opening[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Single(opening, r => (r.Text ?? "").Contains(disclaimer, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(next, r => (r.Text ?? "").Contains(disclaimer, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task FirstMessage_AfterTheJoin_IsNotWelcomedAgain(string locale)
    {
        using var harness = new ProductHarness();
        var client = harness.Client(locale);
        var messages = harness.Get<MessageCatalog>();

        var joined = await client.JoinAsync();
        var opening = await client.SendAsync("my daughter was suspended for 3 days");

        using (ContentLanguage.Begin(locale))
        {
            Assert.Contains(joined, r => r.Text == messages["welcome"]);
            Assert.DoesNotContain(opening, r => r.Text == messages["welcome"] || r.Text == messages["welcome.disclaimer"]);
        }
    }

    [Theory]
    [InlineData("en-US", "hi")]
    [InlineData("en-US", "Hello!")]
    [InlineData("es-US", "hola")]
    public async Task Hi_RightAfterTheWelcome_IsAcknowledgedBriefly_AndAsksWhere(string locale, string hi)
    {
        using var harness = new ProductHarness();
        var client = harness.Client(locale);
        var messages = harness.Get<MessageCatalog>();

        await client.JoinAsync();
        var replies = await client.SendAsync(hi);

        using (ContentLanguage.Begin(locale))
        {
            var text = replies.Joined();
            Assert.DoesNotContain(messages["welcome"], text, StringComparison.Ordinal);
            Assert.DoesNotContain("IEP Navigator", text, StringComparison.Ordinal);
            Assert.Contains(messages["where.question"], text, StringComparison.Ordinal);
            // A word of acknowledgement and the question: not a second greeting paragraph.
            Assert.True(text.Length <= messages["smallTalk.greeting"].Length + messages["where.question"].Length + 2, text);
            Assert.NotEmpty(replies[^1].Buttons());
        }
    }

    [Fact]
    public async Task ReturningParent_NewConversationWithoutAJoin_GetsTheOneLineReminder()
    {
        using var harness = new ProductHarness();
        var first = harness.Client("en-US");
        await first.JoinAsync();
        await first.SendAsync("My child keeps getting suspended or sent home");
        var messages = harness.Get<MessageCatalog>();

        // The same parent, a new conversation (another device, a new widget session) opened by a message.
        var second = new DialogTestClient(harness.Bot.OnTurnAsync, conversationId: "conversation-2");
        var replies = await second.SendAsync("hi");

        using (ContentLanguage.Begin("en-US"))
        {
            Assert.Equal(messages["welcome.disclaimer"], replies[0].Text);
            Assert.DoesNotContain(replies, r => r.Text == messages["welcome"]);
        }
    }
}
