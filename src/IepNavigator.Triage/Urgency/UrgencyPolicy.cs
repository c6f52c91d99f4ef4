using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Urgency;

/// <summary>Thresholds and reason sentences from content/urgency.json (advocate-reviewable).</summary>
public sealed record UrgencyPolicy
{
    public int DisciplineDaysThreshold { get; init; }

    public int ChangeOfPlacementWindowDays { get; init; }

    public int MeetingWithinDays { get; init; }

    public int DeadlineWithinDays { get; init; }

    public int DueProcessClockDays { get; init; }

    public IReadOnlyDictionary<string, ReasonText> Reasons { get; init; } = new Dictionary<string, ReasonText>();

    /// <summary>The policy shipped in the assembly.</summary>
    public static UrgencyPolicy Default { get; } = Load();

    private static UrgencyPolicy Load()
    {
        using var stream = TriageContent.Open("urgency.json");
        return JsonSerializer.Deserialize<UrgencyPolicy>(stream, TriageContent.JsonOptions)
            ?? throw new InvalidDataException("content/urgency.json is empty.");
    }
}

/// <summary>A reason's level and its sentence with {days}, {date} and {detail} slots.</summary>
public sealed record ReasonText([property: JsonRequired] UrgencyLevel Level, [property: JsonRequired] string Text);
