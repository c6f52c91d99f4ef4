using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Steps;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// One request, one answer date (issue 18: one request once showed Dec 16 in the reply and the ledger, Dec 21 in the
/// letter and Dec 31 in the plan). An evaluation request drafted and sent on December 1, 2026: the reply to "I sent it",
/// the paper trail, the letter's "please answer by", the .ics and the plan that follows all give the same date, the
/// state's own time to answer where it has one.
/// </summary>
public sealed class OneAnswerDateTests
{
    private static readonly DateOnly SentOn = new(2026, 12, 1);

    public static TheoryData<string, string, string, string, DateOnly> Requests => new()
    {
        // Ohio: 30 days to answer a request (OAC 3301-51-06).
        { "en-US", "My son is in 3rd grade in Ohio and struggles with reading, I haven't asked for anything yet", "I sent it yesterday", "OH", new DateOnly(2026, 12, 31) },
        // Texas: 15 school days (TEC 29.004(c)) from Tuesday Dec 1: 14 school days to Monday Dec 21, the typical winter
        // break Dec 22 - Jan 2, the 15th on Monday Jan 4.
        { "en-US", "My son is in 3rd grade in Texas and struggles with reading, I haven't asked for anything yet", "I emailed it yesterday", "TX", new DateOnly(2027, 1, 4) },
        // New York sets no time to answer a request: the letter's own 15 days.
        { "en-US", "My son is in 3rd grade in New York and struggles with reading, I haven't asked for anything yet", "I sent it yesterday", "NY", new DateOnly(2026, 12, 16) },
        { "es-US", "Mi hijo está en tercer grado en Ohio y tiene problemas con la lectura, todavía no he pedido nada", "lo mandé el 1 de diciembre", "OH", new DateOnly(2026, 12, 31) },
        { "es-US", "Mi hijo está en tercer grado en Texas y tiene problemas con la lectura, todavía no he pedido nada", "la envié ayer", "TX", new DateOnly(2027, 1, 4) },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EvaluationRequest_SentDecember1_ReplyLedgerLetterIcsAndPlanGiveOneDate(string locale, string opening, string sent, string state, DateOnly due)
    {
        using var harness = new LetterHarness();
        harness.Clock.Advance(TimeSpan.FromDays(5)); // drafted on December 1, the day it is sent
        var client = harness.Client(locale: locale);
        var language = ContentLanguage.Normalize(locale);
        await ReachAdviceAsync(client, opening, language);

        var (ics, schoolLetter, datedOn) = await DraftAsync(harness, client, language);
        Assert.Equal(SentOn, datedOn);
        // Early next morning, before the 12 h after which a parent is welcomed back (ReturningWelcomeTests has that).
        harness.Clock.Advance(TimeSpan.FromHours(10));
        var afterSent = await client.SendAsync(sent);
        var ledger = (await client.SendAsync(language == "es" ? "¿qué cartas he enviado?" : "what have I sent?")).Joined();

        string Long(DateOnly date) { using var _ = ContentLanguage.Begin(language); return DateText.Long(date); }
        var reply = afterSent[0].Text ?? "";
        var plan = afterSent.Advice();
        Assert.True(plan is not null, $"no advice after \"{sent}\": {afterSent.Joined()}");
        Assert.Contains(Long(SentOn), reply, StringComparison.Ordinal);
        Assert.Contains(Long(due), reply, StringComparison.Ordinal);
        Assert.Contains(Long(due), ledger, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{due:yyyyMMdd}", ics, StringComparison.Ordinal);
        Assert.Contains($"by {PlainDates.Long(due, "en")}", schoolLetter, StringComparison.Ordinal);
        // The plan moved on (the request is done) and, where the state sets the time, its dated step says the same date.
        Assert.NotEqual(StepIds.RequestEvaluation, plan.StepIds()[0]);
        Assert.DoesNotContain(StepIds.RequestEvaluation, plan.StepIds());
        if (state != "NY")
        {
            Assert.Contains(StepIds.LearnStateProcess, plan.StepIds());
            Assert.Contains(Long(due), plan.Text, StringComparison.Ordinal);
        }
        Assert.Contains($"\"stage\":\"evaluation-requested\"", Newtonsoft.Json.JsonConvert.SerializeObject(plan.ChannelData), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentDaysAfterDrafting_TheReplyGivesTheCalendarOfTheDaySent_AndSaysWhyTheLettersDateDiffers()
    {
        using var harness = new LetterHarness();
        var client = harness.Client();
        await ReachAdviceAsync(client, "My son is in 3rd grade in Texas and struggles with reading, I haven't asked for anything yet", "en");
        var (draftedIcs, _, draftedOn) = await DraftAsync(harness, client, "en");
        harness.Clock.Advance(TimeSpan.FromDays(5));

        var replies = await client.SendAsync("I sent it today");
        var ledger = (await client.SendAsync("what have I sent?")).Joined();

        // Texas, 15 school days: from the draft (Thanksgiving) Dec 18; from the day sent (Dec 1) Jan 4.
        Assert.Contains("DTSTART;VALUE=DATE:20261218", draftedIcs, StringComparison.Ordinal);
        var calendar = Assert.Single(replies, r => r.Attachments?.Any(a => a.ContentType == "text/calendar") == true);
        Assert.Contains($"The letter is dated {DateText.Long(draftedOn)}", calendar.Text, StringComparison.Ordinal);
        Assert.Contains("due by January 4, 2027", calendar.Text, StringComparison.Ordinal);
        var ics = System.Text.Encoding.UTF8.GetString(harness.Download(calendar.Attachments.Single().ContentUrl).Content);
        Assert.Contains("DTSTART;VALUE=DATE:20270104", ics, StringComparison.Ordinal);
        Assert.Contains("answer due January 4, 2027", ledger, StringComparison.Ordinal);
        Assert.Contains("January 4, 2027", replies.Advice()!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentTheDayItIsDated_GivesNoSecondCalendar()
    {
        using var harness = new LetterHarness();
        var client = harness.Client();
        await ReachAdviceAsync(client, "My son is in 3rd grade in Texas and struggles with reading, I haven't asked for anything yet", "en");
        await DraftAsync(harness, client, "en");

        var replies = await client.SendAsync("I sent it today");

        Assert.DoesNotContain(replies, r => r.Attachments?.Any(a => a.ContentType == "text/calendar") == true);
    }

    internal static async Task ReachAdviceAsync(DialogTestClient client, string opening, string language)
    {
        var replies = await client.SendAsync(opening);
        for (var i = 0; i < 5 && replies.Advice() is null; i++)
        {
            replies = await client.SendAsync("no");
        }
        Assert.True(replies.Advice() is not null, $"no advice ({language}): {client.Transcript.Joined()}");
    }

    /// <summary>Drafts the evaluation request; returns the .ics the chat offered, the English letter for the school as text, and its date.</summary>
    internal static async Task<(string Ics, string SchoolLetter, DateOnly DatedOn)> DraftAsync(LetterHarness harness, DialogTestClient client, string language)
    {
        var renderer = harness.Services.GetRequiredService<LetterRenderer>();
        var template = renderer.Catalog.Find("evaluation-request", language)!;
        var replies = await client.SendAsync(language == "es" ? "Redactar la carta" : "Draft the letter");
        for (var i = 0; i < 12 && template.Fields.FirstOrDefault(f => replies[^1].Text == f.Question) is { } field; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field.Name) ?? LetterWalkthrough.OwnFieldAnswer);
        }
        var downloads = replies.Where(r => r.Attachments?.Count > 0).SelectMany(r => r.Attachments).Where(a => a.ContentUrl is not null).ToList();
        var ics = downloads.Single(a => a.Name.EndsWith(".ics", StringComparison.Ordinal));
        var letter = downloads.First(a => a.Name.EndsWith(".docx", StringComparison.Ordinal));
        var order = harness.Links.Orders[letter.ContentUrl];
        // The letter for the school is the English one in either chat; its text is what the .docx holds.
        var text = renderer.RenderText(order.LetterId, order.Fields, order.Facts, order.Today, "en");
        Assert.True(text.IsRendered);
        return (System.Text.Encoding.UTF8.GetString(harness.Download(ics.ContentUrl).Content), text.Value, order.Today);
    }
}
