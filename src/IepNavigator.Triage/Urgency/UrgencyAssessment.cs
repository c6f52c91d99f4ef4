namespace IepNavigator.Triage.Urgency;

/// <summary>The packet's urgency and every reason for it (the level is the highest reason's level).</summary>
public sealed record UrgencyAssessment(UrgencyLevel Level, IReadOnlyList<UrgencyReason> Reasons);

/// <summary>One reason: a stable code (see content/urgency.json), its level and the sentence an advocate reads.</summary>
public sealed record UrgencyReason(string Code, UrgencyLevel Level, string Text);
