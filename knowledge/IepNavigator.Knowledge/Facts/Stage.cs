using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge.Facts;

/// <summary>Where the family is in the process (knowledge-contract.md). Serialized kebab-case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stage>))]
public enum Stage
{
    [EnumMember(Value = "concerned"), JsonStringEnumMemberName("concerned")] Concerned,
    [EnumMember(Value = "evaluation-requested"), JsonStringEnumMemberName("evaluation-requested")] EvaluationRequested,
    [EnumMember(Value = "evaluation-complete"), JsonStringEnumMemberName("evaluation-complete")] EvaluationComplete,
    [EnumMember(Value = "not-eligible"), JsonStringEnumMemberName("not-eligible")] NotEligible,
    [EnumMember(Value = "iep-in-place"), JsonStringEnumMemberName("iep-in-place")] IepInPlace,
    [EnumMember(Value = "plan-504"), JsonStringEnumMemberName("plan-504")] Plan504,
    [EnumMember(Value = "discipline"), JsonStringEnumMemberName("discipline")] Discipline,
    [EnumMember(Value = "disagreement"), JsonStringEnumMemberName("disagreement")] Disagreement,
}
