using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// After the advice, a parent who repeats an answer the case already holds ("no", "no he doesnt have one" when the case
/// says no IEP) confirms it: the reply says so in the chat's language and offers what to do next (the advice's buttons),
/// never "I'm not sure what you'd like me to do". A new fact in the same message still updates the case and the advice.
/// </summary>
public sealed class RepeatedAnswerAfterAdviceTests
{
    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        { "en-US", "my son got suspended for 3 days last week, we live in Texas", "no", "I don't know", "no" },
        { "en-US", "my son got suspended for 3 days last week, we live in Texas", "no", "I don't know", "no he doesnt have one" },
        { "en-US", "my son got suspended for 3 days last week, we live in Texas", "no", "I don't know", "nope, he doesn't have an IEP" },
        { "es-US", "a mi hijo lo suspendieron 3 días la semana pasada, vivimos en Texas", "no", "no sé", "no" },
        { "es-US", "a mi hijo lo suspendieron 3 días la semana pasada, vivimos en Texas", "no", "no sé", "no, no tiene" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RepeatingTheCasesAnswer_ConfirmsIt_AndOffersTheNextStep(string locale, string opening, string noIep, string unknown, string repeat)
    {
        using var harness = new ProductHarness();
        var client = harness.Client(locale);
        var messages = harness.Get<MessageCatalog>();
        await WalkToAdviceAsync(client, opening, noIep, unknown);

        var replies = await client.SendAsync(repeat);

        Assert.False((bool?)Facts(replies)?[FactNames.HasIep], "the case no longer says no IEP");
        using (ContentLanguage.Begin(locale))
        {
            var text = replies.Joined();
            Assert.DoesNotContain(messages["advice.notUnderstood"], text, StringComparison.Ordinal);
            var facts = messages["advice.confirmedFacts"];
            Assert.True(text.Contains(messages["advice.confirmed"], StringComparison.Ordinal)
                || text.Contains(facts[..facts.IndexOf("{0}", StringComparison.Ordinal)], StringComparison.Ordinal),
                $"\"{repeat}\" was not taken as a confirmation: {text}");
            Assert.Contains(messages["button.whatElse"], replies[^1].Buttons());
        }
    }

    [Theory]
    [InlineData("en-US", "my son got suspended for 3 days last week, we live in Texas", "no", "I don't know", "no he doesnt have one. he's been suspended 12 days this year")]
    [InlineData("es-US", "a mi hijo lo suspendieron 3 días la semana pasada, vivimos en Texas", "no", "no sé", "no, no tiene. en total lo han suspendido 12 días este año")]
    public async Task ANewFactBesideTheRepeatedAnswer_StillUpdatesTheCase(string locale, string opening, string noIep, string unknown, string message)
    {
        using var harness = new ProductHarness();
        var client = harness.Client(locale);
        var messages = harness.Get<MessageCatalog>();
        await WalkToAdviceAsync(client, opening, noIep, unknown);

        var replies = await client.SendAsync(message);

        Assert.Equal(12, (int?)Facts(replies)?[FactNames.DaysRemovedThisYear]);
        using (ContentLanguage.Begin(locale))
        {
            var text = replies.Joined();
            Assert.DoesNotContain(messages["advice.notUnderstood"], text, StringComparison.Ordinal);
            Assert.DoesNotContain(messages["advice.confirmed"], text, StringComparison.Ordinal);
        }
    }

    /// <summary>The opening, then "no" to the IEP question and "I don't know" to any other, until the advice shows with no IEP.</summary>
    private static async Task WalkToAdviceAsync(DialogTestClient client, string opening, string noIep, string unknown)
    {
        var replies = await client.SendAsync(opening);
        var askedIep = false;
        for (var i = 0; i < 10 && Awaiting(replies) is { } field; i++)
        {
            askedIep |= field == FactNames.HasIep;
            replies = await client.SendAsync(field == FactNames.HasIep ? noIep : unknown);
        }
        Assert.True(askedIep, "the IEP question was never asked: " + client.Transcript.Joined());
        Assert.Null(Awaiting(replies));
        Assert.NotNull(replies.Advice());
        Assert.False((bool?)Facts(replies)?[FactNames.HasIep]);
    }

    private static JObject? Data(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? data["iepNavigator"] as JObject : null;

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) => (string?)Data(replies)?["awaiting"];

    private static JObject? Facts(IReadOnlyList<IMessageActivity> replies) => Data(replies)?["facts"] as JObject;
}
