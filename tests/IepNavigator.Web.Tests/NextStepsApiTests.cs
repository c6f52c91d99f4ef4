using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests;

public sealed class NextStepsApiTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    private async Task<(HttpStatusCode Status, JObject Body, string? MediaType)> PostFactsAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await host.CreateClient().PostAsync(new Uri("/api/v1/next-steps", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JObject.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NextSteps_ConcernedParentWithNoRequest_RecommendsEvaluationWithDisclaimer()
    {
        var (status, body, _) = await PostFactsAsync("""
            { "today": "2026-11-26", "state": "WA", "stage": "concerned", "concerns": ["reading", "attention"] }
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = body["steps"]!.Select(s => (string)s["id"]!).ToList();
        Assert.Contains("request-evaluation", ids);
        Assert.Contains("contact-parent-center", ids);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["disclaimer"]));
        var evaluation = body["steps"]!.First(s => (string)s["id"]! == "request-evaluation");
        Assert.Equal("evaluation-request", (string?)evaluation["letter"]);
        Assert.NotEmpty(evaluation["citations"]!);
    }

    [Fact]
    public async Task NextSteps_EmptyFacts_StillGiveUsefulSteps()
    {
        var (status, body, _) = await PostFactsAsync("{}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(body["steps"]!);
        Assert.Contains("stage", body["missingFacts"]!.Select(f => (string)f!));
    }

    [Theory]
    [InlineData("""{ "childAge": "seven" }""", "childAge")]
    [InlineData("""{ "childAge": 40 }""", "childAge")]
    [InlineData("""{ "state": "ZZ" }""", "state")]
    [InlineData("""{ "stage": "lost-in-space" }""", "stage")]
    [InlineData("""{ "today": "2026-11-26", "evaluationRequestedOn": "2027-03-01" }""", "evaluationRequestedOn")]
    [InlineData("""{ "consentSignedOn": "2026-02-30" }""", "consentSignedOn")]
    [InlineData("""{ "daysRemovedThisYear": -3 }""", "daysRemovedThisYear")]
    [InlineData("""{ "concerns": ["reading", 7] }""", "concerns")]
    public async Task NextSteps_InvalidFact_Is400ProblemNamingTheField(string json, string field)
    {
        var (status, body, mediaType) = await PostFactsAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        var named = (string?)body["field"] == field || body["errors"]?[field] is not null;
        Assert.True(named, $"the problem should name '{field}': {body}");
    }

    [Fact]
    public async Task NextSteps_MalformedJson_Is400()
    {
        var (status, _, mediaType) = await PostFactsAsync("{ \"state\": ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    [Fact]
    public async Task Steps_ListsEveryContractStepId()
    {
        var json = await host.CreateClient().GetStringAsync(new Uri("/api/v1/steps", UriKind.Relative));
        var ids = JToken.Parse(json).SelectTokens("$..id").Select(t => (string)t!).ToHashSet();
        foreach (var id in ContractStepIds)
        {
            Assert.Contains(id, ids);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheKnowledgeApi_AndHasAReferencePage()
    {
        var client = host.CreateClient();
        var document = JObject.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        Assert.NotNull(document.SelectToken("paths['/api/v1/next-steps'].post"));
        Assert.NotNull(document.SelectToken("paths['/api/v1/steps'].get"));
        using var page = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    internal static readonly string[] ContractStepIds =
    [
        "document-concerns", "request-evaluation", "put-request-in-writing", "request-records",
        "request-prior-written-notice", "request-evaluation-report", "request-iee", "follow-up-iee",
        "review-iep-paperwork", "request-progress-data", "request-iep-meeting", "write-parent-concerns",
        "request-reevaluation", "consider-section-504", "request-fba-bip", "manifestation-determination",
        "request-esy", "plan-transition", "request-services-delivered", "escalate-overdue-timeline",
        "request-facilitated-meeting-or-mediation", "file-state-complaint", "consider-due-process",
        "contact-parent-center", "book-advocate", "learn-state-process",
    ];
}
