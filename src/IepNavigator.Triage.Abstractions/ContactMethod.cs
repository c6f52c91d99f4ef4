using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Packets;

/// <summary>How the parent wants to be reached: the chat asks it, the packet keeps it (as "email", "phone", "text").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactMethod>))]
public enum ContactMethod
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("phone")] Phone,
    [JsonStringEnumMemberName("text")] Text,
}
