using System.Text.Json;

namespace IepNavigator.Triage.Urgency;

/// <summary>Thresholds and each reason's level from content/urgency.json (advocate-reviewable; the sentences are in packet-text.json).</summary>
public sealed record UrgencyPolicy
{
    public int DisciplineDaysThreshold { get; init; }

    public int ChangeOfPlacementWindowDays { get; init; }

    public int MeetingWithinDays { get; init; }

    public int DeadlineWithinDays { get; init; }

    public int DueProcessClockDays { get; init; }

    /// <summary>Reason code → level.</summary>
    public IReadOnlyDictionary<string, UrgencyLevel> Reasons { get; init; } = new Dictionary<string, UrgencyLevel>();

    /// <summary>The policy shipped in the assembly.</summary>
    public static UrgencyPolicy Default { get; } = Load();

    private static UrgencyPolicy Load()
    {
        return TriageContent.Files.Read<UrgencyPolicy>("urgency.json");
    }
}
