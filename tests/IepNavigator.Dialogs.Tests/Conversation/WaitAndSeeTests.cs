using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Facts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// "The teacher says wait and see" with no request made is the school suggesting to wait (schoolSuggestedWaiting), never
/// a refused request: the bot does not then ask "has the school said no or told you to wait?", whether the parent said
/// it in the opening or in answer to that very question, and the advice never says "again" or "refused".
/// </summary>
public sealed class WaitAndSeeTests
{
    [Theory]
    [InlineData("en-US", "My daughter is in 3rd grade in Ohio and struggling with reading, the teacher says wait and see", "no")]
    [InlineData("es-US", "Mi hija está en 3er grado en Ohio y le cuesta leer, la maestra dice que hay que esperar", "no")]
    public async Task WaitingInTheOpening_IsNeverAskedAgain(string locale, string opening, string answer)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var turns = await WalkAsync(client, opening, _ => answer);

        Assert.True((bool?)Facts(turns[0])?[FactNames.SchoolSuggestedWaiting], "schoolSuggestedWaiting not set by the opening");
        Assert.DoesNotContain(turns, t => Awaiting(t) == FactNames.SchoolRefusedEvaluation);
        AssertNoRefusal(turns);
    }

    [Theory]
    [InlineData("en-US", "I'm worried about my son's reading", "I haven't asked yet", "the teacher says wait and see")]
    [InlineData("es-US", "Me preocupa mucho la lectura de mi hijo", "Todavía no la he pedido", "la maestra dice que hay que esperar")]
    [InlineData("en-US", "I'm worried about my son's reading", "I haven't asked yet", "the teacher said to wait and see")]
    [InlineData("es-US", "Me preocupa mucho la lectura de mi hijo", "todavía no lo he pedido", "la maestra me dijo que esperara")]
    public async Task WaitingAsTheAnswerToTheRefusedOrWaitQuestion_SettlesIt(string locale, string opening, string notAsked, string wait)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);
        var asked = 0;

        var turns = await WalkAsync(client, opening, field => field switch
        {
            FactNames.EvaluationRequestedOn => notAsked,
            // Before any request, the question is whether the school suggested waiting (issue 17: never "said no to evaluating").
            FactNames.SchoolSuggestedWaiting when asked++ == 0 => wait,
            _ => "no",
        });

        Assert.Equal(1, asked);
        var last = Facts(turns[^1]);
        Assert.True((bool?)last?[FactNames.SchoolSuggestedWaiting], "schoolSuggestedWaiting not set by the answer");
        Assert.Null(last?[FactNames.SchoolRefusedEvaluation]);
        AssertNoRefusal(turns);
    }

    [Theory]
    [InlineData("en-US", "I asked for an evaluation in writing on October 3", "the teacher says wait and see")]
    [InlineData("es-US", "Pedí la evaluación por escrito el 3 de octubre", "la maestra dice que esperemos")]
    public async Task WaitingAfterAWrittenRequest_IsTheSchoolsAnswer_AndNotAskedAgain(string locale, string request, string wait)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);
        var first = await client.SendAsync(request);
        Assert.Equal("evaluation-requested", (string?)Data(first)?["stage"]);

        var turns = await WalkAsync(client, wait, field => field == FactNames.State ? "Ohio" : "no");

        Assert.True((bool?)Facts(turns[0])?[FactNames.SchoolRefusedEvaluation], "the wait was not read as the school's answer to the request");
        Assert.Null(Facts(turns[^1])?[FactNames.SchoolSuggestedWaiting]);
        Assert.DoesNotContain(turns, t => Awaiting(t) == FactNames.SchoolRefusedEvaluation);
        Assert.DoesNotContain(turns, t => Awaiting(t) == FactNames.SchoolSuggestedWaiting);
    }

    /// <summary>Sends the opening, then answers each question by the field it awaits, until nothing is awaited.</summary>
    private static async Task<List<IReadOnlyList<IMessageActivity>>> WalkAsync(DialogTestClient client, string opening, Func<string, string> answer)
    {
        var turns = new List<IReadOnlyList<IMessageActivity>> { await client.SendAsync(opening) };
        for (var i = 0; i < 8 && Awaiting(turns[^1]) is { } field; i++)
        {
            turns.Add(await client.SendAsync(answer(field)));
        }
        Assert.Null(Awaiting(turns[^1]));
        return turns;
    }

    private static void AssertNoRefusal(List<IReadOnlyList<IMessageActivity>> turns)
    {
        var advice = turns[^1].Advice();
        Assert.NotNull(advice);
        Assert.DoesNotContain(FactNames.SchoolRefusedEvaluation, Facts(turns[^1])?.Properties().Select(p => p.Name) ?? []);
        Assert.DoesNotContain(" again", advice.Text ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refused", string.Join("\n", turns[^1].Select(r => r.Text)), StringComparison.OrdinalIgnoreCase);
    }

    private static JObject? Data(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? data["iepNavigator"] as JObject : null;

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) => (string?)Data(replies)?["awaiting"];

    private static JObject? Facts(IReadOnlyList<IMessageActivity> replies) => Data(replies)?["facts"] as JObject;
}
