using System.Text.Json;
using IepNavigator.Knowledge;

namespace IepNavigator.Triage;

/// <summary>The packet's JSON (stored and sent to the webhook): the knowledge contract's shape, camelCase, ISO dates.</summary>
public static class TriageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = KnowledgeJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
