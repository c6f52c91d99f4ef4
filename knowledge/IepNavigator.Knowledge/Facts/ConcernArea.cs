using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge.Facts;

/// <summary>Areas of concern (knowledge-contract.md). Serialized kebab-case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConcernArea>))]
public enum ConcernArea
{
    [JsonStringEnumMemberName("reading")] Reading,
    [JsonStringEnumMemberName("writing")] Writing,
    [JsonStringEnumMemberName("math")] Math,
    [JsonStringEnumMemberName("attention")] Attention,
    [JsonStringEnumMemberName("behavior")] Behavior,
    [JsonStringEnumMemberName("speech-language")] SpeechLanguage,
    [JsonStringEnumMemberName("social")] Social,
    [JsonStringEnumMemberName("motor")] Motor,
    [JsonStringEnumMemberName("health")] Health,
    [JsonStringEnumMemberName("hearing")] Hearing,
    [JsonStringEnumMemberName("vision")] Vision,
    [JsonStringEnumMemberName("emotional")] Emotional,
    [JsonStringEnumMemberName("other")] Other,
}
