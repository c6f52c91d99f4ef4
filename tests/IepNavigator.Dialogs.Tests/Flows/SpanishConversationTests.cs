using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Steps;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>
/// The assistant in Spanish: every stage from a Spanish opening to advice in Spanish, the channel's locale,
/// "español" / "English" mid-chat and remembered, a Spanish message in an English chat. Expected sentences are
/// read from the Spanish content files, so the tests check that the right language reaches the parent.
/// </summary>
public sealed class SpanishConversationTests
{
    private static readonly MessageCatalog Messages = new();
    private static readonly StepCatalog Steps = new();

    /// <summary>A parent's Spanish opening, the answers they would give (buttons in Spanish or typed), and a step the advice must contain.</summary>
    public static TheoryData<string, string[], string> Conversations => new()
    {
        { "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"], "request-evaluation" },
        { "Pedí una evaluación en septiembre y no me han contestado", ["No, la pedí en persona", "Todavía no lo firmo", "Texas"], "put-request-in-writing" },
        { "Ya terminaron la evaluación, ¿y ahora qué hago?", ["no", "sí", "no sé"], "request-evaluation-report" },
        { "La escuela dijo que no califica", ["sí", "no", "no"], "request-prior-written-notice" },
        { "El IEP no está funcionando", ["No, la verdad no", "sí", "no"], "request-iep-meeting" },
        { "Tiene un plan 504 pero sigue reprobando", ["No, la verdad no", "Todavía no la he pedido", "no"], "request-evaluation" },
        { "Lo suspendieron otra vez", ["sí", "12", "el lunes pasado"], "manifestation-determination" },
        { "No estoy de acuerdo con la escuela y no me hacen caso", ["no", "no", "no"], "request-prior-written-notice" },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task SpanishOpening_ToAdviceInSpanish(string opening, string[] answers, string expectedStep)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: "es-US");

        var (advice, turns) = await StageConversationTests.RunToAdviceAsync(client, opening, answers);

        Assert.True(advice is not null, "no advice; the chat said:\n" + string.Join("\n---\n", client.Transcript.Select(r => r.Text)));
        Assert.Contains(expectedStep, advice.StepIds());
        Assert.InRange(turns, 1, 1 + answers.Length);
        var spanishTitle = Spanish(() => Steps.Find(expectedStep)!.Title);
        var englishTitle = English(() => Steps.Find(expectedStep)!.Title);
        Assert.Contains(spanishTitle, advice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(englishTitle, advice.Text, StringComparison.Ordinal);
        Assert.All(client.Transcript, r => Assert.Equal("es-US", r.Locale));
        Assert.DoesNotContain(client.Transcript, r => r.Text?.Contains(English(() => Messages["prompt.retry"]), StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AParentWhoWroteMiHija_ReadsSuHija_NeverSuHijo()
    {
        // The replies are written "su hijo" (questions, advice); the parent said "mi hija" (content/es/child-words.json).
        using var harness = new FlowHarness();
        var client = harness.Client(locale: "es-US");

        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, "Me preocupa mucho la lectura de mi hija", ["Todavía no la he pedido", "no", "no"]);

        var said = string.Join("\n", client.Transcript.Select(r => r.Text));
        Assert.NotNull(advice);
        Assert.Contains("su hija", said, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\p{L})[Ss]u hijo(?!\p{L})", said);
        // On a channel that shows the advice as a card, its step reasons (from the knowledge library, written "su hijo(a)")
        // say "su hija" too.
        var widget = harness.Client(userId: "parent-2", conversationId: "conversation-2", locale: "es-US", channelId: "webchat");
        Assert.NotNull((await StageConversationTests.RunToAdviceAsync(widget, "Me preocupa mucho la lectura de mi hija", ["Todavía no la he pedido", "no", "no"])).Advice);
        var cards = widget.Transcript.SelectMany(r => r.Attachments ?? [])
            .Where(a => a.ContentType == IepNavigator.Dialogs.Presentation.AdviceCard.ContentType)
            .Select(a => Newtonsoft.Json.Linq.JToken.FromObject(a.Content).ToString()).ToList();
        Assert.NotEmpty(cards);
        Assert.Contains(cards, c => c.Contains("su hija", StringComparison.Ordinal));
        Assert.All(cards, c => Assert.DoesNotMatch(@"(?<!\p{L})[Ss]u hijo(?!\p{L})", c));
    }

    [Fact]
    public async Task SpanishLocale_WelcomesInSpanish_WithSpanishDoors()
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: "es-US");

        var replies = await client.JoinAsync();

        Assert.Contains(Spanish(() => Messages["welcome"]), replies.Joined(), StringComparison.Ordinal);
        Assert.DoesNotContain(English(() => Messages["welcome"]), replies.Joined(), StringComparison.Ordinal);
        Assert.Contains(replies.SelectMany(r => r.Buttons()), b => b == Spanish(() => new IepNavigator.Dialogs.Understanding.StageCatalog().Doors[0].Title));
    }

    [Fact]
    public async Task DirectLine_WaitsForWebChatsJoinEvent_ThenWelcomesInItsLocale()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        var update = client.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.ChannelId = "directline";
        update.Locale = null;
        update.MembersAdded = [update.From];

        // Direct Line opens the conversation before Web Chat has said which language its page shows.
        Assert.Empty(await client.SendAsync(update));

        var join = client.MakeActivity();
        join.Type = ActivityTypes.Event;
        join.Text = null;
        join.ChannelId = "directline";
        join.Name = "webchat/join";
        join.Locale = null;
        join.Value = new Newtonsoft.Json.Linq.JObject { ["locale"] = "es-US" };
        var welcome = await client.SendAsync(join);

        Assert.Contains(Spanish(() => Messages["welcome"]), welcome.Joined(), StringComparison.Ordinal);
        Assert.All(welcome, r => Assert.Equal("es-US", r.Locale));
    }

    [Fact]
    public async Task Espanol_MidQuestion_SwitchesTheChat_AndIsRememberedInTheNextChat()
    {
        using var harness = new FlowHarness();
        var english = harness.Client();
        await english.SendAsync("I'm worried about my son's reading");

        var switched = await english.SendAsync("español");
        var transcript = string.Join("\n---\n", switched.Select(r => r.Text + " [" + string.Join("|", r.Buttons()) + "]"));

        Assert.Contains(Spanish(() => Messages["language.switched"]), switched.Joined(), StringComparison.Ordinal);
        Assert.All(switched, r => Assert.Equal("es-US", r.Locale));
        // The case goes on where it stood: the question is asked again, now in Spanish.
        Assert.True(switched.Any(r => r.Buttons().Contains(Spanish(() => new FactQuestionCatalog().Find("evaluationRequestedOn")!.None!.Title))), transcript);

        // A new chat of the same parent, from an English page, stays in Spanish: the choice is remembered.
        var later = harness.Client(conversationId: "conversation-2");
        var replies = await later.SendAsync("hola");
        Assert.All(replies, r => Assert.Equal("es-US", r.Locale));

        var back = await later.SendAsync("English");
        Assert.Contains(English(() => Messages["language.switched"]), back.Joined(), StringComparison.Ordinal);
        Assert.All(back, r => Assert.Equal("en-US", r.Locale));
    }

    [Fact]
    public async Task SpanishMessage_InAnEnglishChat_SwitchesToSpanish_AndIsUnderstood()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();

        var replies = await client.SendAsync("Hola, pedí una evaluación para mi hija el 3 de septiembre y la escuela no me contesta");

        Assert.Contains(Spanish(() => Messages["language.detected"]), replies.Joined(), StringComparison.Ordinal);
        // The date was understood and is said back in Spanish.
        Assert.Contains("3 de septiembre de 2026", replies.Joined(), StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Equal("es-US", r.Locale));
    }

    [Fact]
    public async Task EnglishWhenChosen_IsKept_EvenIfTheParentThenWritesSpanish()
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: "es-US");
        await client.SendAsync("English");

        var replies = await client.SendAsync("la escuela dijo que no califica para nada");

        Assert.All(replies, r => Assert.Equal("en-US", r.Locale));
        Assert.DoesNotContain(Spanish(() => Messages["language.detected"]), replies.Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyAndExplainers_AnswerInSpanish()
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: "es-US");
        await client.SendAsync("La escuela dijo que no califica");

        var explained = await client.SendAsync("¿Qué es un IEE?");

        var explainer = Spanish(() => new ExplainerCatalog().ById("iee")!.Text);
        Assert.Contains(explainer[..40], explained.Joined(), StringComparison.Ordinal);
    }

    private static T Spanish<T>(Func<T> read)
    {
        using var _ = ContentLanguage.Begin(ContentLanguage.Spanish);
        return read();
    }

    private static T English<T>(Func<T> read)
    {
        using var _ = ContentLanguage.Begin(ContentLanguage.English);
        return read();
    }
}
