using System.Text.Json;
using System.Text.Json.Nodes;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Json;

public class KnowledgeJsonTests
{
    private static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", name));

    [Fact]
    public void Json_ContractAdviceExample_RoundTrips()
    {
        var json = Example("advice-example.json");

        var advice = JsonSerializer.Deserialize<Advice>(json, KnowledgeJson.Options)!;
        var again = JsonSerializer.Serialize(advice, KnowledgeJson.Options);

        Assert.Equal(Urgency.Now, advice.Steps[0].Urgency);
        Assert.Equal(new DateOnly(2026, 12, 10), advice.Steps[0].DueBy);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(again)), again);
    }

    [Fact]
    public void Json_FactsWithEveryField_RoundTrips()
    {
        var json = Example("facts-example.json");

        var facts = JsonSerializer.Deserialize<CaseFacts>(json, KnowledgeJson.Options)!;
        var again = JsonSerializer.Serialize(facts, KnowledgeJson.Options);

        Assert.Equal(Stage.EvaluationRequested, facts.Stage);
        Assert.Equal([ConcernArea.Reading, ConcernArea.SpeechLanguage], facts.Concerns);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(again)), again);
    }

    [Fact]
    public void Json_EnumsAndDates_UseContractSpelling()
    {
        var json = JsonSerializer.Serialize(new CaseFacts { Stage = Stage.Plan504, ConsentSignedOn = new(2028, 2, 29) }, KnowledgeJson.Options);

        Assert.Contains("\"stage\":\"plan-504\"", json, StringComparison.Ordinal);
        Assert.Contains("\"consentSignedOn\":\"2028-02-29\"", json, StringComparison.Ordinal);
        Assert.Equal(Urgency.WhenReady, JsonSerializer.Deserialize<Urgency>("\"when-ready\"", KnowledgeJson.Options));
    }

    [Theory]
    [InlineData("""{ "consentSignedOn": "2026-02-30" }""")]
    [InlineData("""{ "consentSignedOn": "11/02/2026" }""")]
    [InlineData("""{ "childAge": "nine" }""")]
    [InlineData("""{ "childAge": "9" }""")]
    [InlineData("""{ "stage": "waiting" }""")]
    [InlineData("""{ "stage": 3 }""")]
    [InlineData("""{ "requestInWriting": "yes" }""")]
    public void Json_WrongTypeOrImpossibleValue_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<CaseFacts>(json, KnowledgeJson.Options));
    }

    [Fact]
    public void Json_UnknownField_IsIgnored()
    {
        var facts = JsonSerializer.Deserialize<CaseFacts>("""{ "favouriteColour": "blue", "state": "TX" }""", KnowledgeJson.Options)!;

        Assert.Equal("TX", facts.State);
    }

    [Fact]
    public void Json_ErrorPath_NamesTheField()
    {
        var error = Assert.ThrowsAny<JsonException>(() =>
            JsonSerializer.Deserialize<CaseFacts>("""{ "iepMeetingOn": "2026-13-01" }""", KnowledgeJson.Options));

        Assert.Equal("$.iepMeetingOn", error.Path);
    }

    [Fact]
    public void Json_ConfigureOnHostOptions_BehavesLikeOptions()
    {
        var hostOptions = KnowledgeJson.Configure(new JsonSerializerOptions());

        var facts = JsonSerializer.Deserialize<CaseFacts>("""{ "Stage": "iep-in-place", "lastIepReviewOn": "2028-02-29" }""", hostOptions)!;

        Assert.Equal(Stage.IepInPlace, facts.Stage);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<CaseFacts>("""{ "stage": 4 }""", hostOptions));
    }
}
