using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Facts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// "last March" / "in March I think" names no day: the case keeps March 1 to count from, but the chat never shows it as
/// "March 1" — the review and the advice say "March 2026", and a letter to the school uses its undated wording.
/// </summary>
public sealed class RoughDateTests
{
    [Theory]
    [InlineData("en-US", "I asked for an evaluation last March", "March 1, 2026", "March 2026")]
    [InlineData("en-US", "I asked for an evaluation in March I think", "March 1, 2026", "March 2026")]
    [InlineData("es-US", "Pedí la evaluación en marzo, creo", "1 de marzo de 2026", "marzo de 2026")]
    public async Task ARoughRequestDate_IsShownAsItsMonth_InTheAdvice(string locale, string opening, string asADay, string asAMonth)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var turns = new List<IReadOnlyList<IMessageActivity>> { await client.SendAsync(opening) };
        Assert.Equal("2026-03-01", (string?)Facts(turns[0])?[FactNames.EvaluationRequestedOn]);
        for (var i = 0; i < 10 && Awaiting(turns[^1]) is { } field; i++)
        {
            turns.Add(await client.SendAsync(field == FactNames.State ? "Ohio" : field == FactNames.RequestInWriting ? "yes" : "no"));
        }

        var said = string.Join("\n", turns.SelectMany(t => t).Select(r => r.Text));
        Assert.NotNull(turns[^1].Advice());
        Assert.DoesNotMatch(@"(?<!\d)" + System.Text.RegularExpressions.Regex.Escape(asADay), said);
        Assert.Contains(asAMonth, turns[^1].Advice()!.Text ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "I asked the teacher for an evaluation in March, just verbally", "in March 2026", "on March 2026")]
    [InlineData("es-US", "le pedi a la maestra que lo evaluaran en marzo pero nada mas de palabra", "en marzo de 2026", "el marzo de 2026")]
    public async Task ARoughDate_TakesTheMonthsPreposition(string locale, string opening, string right, string wrong)
    {
        // Seen trying the bot as a parent: "Usted pidió una evaluación el octubre de 2026".
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var turns = new List<IReadOnlyList<IMessageActivity>> { await client.SendAsync(opening) };
        for (var i = 0; i < 10 && Awaiting(turns[^1]) is { } field; i++)
        {
            turns.Add(await client.SendAsync(field == FactNames.State ? "Ohio" : "no"));
        }

        var advice = turns[^1].Advice()!.Text ?? "";
        Assert.Contains(right, advice, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, advice, StringComparison.Ordinal);
    }

    [Fact]
    public void FactsForLetters_LeaveOutARoughDate_AndKeepAnExactOne()
    {
        var record = new CaseRecord();
        record.Set(FactNames.EvaluationRequestedOn, new DateOnly(2026, 3, 1), DatePrecision.Month);
        record.Set(FactNames.IepMeetingOn, new DateOnly(2026, 12, 14));

        var facts = record.FactsForLetters;

        Assert.Null(facts.EvaluationRequestedOn);
        Assert.Equal(new DateOnly(2026, 12, 14), facts.IepMeetingOn);
        Assert.Equal(new DateOnly(2026, 3, 1), record.Facts.EvaluationRequestedOn);
    }

    private static JObject? Data(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? data["iepNavigator"] as JObject : null;

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) => (string?)Data(replies)?["awaiting"];

    private static JObject? Facts(IReadOnlyList<IMessageActivity> replies) => Data(replies)?["facts"] as JObject;
}
