using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge.Facts;

/// <summary>Where the family is in the process (knowledge-contract.md). Serialized kebab-case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stage>))]
public enum Stage
{
    [JsonStringEnumMemberName("concerned")] Concerned,
    [JsonStringEnumMemberName("evaluation-requested")] EvaluationRequested,
    [JsonStringEnumMemberName("evaluation-complete")] EvaluationComplete,
    [JsonStringEnumMemberName("not-eligible")] NotEligible,
    [JsonStringEnumMemberName("iep-in-place")] IepInPlace,
    [JsonStringEnumMemberName("plan-504")] Plan504,
    [JsonStringEnumMemberName("discipline")] Discipline,
    [JsonStringEnumMemberName("disagreement")] Disagreement,
}
