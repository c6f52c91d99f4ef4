using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests.Goals;

/// <summary>POST /api/v1/goals/check: the checker through HTTP, and every way the body can be wrong.</summary>
public sealed class GoalCheckApiTests : IAsyncLifetime
{
    private const string MeasurableGoal =
        "Given a grade-level passage, Maya will read aloud at 90 words correct per minute, up from a baseline of 45 words correct per minute, as measured by monthly curriculum-based probes, by May 2027.";

    private GoalApiHost host = null!;

    public async Task InitializeAsync() => host = await GoalApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await host.Client.PostAsync(new Uri("/api/v1/goals/check", UriKind.Relative), content);
    }

    private static string Body(string text) => new JObject { ["text"] = text }.ToString();

    [Fact]
    public async Task MeasurableAndVagueGoals_EachSayMeasurablePartsFoundMissingAndTheRewrite()
    {
        using var response = await PostAsync(Body(MeasurableGoal + "\n\nMaya will improve her reading skills."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        var goals = (JArray)json["goals"]!;
        Assert.Equal(2, goals.Count);
        Assert.False((bool)json["allMeasurable"]!);

        var good = goals[0];
        Assert.True((bool)good["measurable"]!);
        var found = good["found"]!.Select(f => (string?)f["part"]).ToList();
        Assert.Contains("baseline", found);
        Assert.Contains("criterion", found);
        Assert.Contains("measurement", found);
        Assert.Contains("timeframe", found);

        var vague = goals[1];
        Assert.False((bool)vague["measurable"]!);
        Assert.Equal(2, (int)vague["number"]!);
        var missing = vague["missing"]!.Select(m => (string?)m["part"]).ToList();
        Assert.Contains("criterion", missing);
        Assert.Contains("measurement", missing);
        Assert.All(vague["missing"]!, m => Assert.False(string.IsNullOrWhiteSpace((string?)m["explanation"])));
        Assert.False(string.IsNullOrWhiteSpace((string?)vague["explanation"]));
        Assert.Contains("[", (string?)vague["rewrite"]);
        Assert.Contains("improve", (string?)vague["vagueSkill"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GoalWrittenInSpanish_IsAnsweredAsNotJudged_WithNoMissingParts()
    {
        using var response = await PostAsync(Body("Para mayo de 2027, dado un texto de su grado, Eli leerá en voz alta 90 palabras correctas por minuto en 4 de 5 pruebas semanales, medido por el maestro."));
        using var english = await PostAsync(Body(MeasurableGoal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.False((bool)json["allMeasurable"]!);
        var spanish = Assert.Single((JArray)json["goals"]!);
        Assert.False((bool)spanish["judged"]!);
        Assert.Equal("es", (string?)spanish["language"]);
        Assert.Empty((JArray)spanish["missing"]!);
        Assert.StartsWith("I can only check goals written in English", (string?)spanish["explanation"], StringComparison.Ordinal);
        var judged = JObject.Parse(await english.Content.ReadAsStringAsync())["goals"]![0]!;
        Assert.True((bool)judged["judged"]!);
        Assert.Equal("en", (string?)judged["language"]);
    }

    [Fact]
    public async Task TextWithoutAGoal_AnswersWithTheMessageAndNoGoals()
    {
        using var response = await PostAsync(Body("Present levels: Maya reads 38 wcpm.\n\nShe likes art and music."));

        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((JArray)json["goals"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["message"]));
    }

    [Theory]
    [InlineData("{\"text\": \"\"}", "text")]
    [InlineData("{\"text\": \"   \"}", "text")]
    [InlineData("{}", "text")]
    [InlineData("{\"text\": 5}", "text")]
    [InlineData("{\"text\": [\"a goal\"]}", "text")]
    public async Task EmptyMissingOrWrongType_IsA400ProblemNamingTheField(string body, string field)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["field"]);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("")]
    public async Task NotAJsonObject_IsA400Problem(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HundredKilobytesOfText_IsA413Problem()
    {
        using var response = await PostAsync(Body(new string('a', 100 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NotJsonContentType_IsA415Problem()
    {
        using var response = await PostAsync("text=goal", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task LongButAcceptedText_IsCheckedUpToTheCheckersLimitAndSaysSo()
    {
        var section = string.Join("\n\n", Enumerable.Repeat(MeasurableGoal, 120));
        Assert.InRange(Encoding.UTF8.GetByteCount(Body(section)), 20_001, 64 * 1024);

        using var response = await PostAsync(Body(section));

        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)json["truncated"]!);
        Assert.NotEmpty((JArray)json["goals"]!);
    }
}
