using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// The meeting request's "what should the meeting cover?" was asked blank when the case already knew the problems
/// (found trying the bot as a parent): a suggestion written from the case's facts, in the parent's language, is shown
/// before the question with "Use this" (and Skip); the parent takes it or writes their own; nothing the case does not
/// hold is written.
/// </summary>
public sealed class MeetingReasonsSuggestionTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task NotProgressing_NoReports_TheQuestionComesWithASuggestion_UseThis_PutsItInTheLetter()
    {
        var client = _harness.Client();
        var asked = await ReachMeetingReasonsAsync(client, "the IEP isn't working", ["No, not really", "yes", "no"], "write the IEP meeting request letter");

        var offer = asked[^2].Text;
        Assert.Contains("the lack of expected progress on the IEP goals", offer, StringComparison.Ordinal);
        Assert.Contains("the progress reports on the IEP goals that I have not received", offer, StringComparison.Ordinal);
        // The services are delivered in this case (the second answer): not written.
        Assert.DoesNotContain("services", offer, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Use this", "Skip"], asked[^1].Buttons());

        var last = await FinishAsync(client, await client.SendAsync("Use this"));

        Assert.Contains("I would like the meeting to cover: the lack of expected progress on the IEP goals; the progress reports on the IEP goals that I have not received",
            EnglishText(last), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheParentsOwnWords_ReplaceTheSuggestion()
    {
        var client = _harness.Client();
        await ReachMeetingReasonsAsync(client, "the IEP isn't working", ["No, not really", "yes", "no"], "write the IEP meeting request letter");

        var last = await FinishAsync(client, await client.SendAsync("his reading is not improving and the aide is gone"));

        var letter = EnglishText(last);
        Assert.Contains("I would like the meeting to cover: his reading is not improving and the aide is gone", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("the lack of expected progress on the IEP goals", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_TheSuggestionIsInSpanish_WithUsarEsto()
    {
        var client = _harness.Client(locale: "es-US");
        var asked = await ReachMeetingReasonsAsync(client, "El IEP no está funcionando", ["No, la verdad no", "sí", "no"], "quiero la carta para pedir una reunión del IEP");

        Assert.Contains("la falta del progreso esperado en las metas del IEP", asked[^2].Text, StringComparison.Ordinal);
        Assert.Equal(["Usar esto", "Omitir"], asked[^1].Buttons());

        var last = await FinishAsync(client, await client.SendAsync("Usar esto"));

        // Written from the facts in both languages: English for the school (it was "[In Spanish: la falta…]"), Spanish in the copy.
        var english = EnglishText(last);
        Assert.Contains("the lack of expected progress on the IEP goals", english, StringComparison.Ordinal);
        Assert.DoesNotContain("[In Spanish", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_WritesOnlyTheFactsTheCaseHolds()
    {
        var suggestions = _harness.Services.GetRequiredService<LetterFieldSuggestions>();
        var today = new DateOnly(2026, 11, 26);

        Assert.Null(suggestions.For(LetterFieldSuggestions.MeetingReasons, new CaseFacts(), today));
        Assert.Null(suggestions.For(LetterFieldSuggestions.MeetingReasons, new CaseFacts { MakingProgress = true, ServicesDelivered = true, HasProgressReports = true }, today));
        Assert.Null(suggestions.For("concernDetails", new CaseFacts { MakingProgress = false }, today));
        Assert.Equal("my concerns about reading and math; IEP services that are not being provided as written",
            suggestions.For(LetterFieldSuggestions.MeetingReasons, new CaseFacts { Concerns = [ConcernArea.Reading, ConcernArea.Math], ServicesDelivered = false }, today)?.Shown);
        using (ContentLanguage.Begin("es"))
        {
            var spanish = suggestions.For(LetterFieldSuggestions.MeetingReasons, new CaseFacts { Concerns = [ConcernArea.Reading, ConcernArea.Math], ServicesDelivered = false }, today);
            Assert.Equal("mis preocupaciones sobre la lectura y las matemáticas; los servicios del IEP que no se están dando como están escritos", spanish?.Shown);
            Assert.Equal("my concerns about reading and math; IEP services that are not being provided as written", spanish?.ForLetter);
        }
    }

    /// <summary>To the advice, then the meeting request letter, answering the shared fields until "what should the meeting cover?".</summary>
    private static async Task<IReadOnlyList<IMessageActivity>> ReachMeetingReasonsAsync(DialogTestClient client, string opening, string[] answers, string request)
    {
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, opening, answers);
        Assert.NotNull(advice);
        Assert.Contains("request-iep-meeting", advice.StepIds());
        var replies = await client.SendAsync(request);
        for (var i = 0; i < 20 && Awaiting(replies) is { } field && field != LetterFieldSuggestions.MeetingReasons; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers[field]);
        }
        Assert.Equal(LetterFieldSuggestions.MeetingReasons, Awaiting(replies));
        return replies;
    }

    private static async Task<IReadOnlyList<IMessageActivity>> FinishAsync(DialogTestClient client, IReadOnlyList<IMessageActivity> replies)
    {
        for (var i = 0; i < 20 && Awaiting(replies) is { } field; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field) ?? LetterWalkthrough.OwnFieldAnswer);
        }
        Assert.Null(Awaiting(replies));
        return replies;
    }

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? (string?)data["iepNavigator"]?["awaiting"] : null;

    /// <summary>The English letter (what the school gets), in any chat's language: rendered as text from its download's order.</summary>
    private string EnglishText(IEnumerable<IMessageActivity> replies)
    {
        var order = replies.Downloads().Attachments.Select(a => _harness.Links.Orders[a.ContentUrl]).First(o => o.Language == ContentLanguage.English);
        return _harness.Services.GetRequiredService<IepNavigator.Letters.LetterRenderer>()
            .RenderText(order.LetterId, order.Fields, order.Facts, order.Today, ContentLanguage.English).Value!;
    }
}
