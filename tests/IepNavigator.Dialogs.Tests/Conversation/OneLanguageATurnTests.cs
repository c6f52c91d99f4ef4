using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Content;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// Issue 17's conversation: a parent writing Spanish on an English page got the rules answered in Spanish, then "Where are
/// you in the process?" in English with the eight generic buttons, though the IEP and the removals they told decide the
/// stage. A turn answers in one language (the message's, when it is clearly another than the channel's; Spanglish keeps the
/// channel's), the chat stays in it, and a stage menu the facts narrow offers the facts' stage first, in a few buttons.
/// </summary>
public sealed class OneLanguageATurnTests
{
    private const string Houston = "hola, vivimos en Houston, mi hijo tiene 8 y tiene IEP de lenguaje. lo mandan a la casa temprano, ya van como 5 veces en total. eso es legal?";
    private const string VerbalRequest = "hola buenas noches, mi hija esta en 2do grado y no lee nada, las letras las confunde todas. le pedi a la directora en persona que la evaluaran en octubre y me dijo q primero le van a dar tutorias y que despues vemos. ya paso mas de un mes y nada de tutorias tampoco. es normal esto??";

    private static readonly MessageCatalog Messages = new();
    private static readonly StageCatalog Stages = new();
    private static readonly string[] MenuKeys = ["where.question", "where.clarify", "where.unsure", "where.stuck"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SpanishMessage_OnAnEnglishPage_EveryReplyOfTheTurnIsSpanish_AndTheFactsStageComesFirst(bool joinedFirst)
    {
        using var harness = new ProductHarness();
        var client = harness.Client("en-US");
        if (joinedFirst)
        {
            // Web Chat opens the chat first: the welcome and "where are you?" are on screen, in the page's language.
            await client.JoinAsync();
        }

        var replies = await client.SendAsync(Houston);

        AllIn("es", replies);
        var data = Data(replies);
        Assert.Equal("TX", (string?)data["facts"]?["state"]);
        // The IEP and the removals decide (discipline first, B2): either the stage is taken, or it is the first button offered.
        var stage = (string?)data["stage"];
        var buttons = replies[^1].Buttons();
        Assert.True(stage is "discipline" or "iep-in-place" || (buttons.Count is > 0 and <= 3 && (buttons[0] == Label("es", "discipline") || buttons[0] == Label("es", "iep-in-place"))),
            $"stage {stage}, buttons [{string.Join(" | ", buttons)}]");
        Assert.DoesNotContain(replies, r => r.Buttons().Count > 3);

        // The chat stays in Spanish on the next turn, from the same English page, until the parent chooses otherwise.
        var next = await client.SendAsync("ok");
        AllIn("es", next);
        var back = await client.SendAsync("english please");
        AllIn("en", back);
    }

    [Fact]
    public async Task ARequestTold_ToAModelSureOfTheWorry_OffersEvaluationRequestedFirst()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("es-US");
        // Web Chat opens the chat first: the welcome and "where are you?" are on screen, in the page's language.
        await client.JoinAsync();

        var replies = await client.SendAsync(VerbalRequest);

        AllIn("es", replies);
        var data = Data(replies);
        Assert.Equal("2026-10", ((string?)data["facts"]?["evaluationRequestedOn"])?[..7]);
        var stage = (string?)data["stage"];
        var buttons = replies[^1].Buttons();
        Assert.True(stage == "evaluation-requested" || (buttons.Count is > 0 and <= 3 && buttons[0] == Label("es", "evaluation-requested")),
            $"stage {stage}, buttons [{string.Join(" | ", buttons)}]");
        Assert.DoesNotContain(replies, r => r.Buttons().Count > 3);
    }

    [Fact]
    public async Task EnglishMessage_OnASpanishPage_IsAnsweredInEnglish()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("es-US");
        // Web Chat opens the chat first: the welcome and "where are you?" are on screen, in the page's language.
        await client.JoinAsync();

        var replies = await client.SendAsync("hi, we're in Ohio, my son has an IEP for reading and the school says they can't give him the services in it this year. what can I do?");

        AllIn("en", replies);
        Assert.Contains(English(() => Messages["language.detected"]), replies.Joined(), StringComparison.Ordinal);
        Assert.Equal("OH", (string?)Data(replies)["facts"]?["state"]);
        AllIn("en", await client.SendAsync("ok"));
    }

    [Theory]
    [InlineData("en-US", "en", "hi, my son has an IEP pero la escuela lo suspendio otra vez, what can I do?")]
    [InlineData("es-US", "es", "mi hijo tiene IEP and the school keeps sending him home, que puedo hacer?")]
    public async Task Spanglish_StaysInTheChannelsLanguage(string locale, string language, string message)
    {
        using var harness = new ProductHarness();
        var client = harness.Client(locale);
        // Web Chat opens the chat first: the welcome and "where are you?" are on screen, in the page's language.
        await client.JoinAsync();

        AllIn(language, await client.SendAsync(message));
    }

    /// <summary>Every reply says it is in <paramref name="language"/>, and none holds the other language's stage menu or stage buttons.</summary>
    private static void AllIn(string language, IReadOnlyList<IMessageActivity> replies)
    {
        var other = language == "es" ? "en" : "es";
        var transcript = string.Join("\n---\n", replies.Select(r => r.Text + " [" + string.Join(" | ", r.Buttons()) + "]"));
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(ContentLanguage.Tag(language), r.Locale));
        using (ContentLanguage.Begin(other))
        {
            var menus = MenuKeys.Select(k => Messages[k]).ToList();
            var labels = Stages.Stages.Select(s => s.Label).Concat(Stages.Doors.Select(d => d.Title)).ToHashSet();
            foreach (var reply in replies)
            {
                Assert.False(menus.Any(m => reply.Text?.Contains(m, StringComparison.Ordinal) == true), transcript);
                Assert.False(reply.Buttons().Any(labels.Contains), transcript);
            }
        }
    }

    private static string English(Func<string> read)
    {
        using (ContentLanguage.Begin(ContentLanguage.English))
        {
            return read();
        }
    }

    private static string Label(string language, string stage)
    {
        using (ContentLanguage.Begin(language))
        {
            return Stages.Get(stage).Label;
        }
    }

    private static JObject Data(IReadOnlyList<IMessageActivity> replies) =>
        replies[^1].ChannelData is JObject data && data["iepNavigator"] is JObject navigator ? navigator : [];
}
