using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Urgency;

/// <summary>How soon an advocate should call. The numeric value is the queue rank (higher first).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UrgencyLevel>))]
public enum UrgencyLevel
{
    [JsonStringEnumMemberName("routine")] Routine = 0,
    [JsonStringEnumMemberName("priority")] Priority = 1,
    [JsonStringEnumMemberName("urgent")] Urgent = 2,
}
