using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>
/// A discipline case asks only what changes the advice: whether there is an IEP (unless the parent said), the days in a
/// row only over 10 days in total, whether the school calls the removals a pattern only when they were not in a row, and
/// then whether the manifestation review was held; "I don't know" is a full answer.
/// </summary>
public sealed class DisciplineQuestionsTests
{
    private static readonly FactQuestionCatalog Questions = new();

    [Theory]
    [InlineData("en-US", "My son has an IEP and he was suspended again, that's 12 days this year, not in a row", "No, nothing like that")]
    [InlineData("es-US", "Mi hijo tiene un IEP y lo suspendieron otra vez, ya van 12 días este año, no fueron seguidos", "No, nada de eso")]
    public async Task IepAndTwelveDaysNotInARow_AsksOnlyWhetherAChangeWasDecidedThenWhetherTheSchoolCallsItAPattern(string locale, string opening, string nothingDecided)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var first = await client.SendAsync(opening);
        Assert.Equal(FactNames.DisciplineChangeOfPlacementOn, Awaiting(first));
        var second = await client.SendAsync(nothingDecided);

        using var language = ContentLanguage.Begin(locale);
        var text = first.Joined() + second.Joined();
        Assert.DoesNotContain(Questions.Find(FactNames.HasIep)!.Question, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Questions.Find(FactNames.ConsecutiveDaysRemoved)!.Question, text, StringComparison.Ordinal);
        Assert.Contains(Questions.Find(FactNames.RemovalsArePattern)!.Question, text, StringComparison.Ordinal);
        Assert.Equal(FactNames.RemovalsArePattern, Awaiting(second));
    }

    [Fact]
    public async Task FewDaysRemoved_NeverAsksAboutARunOrAPattern()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();

        var replies = (await client.SendAsync("My daughter has an IEP and was suspended, 4 days this year")).Joined();
        replies += (await client.SendAsync("I don't know")).Joined();
        replies += (await client.SendAsync("I don't know")).Joined();

        Assert.DoesNotContain(Questions.Find(FactNames.ConsecutiveDaysRemoved)!.Question, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Questions.Find(FactNames.RemovalsArePattern)!.Question, replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwelveDaysNoIepSaid_AsksTheIepThenAChangeThenTheRun_IDontKnowMovesOnToAdvice()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();

        var first = await client.SendAsync("He was suspended again, 12 days so far this year");
        Assert.Equal(FactNames.HasIep, Awaiting(first));
        Assert.Equal(FactNames.DisciplineChangeOfPlacementOn, Awaiting(await client.SendAsync("yes")));
        Assert.Equal(FactNames.ConsecutiveDaysRemoved, Awaiting(await client.SendAsync("No, nothing like that")));
        // "I don't know" is an answer: the run stays unknown, and the advice asks the school whether it is a pattern.
        var advice = await client.SendAsync("I don't know");
        Assert.Contains("manifestation-determination", advice.SelectMany(r => (r.ChannelData as JObject)?["iepNavigator"]?["stepIds"]?.Values<string>() ?? []));
        Assert.Contains("pattern", advice.Joined(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeOfPlacement_AsksWhetherTheReviewWasHeldThenWhatItFound_ThenOffersTheAppeal()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();

        Assert.Equal(FactNames.HasIep, Awaiting(await client.SendAsync("They decided to expel him 3 weeks ago")));
        // Once a change of placement is decided, whether the review was held decides the advice before any count of days.
        Assert.Equal(FactNames.ManifestationReviewHeld, Awaiting(await client.SendAsync("yes")));
        Assert.Equal(FactNames.BehaviorWasManifestation, Awaiting(await client.SendAsync("yes")));
        // Three questions, then the advice: the review is not asked for again; its appeal is offered.
        var advice = await client.SendAsync("The school said no link");
        var steps = advice.SelectMany(r => (r.ChannelData as JObject)?["iepNavigator"]?["stepIds"]?.Values<string>() ?? []).ToList();
        Assert.Contains("request-expedited-hearing", steps);
        Assert.DoesNotContain("manifestation-determination", steps);
    }

    private static string? Awaiting(IReadOnlyList<Microsoft.Bot.Schema.IMessageActivity> replies) =>
        replies.Select(r => (r.ChannelData as JObject)?["iepNavigator"]?["awaiting"]?.ToString())
            .LastOrDefault(a => !string.IsNullOrEmpty(a));
}
