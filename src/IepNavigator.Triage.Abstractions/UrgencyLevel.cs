using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Urgency;

/// <summary>How soon an advocate should call: the packet's level, the queue's rank (the numeric value, higher first) and the band the parent's preview shows.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UrgencyLevel>))]
public enum UrgencyLevel
{
    [JsonStringEnumMemberName("routine")] Routine = 0,
    [JsonStringEnumMemberName("priority")] Priority = 1,
    [JsonStringEnumMemberName("urgent")] Urgent = 2,
}
