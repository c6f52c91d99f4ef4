using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Packets;

/// <summary>Where the practice is with a packet; stored as the lower-case name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PacketStatus>))]
public enum PacketStatus
{
    [JsonStringEnumMemberName("new")] New,
    [JsonStringEnumMemberName("contacted")] Contacted,
    [JsonStringEnumMemberName("booked")] Booked,
    [JsonStringEnumMemberName("closed")] Closed,
}
