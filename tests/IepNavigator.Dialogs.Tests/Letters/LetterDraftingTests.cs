using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>From the advice to a downloaded letter to "I sent it" and the advice recomputed from the day sent.</summary>
public sealed class LetterDraftingTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FlowHarness.Start.UtcDateTime);
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private LetterRenderer Renderer => _harness.Services.GetRequiredService<LetterRenderer>();

    [Fact]
    public async Task DraftTheLetter_AsksOnlyTheMissingFields_ThenPreviewAndThreeDownloads()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var replies = await client.SendAsync("Draft the letter");
        var (asked, last) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", replies);

        var template = Renderer.Catalog.Find("evaluation-request")!;
        Assert.Equal(template.RequiredFields.Select(f => f.Name), asked);
        Assert.Contains(last, r => r.Text?.Contains("Request for a full and individual evaluation of Sam Rivera", StringComparison.Ordinal) == true);
        var downloads = last.Downloads();
        Assert.Equal(["docx", "txt", "ics"], downloads.Attachments.Select(a => a.Name[(a.Name.LastIndexOf('.') + 1)..]));
        Assert.All(downloads.Attachments, a => Assert.DoesNotContain("Sam", a.Name, StringComparison.Ordinal));
        Assert.Equal(3, _harness.Links.Orders.Count);

        var text = System.Text.Encoding.UTF8.GetString(_harness.Download(downloads.Attachments[1].ContentUrl).Content);
        Assert.Contains("Sam Rivera", text, StringComparison.Ordinal);
        Assert.Contains("34 CFR 300.301", text, StringComparison.Ordinal);
        Assert.Contains(DateText.Long(Today), text, StringComparison.Ordinal);
        var ics = System.Text.Encoding.UTF8.GetString(_harness.Download(downloads.Attachments[2].ContentUrl).Content);
        Assert.Contains(Today.AddDays(template.Deadline.Days).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), ics, StringComparison.Ordinal);
        Assert.Equal("I sent it today", Assert.Single(last[^1].Buttons()));
    }

    [Fact]
    public async Task ISentItToday_StartsTheClock_AndTheAdviceIsRecomputedWithTheNewDueDate()
    {
        // A state with a timeline from the written request, so the advice has a date to recompute.
        await _harness.SeedFactsAsync("parent-1", (FactNames.State, "CA"));
        var client = _harness.Client();
        var before = await LetterWalkthrough.ReachAdviceAsync(client);
        var (_, drafted) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
        var docx = _harness.Download(drafted.Downloads().Attachments[0].ContentUrl);
        Assert.Equal("evaluation-request-2026-11-26.docx", docx.FileName);
        Assert.True(docx.Content.Length > 1000);

        var replies = await client.SendAsync("I emailed it today");

        var answerDue = Today.AddDays(Renderer.Catalog.Find("evaluation-request")!.Deadline.Days);
        Assert.Contains($"on {DateText.Long(Today)} by email", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains($"due by {DateText.Long(answerDue)}", replies[0].Text, StringComparison.Ordinal);
        var after = replies.Advice();
        Assert.NotNull(after);
        // What the knowledge base advises once the written request is dated today: its due date must be shown.
        var expected = _harness.Services.GetRequiredService<IAdvisor>().Advise(
            new CaseFacts { Today = Today, State = "CA", Stage = Stage.EvaluationRequested, Concerns = [ConcernArea.Reading], EvaluationRequestedOn = Today, RequestInWriting = true },
            Today);
        var due = expected.Steps.Select(s => s.DueBy).First(d => d is not null)!.Value;
        Assert.Contains(DateText.Long(due), after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DateText.Long(due), before.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(before.StepIds()[0], after.StepIds()); // the request itself is done
    }

    [Fact]
    public async Task SecondLetter_AsksOnlyItsOwnFields_TheSharedOnesAreRemembered()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));
        await client.SendAsync("I sent it today");

        var replies = await client.SendAsync("Draft the letter");
        var template = Renderer.Catalog.All.Single(t => replies[0].Text!.Contains($"\"{t.Title}\"", StringComparison.Ordinal));
        var (asked, last) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, template.Id, replies);

        Assert.NotEqual("evaluation-request", template.Id);
        Assert.Equal(template.RequiredFields.Select(f => f.Name).Except(LetterWalkthrough.SharedAnswers.Keys), asked);
        Assert.NotNull(last.Downloads());
        var fields = _harness.Links.Orders.Values.Last().Fields;
        Assert.Equal("Sam Rivera", fields["childName"]);
        Assert.Equal("ana@example.org", fields["parentEmail"]);
    }

    [Fact]
    public async Task SecondChild_IsAskedTheChildsFields_ButNotTheParentsOwn()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync("Draft the letter"));

        await client.SendAsync("add a child");
        await client.SendAsync("Maya");
        await LetterWalkthrough.ReachAdviceAsync(client, ["I haven't asked yet", "Reading", "no", "no", "no"]);
        var replies = await client.SendAsync("Draft the letter");
        var (asked, _) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", replies);

        Assert.Contains("childName", asked);
        Assert.Contains("school", asked);
        Assert.DoesNotContain("parentName", asked);
        Assert.DoesNotContain("parentEmail", asked);
    }
}
