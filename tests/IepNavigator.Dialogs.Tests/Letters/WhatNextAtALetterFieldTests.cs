using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// "ok fine. whats next" at a letter field was taken as "skip" (found trying the bot as a parent): it asks what comes
/// next, so the chat says what is still needed and that the letter follows, then asks the same field again with a Skip
/// button. "skip", "idk", "no se" stay non-answers (a placeholder, and the next field).
/// </summary>
public sealed class WhatNextAtALetterFieldTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task OkFineWhatsNext_AtTheRecipient_SaysWhatIsLeft_AndAsksTheRecipientAgainWithSkip()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var replies = await AnswerUntilAsync(client, await client.SendAsync("Draft the letter"), "recipientName");
        var question = replies[^1].Text;

        var answered = await client.SendAsync("ok fine. whats next");

        Assert.Equal("recipientName", Awaiting(answered));
        Assert.Contains(answered, r => r.Text?.StartsWith("After this one, I still need: Job title of the person the letter is addressed to", StringComparison.Ordinal) == true);
        Assert.Equal(question, answered[^1].Text);
        Assert.Equal(["Skip"], answered[^1].Buttons());
        Assert.DoesNotContain(answered, r => r.Text?.Contains("[Name of the person the letter is addressed to]", StringComparison.Ordinal) == true);

        var next = await client.SendAsync("Dr. Lee");
        Assert.Equal("recipientTitle", Awaiting(next));
    }

    [Fact]
    public async Task Spanish_OkYAhoraQueSigue_AtTheChildsName_IsAnswered_AndTheNameAskedAgainWithOmitir()
    {
        var client = _harness.Client(locale: "es-US");
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
        Assert.NotNull(advice);
        var replies = await client.SendAsync("Redactar la carta");
        var field = Awaiting(replies);
        Assert.NotNull(field);
        var question = replies[^1].Text;

        var answered = await client.SendAsync("ok, y ahora que sigue?");

        Assert.Equal(field, Awaiting(answered));
        Assert.True(answered.Any(r => r.Text?.StartsWith("Después de este, todavía necesito:", StringComparison.Ordinal) == true), answered.Joined());
        Assert.Equal(question, answered[^1].Text);
        Assert.Equal(["Omitir"], answered[^1].Buttons());
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("idk")]
    [InlineData("no se")]
    public async Task NonAnswers_StayNonAnswers(string answer)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await AnswerUntilAsync(client, await client.SendAsync("Draft the letter"), "recipientName");

        var answered = await client.SendAsync(answer);

        Assert.Equal("recipientTitle", Awaiting(answered));
        Assert.Contains(answered, r => r.Text?.Contains("[Name of the person the letter is addressed to]", StringComparison.Ordinal) == true);
    }

    private static async Task<IReadOnlyList<IMessageActivity>> AnswerUntilAsync(DialogTestClient client, IReadOnlyList<IMessageActivity> replies, string until)
    {
        for (var i = 0; i < 20 && Awaiting(replies) is { } field && field != until; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers[field]);
        }
        Assert.Equal(until, Awaiting(replies));
        return replies;
    }

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? (string?)data["iepNavigator"]?["awaiting"] : null;
}
