using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// The overdue-timeline notice asked "What should have happened, and by when?" of a parent whose case already counted
/// the missed deadline, and "you tell me, you said it was due nov 2" went into the letter as typed (found trying the
/// bot as a parent). The question now comes with the deadlines the advice counts as passed; "Use this" or "you tell
/// me" takes them; a Spanish chat reads them in Spanish while the school's letter says them in English; "you tell me"
/// at a field the case cannot suggest is asked again, never written.
/// </summary>
public sealed class OverdueStepSuggestionTests : IDisposable
{
    // The harness's day is 2026-11-26: Texas gives the school 15 school days to answer a written request of October 3.
    private const string Opening = "We live in Texas. I asked for an evaluation in writing on October 3 and they never answered";
    private const string Passed = "the district's answer to my evaluation request was due by";
    private const string PassedInSpanish = "la respuesta del distrito a mi solicitud de evaluación vencía";

    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task TheQuestionComesWithTheMissedDeadline_YouTellMe_WritesIt_NotTheDeferral()
    {
        var client = _harness.Client();
        var asked = await ReachOverdueStepAsync(client, Opening, "draft the overdue letter");

        Assert.Contains(Passed, asked[^2].Text, StringComparison.Ordinal);
        Assert.Equal(["Use this", "Skip"], asked[^1].Buttons());

        var last = await FinishAsync(client, await client.SendAsync("you tell me, you said it was due nov 2"));

        var letter = TextIn(last, ContentLanguage.English);
        Assert.Contains("has passed: " + Passed, letter, StringComparison.Ordinal);
        Assert.DoesNotContain("you tell me", letter, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Spanish_ReadsItInSpanish_TheSchoolsLetterSaysItInEnglish_TheCopyInSpanish()
    {
        var client = _harness.Client(locale: "es-US");
        var asked = await ReachOverdueStepAsync(client,
            "Vivimos en Texas. Pedí la evaluación por escrito el 3 de octubre y nunca me contestaron", "quiero la carta del plazo vencido");

        Assert.Contains(PassedInSpanish, asked[^2].Text, StringComparison.Ordinal);
        Assert.Equal(["Usar esto", "Omitir"], asked[^1].Buttons());

        var last = await FinishAsync(client, await client.SendAsync("Usar esto"));

        var english = TextIn(last, ContentLanguage.English);
        Assert.Contains("has passed: " + Passed, english, StringComparison.Ordinal);
        Assert.DoesNotContain("[In Spanish", english, StringComparison.Ordinal);
        Assert.Contains(PassedInSpanish, TextIn(last, ContentLanguage.Spanish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task YouTellMe_WhereTheCaseHoldsNothingToSuggest_IsAskedAgain_NotWritten()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var replies = await client.SendAsync("write the evaluation request letter");
        for (var i = 0; i < 20 && Awaiting(replies) is { } field && field != "parentEmail"; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field) ?? LetterWalkthrough.OwnFieldAnswer);
        }
        Assert.Equal("parentEmail", Awaiting(replies));

        replies = await client.SendAsync("you tell me");

        Assert.Equal("parentEmail", Awaiting(replies));
        Assert.Contains("only you can write it", replies[^1].Text, StringComparison.Ordinal);
        var last = await FinishAsync(client, await client.SendAsync("ana@example.org"));
        Assert.DoesNotContain("you tell me", TextIn(last, ContentLanguage.English), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Suggestion_IsTheCasesMissedDeadlines_InBothLanguages_OrNothing()
    {
        var suggestions = _harness.Services.GetRequiredService<LetterFieldSuggestions>();
        var today = new DateOnly(2026, 11, 26);

        Assert.Null(suggestions.For(LetterFieldSuggestions.OverdueStep, new CaseFacts { State = "TX" }, today));
        // Asked yesterday: nothing has passed yet.
        Assert.Null(suggestions.For(LetterFieldSuggestions.OverdueStep, new CaseFacts { State = "TX", EvaluationRequestedOn = today.AddDays(-1), RequestInWriting = true }, today));
        var missed = new CaseFacts { State = "TX", EvaluationRequestedOn = new DateOnly(2026, 10, 3), RequestInWriting = true };
        using (ContentLanguage.Begin("es"))
        {
            var suggestion = suggestions.For(LetterFieldSuggestions.OverdueStep, missed, today);
            Assert.NotNull(suggestion);
            Assert.StartsWith(PassedInSpanish, suggestion.Shown, StringComparison.Ordinal);
            Assert.StartsWith(Passed, suggestion.ForLetter, StringComparison.Ordinal);
        }
    }

    private static async Task<IReadOnlyList<IMessageActivity>> ReachOverdueStepAsync(DialogTestClient client, string opening, string request)
    {
        await client.SendAsync(opening);
        var replies = await client.SendAsync(request);
        for (var i = 0; i < 20 && Awaiting(replies) is { } field && field != LetterFieldSuggestions.OverdueStep; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field) ?? "skip");
        }
        Assert.Equal(LetterFieldSuggestions.OverdueStep, Awaiting(replies));
        return replies;
    }

    private static async Task<IReadOnlyList<IMessageActivity>> FinishAsync(DialogTestClient client, IReadOnlyList<IMessageActivity> replies)
    {
        // Until the downloads: after them the chat may go on asking the case's next question.
        for (var i = 0; i < 20 && !replies.Any(r => r.Attachments?.Count > 0 && r.Attachments.All(a => a.ContentUrl is not null)) && Awaiting(replies) is { } field; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field) ?? LetterWalkthrough.OwnFieldAnswer);
        }
        return replies;
    }

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? (string?)data["iepNavigator"]?["awaiting"] : null;

    /// <summary>The letter in <paramref name="language"/> as its download writes it (the school's English, or the parent's Spanish copy).</summary>
    private string TextIn(IEnumerable<IMessageActivity> replies, string language)
    {
        var order = replies.Downloads().Attachments.Select(a => _harness.Links.Orders[a.ContentUrl]).First(o => o.Language == language);
        return _harness.Services.GetRequiredService<IepNavigator.Letters.LetterRenderer>()
            .RenderText(order.LetterId, order.Fields, order.Facts, order.Today, language).Value!;
    }
}
