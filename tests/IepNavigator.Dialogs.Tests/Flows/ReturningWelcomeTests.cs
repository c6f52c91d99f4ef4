using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Steps;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>
/// A parent back after the gap (issue 18): the first message, whatever it says, is preceded by "Welcome back — about
/// &lt;child&gt;" with what is pending (letters sent and their answer dates, overdue or not; letters drafted and not
/// sent), then the message itself is handled; a parent whose case has a stage never gets the stage menu again.
/// </summary>
public sealed class ReturningWelcomeTests
{
    private const string OhioOpening = "My son is in 3rd grade in Ohio and struggles with reading, I haven't asked for anything yet";

    private static async Task<(LetterHarness Harness, DialogTestClient Client)> DraftedInAsync(string locale, string opening)
    {
        var harness = new LetterHarness();
        var client = harness.Client(locale: locale);
        var language = ContentLanguage.Normalize(locale);
        await OneAnswerDateTests.ReachAdviceAsync(client, opening, language);
        await OneAnswerDateTests.DraftAsync(harness, client, language);
        return (harness, client);
    }

    private static string In(string language, Func<string> text)
    {
        using var _ = ContentLanguage.Begin(language);
        return text();
    }

    private static void NoStageMenu(IReadOnlyList<IMessageActivity> replies, string language)
    {
        var messages = new MessageCatalog();
        var joined = replies.Joined();
        Assert.DoesNotContain(In(language, () => messages["where.question"]), joined, StringComparison.Ordinal);
        Assert.DoesNotContain(In(language, () => messages["where.unsure"]), joined, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackAWeekLater_ISentTheLetterOnDecember1_WelcomesByNameWithTheUnsentLetter_ThenMarksItSentAndMovesThePlan()
    {
        var (harness, client) = await DraftedInAsync("en-US", OhioOpening);
        using var _ = harness;
        harness.Clock.Advance(TimeSpan.FromDays(7));

        var replies = await client.SendAsync("hi, I'm back — I sent the letter on December 1");

        var welcome = replies[0].Text!;
        Assert.StartsWith("Welcome back — about Sam Rivera.", welcome, StringComparison.Ordinal);
        Assert.Contains("\"Request for a full special education evaluation\", drafted November 26, 2026: not marked as sent yet", welcome, StringComparison.Ordinal);
        Assert.Contains("Noted: you sent \"Request for a full special education evaluation\" on December 1, 2026", replies.Joined(), StringComparison.Ordinal);
        // Ohio: 30 days to answer the request, everywhere the date is said.
        Assert.Contains("due by December 31, 2026", replies.Joined(), StringComparison.Ordinal);
        var plan = replies.Advice();
        Assert.NotNull(plan);
        Assert.DoesNotContain(StepIds.RequestEvaluation, plan.StepIds());
        Assert.Single(replies, r => r.Text?.StartsWith("Welcome back", StringComparison.Ordinal) == true);
        NoStageMenu(replies, "en");
    }

    [Fact]
    public async Task BackAgain_WithTheLetterSent_ListsTheOpenClock_ThenTheCasesAdvice_NotTheStageMenu()
    {
        var (harness, client) = await DraftedInAsync("en-US", OhioOpening);
        using var _ = harness;
        await client.SendAsync("I sent it today");
        harness.Clock.Advance(TimeSpan.FromDays(3));

        var replies = await client.SendAsync("hi");

        Assert.Contains("\"Request for a full special education evaluation\", sent November 26, 2026: the school's answer is due by December 26, 2026.", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not marked as sent", replies[0].Text, StringComparison.Ordinal);
        // One request, one date: the plan's step with the same date is not said a second time in the welcome.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(replies[0].Text!, "December 26, 2026"));
        Assert.NotNull(replies.Advice());
        NoStageMenu(replies, "en");
    }

    [Fact]
    public async Task BackAfterTheAnswerDate_TheOverdueNoticeSaysItOnce_ThenTheWelcomeListsItAsOverdue()
    {
        var (harness, client) = await DraftedInAsync("en-US", "My son is in 3rd grade in New York and struggles with reading, I haven't asked for anything yet");
        using var _ = harness;
        await client.SendAsync("I sent it today");
        harness.Clock.Advance(TimeSpan.FromDays(20));

        var first = await client.SendAsync("hi");
        harness.Clock.Advance(TimeSpan.FromDays(2));
        var second = await client.SendAsync("hi");

        // New York sets no time: the letter's 15 days, December 11. First the notice with its follow-up letter (once),
        // not repeated in the welcome; next time the welcome lists it as overdue.
        Assert.StartsWith("Welcome back", first[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", first[0].Text, StringComparison.Ordinal);
        Assert.Single(first, r => r.Text?.Contains("was due by December 11, 2026", StringComparison.Ordinal) == true);
        Assert.Contains(first, r => r.Buttons().Contains("Draft the follow-up letter"));
        Assert.Contains("the school's answer, due by December 11, 2026, is overdue", second[0].Text, StringComparison.Ordinal);
        NoStageMenu(first, "en");
        NoStageMenu(second, "en");
    }

    [Fact]
    public async Task Spanish_HolaYaVolvi_LoMandeElUnoDeDiciembre_WelcomesInSpanishAndMarksItSent()
    {
        var (harness, client) = await DraftedInAsync("es-US", "Mi hijo está en tercer grado en Ohio y tiene problemas con la lectura, todavía no he pedido nada");
        using var _ = harness;
        harness.Clock.Advance(TimeSpan.FromDays(7));

        var replies = await client.SendAsync("hola, ya volví — lo mandé el 1 de diciembre");

        Assert.StartsWith("Hola de nuevo — sobre Sam Rivera.", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("redactada el 26 de noviembre de 2026: todavía no me ha dicho que la envió", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("1 de diciembre de 2026", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("31 de diciembre de 2026", replies[1].Text, StringComparison.Ordinal);
        Assert.NotNull(replies.Advice());
        NoStageMenu(replies, "es");
    }

    [Fact]
    public async Task BackAndStartOver_AsksWhereTheFamilyIsAgain()
    {
        var (harness, client) = await DraftedInAsync("en-US", OhioOpening);
        using var _ = harness;
        harness.Clock.Advance(TimeSpan.FromDays(2));

        var replies = await client.SendAsync("start over");

        Assert.Contains("Where are you in the process?", replies.Joined(), StringComparison.Ordinal);
        Assert.Null(replies.Advice());
    }

    [Fact]
    public async Task BackWithAQuestion_IsWelcomedOnce_AndTheQuestionIsAnswered()
    {
        var (harness, client) = await DraftedInAsync("en-US", OhioOpening);
        using var _ = harness;
        harness.Clock.Advance(TimeSpan.FromDays(2));

        var replies = await client.SendAsync("what have I sent?");
        var again = await client.SendAsync("hi");

        Assert.StartsWith("Welcome back — about Sam Rivera.", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Your paper trail:", replies.Joined(), StringComparison.Ordinal);
        Assert.DoesNotContain(again, r => r.Text?.Contains("Welcome back", StringComparison.Ordinal) == true);
        NoStageMenu(replies, "en");
    }
}
