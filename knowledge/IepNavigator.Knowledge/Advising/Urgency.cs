using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge.Advising;

/// <summary>How soon a step should be taken. Declaration order is sort order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Urgency>))]
public enum Urgency
{
    [JsonStringEnumMemberName("now")] Now,
    [JsonStringEnumMemberName("soon")] Soon,
    [JsonStringEnumMemberName("when-ready")] WhenReady,
}
