using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests;

/// <summary>A parent's first conversation, end to end through the real host over plain HTTP (expectReplies).</summary>
public sealed class ConversationTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task NewParent_FromWelcomeToAdvice_GetsEvaluationStepWithStepIds()
    {
        var client = new BotClient(host.CreateClient(), "first-parent");

        var welcome = await client.JoinAsync();
        var welcomeText = BotClient.Texts(welcome);
        Assert.Contains("not legal advice", welcomeText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(welcome, r => r["suggestedActions"]?["actions"] is JArray { Count: >= 3 });

        var replies = await client.SendAsync("Just starting: I'm worried about my child");
        var advice = await AnswerUntilAdviceAsync(client, replies);

        var stepIds = BotClient.StepIds(advice);
        Assert.Contains("request-evaluation", stepIds);
        Assert.Contains("contact-parent-center", stepIds);
        Assert.DoesNotContain("ask for an iep", BotClient.Texts(advice), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Restart_KeepsTheConversationWhereItWas()
    {
        string pendingQuestion;
        using (var first = new NavigatorHostFactory(host.DataDirectory))
        {
            var client = new BotClient(first.CreateClient(), "restart-parent");
            await client.JoinAsync();
            var replies = await client.SendAsync("Just starting: I'm worried about my child");
            pendingQuestion = LastPrompt(replies);
            Assert.False(string.IsNullOrWhiteSpace(pendingQuestion));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var second = new NavigatorHostFactory(host.DataDirectory);
        var resumed = new BotClient(second.CreateClient(), "restart-parent");
        var afterRestart = await resumed.SendAsync("help");
        // The help answer re-asks the question that was pending before the restart, not the opening question.
        Assert.Contains(pendingQuestion, BotClient.Texts(afterRestart), StringComparison.Ordinal);
    }

    /// <summary>Answers "I don't know" (always valid) to every question until a reply carries step ids.</summary>
    private static async Task<IReadOnlyList<JObject>> AnswerUntilAdviceAsync(BotClient client, IReadOnlyList<JObject> replies)
    {
        for (var turn = 0; turn < 15; turn++)
        {
            if (BotClient.StepIds(replies).Count > 0)
            {
                return replies;
            }
            replies = await client.SendAsync("I don't know");
        }
        Assert.Fail("No advice after 15 answers: the conversation should reach advice in a few turns.");
        return replies;
    }

    private static string LastPrompt(IReadOnlyList<JObject> replies) =>
        replies.Select(r => (string?)r["text"]).LastOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? string.Empty;
}
