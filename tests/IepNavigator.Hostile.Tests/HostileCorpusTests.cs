using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests;

/// <summary>
/// Every case of corpus/cases.json against its endpoint of one shared host: never a 5xx, never a hang (each
/// request is bounded), and the conversation or API still answers normally right after it.
/// </summary>
public sealed class HostileCorpusTests(HostileCorpusTests.SharedHost shared) : IClassFixture<HostileCorpusTests.SharedHost>
{
    private const string ValidFacts = """{ "today": "2026-11-26", "state": "WA", "stage": "concerned", "concerns": ["reading"] }""";

    public sealed class SharedHost : IDisposable
    {
        public HostileHost Host { get; } = new(HostileHost.Unthrottled());
        public void Dispose() => Host.Dispose();
    }

    public static TheoryData<string> MessageCases => Corpus.Ids("messages");
    public static TheoryData<string> NextStepsCases => Corpus.Ids("next-steps");
    public static TheoryData<string> LetterCases => Corpus.Ids("letter");
    public static TheoryData<string> GoalCases => Corpus.Ids("goals");
    public static TheoryData<string> WidgetTokenCases => Corpus.Ids("widget-token");

    [Fact]
    public void Corpus_HasAtLeastSixtyCases_EachWithOneBody()
    {
        Assert.True(Corpus.All.Count >= 60, $"only {Corpus.All.Count} cases");
        Assert.Equal(Corpus.All.Count, Corpus.All.Select(c => c.Id).Distinct().Count());
        Assert.All(Corpus.All, c => Assert.Equal(1, (c.Body is null ? 0 : 1) + (c.BodyFile is null ? 0 : 1) + (c.Generate is null ? 0 : 1)));
    }

    [Theory]
    [MemberData(nameof(MessageCases))]
    public async Task Messages_HostileActivity_IsRefusedOrAnsweredPolitely_AndTheChatGoesOn(string id)
    {
        var item = Corpus.Find(id);
        var chat = new ChatClient(shared.Host.CreateBoundedClient(), "hostile-" + id, "user-" + id);
        Assert.NotEmpty(await chat.SayAsync("hi"));

        var body = CorpusBodies.Build(item, chat.ConversationId, chat.UserId, Guid.NewGuid().ToString("N"));
        for (var attempt = 0; attempt < item.Replay; attempt++)
        {
            using var response = await chat.PostRawAsync(body, item.ContentType, item.Chunked);
            await Outcome.AssertAcceptableAsync(item, response, ChatClient.ReplyTexts);
        }

        var after = await chat.SayAsync("help");
        Assert.NotEmpty(after);
        Assert.DoesNotContain(after, t => t.Contains(Outcome.TurnFailedMarker, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(NextStepsCases))]
    public async Task NextSteps_HostileBody_IsRefusedOrAnswered_AndTheApiStillWorks(string id)
    {
        var item = Corpus.Find(id);
        var client = shared.Host.CreateBoundedClient();
        var body = CorpusBodies.Build(item, "none", "none", "none");
        using (var response = await ChatClient.PostRawAsync(client, "/api/v1/next-steps", body, item.ContentType))
        {
            await Outcome.AssertAcceptableAsync(item, response, text => [text]);
        }
        using var valid = await ChatClient.PostRawAsync(client, "/api/v1/next-steps", Encoding.UTF8.GetBytes(ValidFacts), "application/json");
        Assert.True(valid.IsSuccessStatusCode);
    }

    [Theory]
    [MemberData(nameof(LetterCases))]
    public async Task LetterRender_HostileBody_IsRefusedOrRendered_AndRenderingStillWorks(string id)
    {
        var item = Corpus.Find(id);
        var client = shared.Host.CreateBoundedClient();
        var letter = Uri.EscapeDataString(item.LetterId ?? "evaluation-request");
        var path = $"/api/v1/letters/{letter}/render?{item.Query ?? "format=txt"}";
        var body = CorpusBodies.Build(item, "none", "none", "none");
        using (var response = await ChatClient.PostRawAsync(client, path, body, item.ContentType))
        {
            await Outcome.AssertAcceptableAsync(item, response, text => [text]);
        }
        var valid = new JObject { ["fields"] = new JObject { ["childName"] = "Sam" }, ["facts"] = JObject.Parse(ValidFacts) };
        using var again = await ChatClient.PostRawAsync(client, "/api/v1/letters/evaluation-request/render?format=txt",
            Encoding.UTF8.GetBytes(valid.ToString()), "application/json");
        Assert.True((int)again.StatusCode is 200 or 422, $"a normal render was answered {(int)again.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(GoalCases))]
    public async Task Goals_HostileBody_IsRefusedOrJudged_AndTheApiStillWorks(string id)
    {
        var item = Corpus.Find(id);
        var client = shared.Host.CreateBoundedClient();
        var body = CorpusBodies.Build(item, "none", "none", "none");
        using (var response = await ChatClient.PostRawAsync(client, "/api/v1/goals/" + (item.Path ?? "progress"), body, item.ContentType, chunked: item.Chunked))
        {
            await Outcome.AssertAcceptableAsync(item, response, text => [text]);
        }
        const string Valid = """{ "goal": { "unit": "words per minute", "baselineValue": 20, "baselineDate": "2026-01-05", "targetValue": 60, "endDate": "2026-12-01" }, "points": [ { "date": "2026-03-01", "value": 31 } ], "today": "2026-04-01" }""";
        using var again = await ChatClient.PostRawAsync(client, "/api/v1/goals/progress", Encoding.UTF8.GetBytes(Valid), "application/json");
        Assert.True(again.IsSuccessStatusCode, $"a normal progress request was answered {(int)again.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(WidgetTokenCases))]
    public async Task WidgetToken_HostileBody_GetsANewVisitorAtMost_AndTheEndpointStillWorks(string id)
    {
        var item = Corpus.Find(id);
        var client = shared.Host.CreateBoundedClient();
        var body = CorpusBodies.Build(item, "none", "none", "none");
        using (var response = await ChatClient.PostRawAsync(client, "/api/widget/token", body, item.ContentType, chunked: item.Chunked))
        {
            await Outcome.AssertAcceptableAsync(item, response, text => [text]);
            if (response.IsSuccessStatusCode)
            {
                // Whatever was sent, it never names an existing parent: the user is a new one.
                var issued = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync());
                Assert.StartsWith("dl_", (string?)issued["userId"], StringComparison.Ordinal);
                Assert.NotEqual("dl_victim", (string?)issued["userId"]);
                Assert.False((bool?)issued["resumed"]);
            }
        }
        Assert.NotNull(await DirectLineSession.TryStartAsync(client));
    }
}
