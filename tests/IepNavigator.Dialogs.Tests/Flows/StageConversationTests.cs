using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>Whole conversations from a parent's own opening words to advice, one per stage.</summary>
public class StageConversationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Opening, the answers a parent would give, and a step the advice must contain.</summary>
    public static TheoryData<string, string[], string> Conversations => new()
    {
        { "I'm worried about my son's reading", ["I haven't asked yet", "no", "no"], "request-evaluation" },
        { "I asked in September and heard nothing", ["No, I asked in person", "not signed yet", "Texas"], "put-request-in-writing" },
        { "the evaluation is done, what now?", ["no", "yes", "I don't know"], "request-evaluation-report" },
        { "they said she doesn't qualify", ["yes", "no", "no"], "request-prior-written-notice" },
        { "the IEP isn't working", ["No, not really", "yes", "no"], "request-iep-meeting" },
        { "she has a 504 but she's still failing", ["No, not really", "I haven't asked yet", "no"], "request-evaluation" },
        { "he got suspended again", ["yes", "12", "last Monday"], "manifestation-determination" },
        { "I disagree with the school and they won't listen", ["no", "no", "no"], "request-prior-written-notice" },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Opening_ToAdvice_CarriesTheExpectedStepIds(string opening, string[] answers, string expectedStep)
    {
        using var harness = new FlowHarness();

        // Web Chat: the advice is one card, numbered 1, 2, 3, one row per step id, and the steps are not also in the text.
        var (advice, turns) = await RunToAdviceAsync(harness.Client(channelId: "webchat"), opening, answers);

        Assert.NotNull(advice);
        Assert.Contains(expectedStep, advice.StepIds());
        Assert.InRange(turns, 1, 1 + answers.Length);
        Assert.Equal("card", advice.View());
        var steps = advice.CardSteps();
        Assert.Equal(advice.StepIds().Count, steps.Count);
        Assert.Equal(Enumerable.Range(1, steps.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), steps.Select(s => s.Number));
        Assert.All(steps, s => Assert.DoesNotContain(s.Title, advice.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllStages_MedianTurnsFromOpeningToAdvice_IsAtMostFour()
    {
        var turns = new List<int>();
        foreach (var conversation in Conversations)
        {
            using var harness = new FlowHarness();
            var (advice, count) = await RunToAdviceAsync(harness.Client(), (string)conversation[0], (string[])conversation[1]);
            Assert.NotNull(advice);
            turns.Add(count);
        }
        turns.Sort();
        var median = (turns[(turns.Count - 1) / 2] + turns[turns.Count / 2]) / 2.0;

        output.WriteLine($"turns from opening to advice: {string.Join(",", turns)}; median {median}");
        Assert.True(median <= 4, $"median turns {median} ({string.Join(",", turns)})");
    }

    /// <summary>Sends the opening, then answers until an advice message arrives; returns it and the parent's turn count.</summary>
    internal static async Task<(IMessageActivity? Advice, int Turns)> RunToAdviceAsync(DialogTestClient client, string opening, IReadOnlyList<string> answers)
    {
        var turns = 1;
        var advice = (await client.SendAsync(opening)).Advice();
        foreach (var answer in answers)
        {
            if (advice is not null)
            {
                break;
            }
            turns++;
            advice = (await client.SendAsync(answer)).Advice();
        }
        return (advice, turns);
    }
}
