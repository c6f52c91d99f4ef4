using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge.Advising;

/// <summary>How soon a step should be taken. Declaration order is sort order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Urgency>))]
public enum Urgency
{
    [EnumMember(Value = "now"), JsonStringEnumMemberName("now")] Now,
    [EnumMember(Value = "soon"), JsonStringEnumMemberName("soon")] Soon,
    [EnumMember(Value = "when-ready"), JsonStringEnumMemberName("when-ready")] WhenReady,
}
