using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge.Facts;

/// <summary>Areas of concern (knowledge-contract.md). Serialized kebab-case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConcernArea>))]
public enum ConcernArea
{
    [EnumMember(Value = "reading"), JsonStringEnumMemberName("reading")] Reading,
    [EnumMember(Value = "writing"), JsonStringEnumMemberName("writing")] Writing,
    [EnumMember(Value = "math"), JsonStringEnumMemberName("math")] Math,
    [EnumMember(Value = "attention"), JsonStringEnumMemberName("attention")] Attention,
    [EnumMember(Value = "behavior"), JsonStringEnumMemberName("behavior")] Behavior,
    [EnumMember(Value = "speech-language"), JsonStringEnumMemberName("speech-language")] SpeechLanguage,
    [EnumMember(Value = "social"), JsonStringEnumMemberName("social")] Social,
    [EnumMember(Value = "motor"), JsonStringEnumMemberName("motor")] Motor,
    [EnumMember(Value = "health"), JsonStringEnumMemberName("health")] Health,
    [EnumMember(Value = "hearing"), JsonStringEnumMemberName("hearing")] Hearing,
    [EnumMember(Value = "vision"), JsonStringEnumMemberName("vision")] Vision,
    [EnumMember(Value = "emotional"), JsonStringEnumMemberName("emotional")] Emotional,
    [EnumMember(Value = "other"), JsonStringEnumMemberName("other")] Other,
}
