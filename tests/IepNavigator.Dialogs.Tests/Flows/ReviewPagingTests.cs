using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.State;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Storage;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>"What do you know about my case" with many facts: a page at a time, a button per fact, "More" for the rest.</summary>
public sealed class ReviewPagingTests : IDisposable
{
    private readonly FlowHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    /// <summary>A parent whose case holds 14 facts (the stage and 13 answers), stored before the conversation.</summary>
    private async Task<DialogTestClient> ClientWithManyFactsAsync(string locale = "en-US")
    {
        var record = new CaseRecord();
        record.Apply(new CaseStatement
        {
            Facts = new CaseFacts
            {
                Stage = Stage.IepInPlace,
                State = "OH",
                ChildAge = 9,
                Concerns = [ConcernArea.Reading, ConcernArea.Behavior],
                HasRecords = false,
                HasProgressReports = true,
                GoalsMeasurable = false,
                MakingProgress = false,
                ServicesDelivered = true,
                RegressionOverBreaks = false,
                BehaviorConcerns = true,
                HasBehaviorPlan = false,
                LastIepReviewOn = new DateOnly(2026, 5, 12),
                IepMeetingOn = new DateOnly(2027, 5, 10),
            },
        });
        var document = new UserDocument { CaseBook = new CaseBook { Cases = [record], ActiveCaseId = record.Id } };
        await _harness.Storage.WriteDocumentsAsync([new DocumentWrite("test/users/parent-1", StateJson.Write(document), DocumentWrite.CreateOnly)]);
        return _harness.Client(locale: locale);
    }

    private static int Lines(IMessageActivity reply) => reply.Text.Split('\n').Count(l => l.Length > 2 && char.IsDigit(l[0]) && l.Contains(". ", StringComparison.Ordinal));

    [Fact]
    public async Task ManyFacts_FirstPageHasAButtonPerFact_AndMore()
    {
        var client = await ClientWithManyFactsAsync();

        var replies = await client.SendAsync("what do you know about my case");

        var list = replies[^2];
        var question = replies[^1];
        Assert.StartsWith("Here's what I know about your case:", list.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewDialog.PageSize, Lines(list));
        Assert.StartsWith("1. ", list.Text.Split('\n')[2], StringComparison.Ordinal);
        var buttons = question.Buttons();
        Assert.Equal(ReviewDialog.PageSize + 2, buttons.Count);
        Assert.Equal(["More", "Nothing, it's right"], buttons.TakeLast(2));
        Assert.Contains("\"More\" shows the rest", question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_ShowsTheNextFacts_NumberedOn_UntilTheLastPageHasNoMore()
    {
        var client = await ClientWithManyFactsAsync();
        var first = await client.SendAsync("what do you know about my case");
        var firstLabels = first[^1].Buttons().Take(ReviewDialog.PageSize).ToList();

        var second = await client.SendAsync("More");
        var third = await client.SendAsync("more");

        Assert.StartsWith("More of what I know (7–12 of 14):", second[^2].Text, StringComparison.Ordinal);
        Assert.Contains("\n7. ", second[^2].Text, StringComparison.Ordinal);
        Assert.Equal(ReviewDialog.PageSize, Lines(second[^2]));
        Assert.DoesNotContain(second[^1].Buttons(), b => firstLabels.Contains(b));
        Assert.Contains("More", second[^1].Buttons());
        Assert.StartsWith("More of what I know (13–14 of 14):", third[^2].Text, StringComparison.Ordinal);
        Assert.Equal(2, Lines(third[^2]));
        Assert.Equal(["Nothing, it's right"], third[^1].Buttons().TakeLast(1));
        Assert.DoesNotContain("More", third[^1].Buttons());
    }

    [Fact]
    public async Task OnALaterPage_AFactOfAnEarlierPageCanStillBeChangedByName()
    {
        var client = await ClientWithManyFactsAsync();
        var first = await client.SendAsync("what do you know about my case");
        var label = first[^1].Buttons()[1];
        await client.SendAsync("More");

        var asked = (await client.SendAsync(label)).Joined();

        Assert.DoesNotContain("Sorry", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Here's what I know", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_PagesWithMas()
    {
        var client = await ClientWithManyFactsAsync("es-US");

        var first = await client.SendAsync("que sabe de mi caso");
        var second = await client.SendAsync("Más");

        Assert.Contains("Más", first[^1].Buttons());
        Assert.StartsWith("Más de lo que sé (7 a 12 de 14):", second[^2].Text, StringComparison.Ordinal);
    }
}
