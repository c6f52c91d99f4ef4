namespace IepNavigator.Triage.Urgency;

/// <summary>The packet's urgency and every reason for it (the level is the highest reason's level).</summary>
public sealed record UrgencyAssessment(UrgencyLevel Level, IReadOnlyList<UrgencyReason> Reasons);

/// <summary>
/// One reason: a stable code (urgency.json), its level, the sentence in the packet's language, and what the sentence
/// was made from, so it can be said again in another language (<see cref="UrgencyWording"/>).
/// </summary>
public sealed record UrgencyReason(string Code, UrgencyLevel Level, string Text)
{
    public int? Days { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The steps whose due date the reason is about (passed, or close).</summary>
    public IReadOnlyList<DatedStep> Steps { get; init; } = [];

    /// <summary>A warning's own sentence, when no step carries the passed deadline.</summary>
    public string? Detail { get; init; }
}

/// <summary>A step id and its due date.</summary>
public sealed record DatedStep(string Id, DateOnly DueBy)
{
    /// <summary>Whose clock the date is (the knowledge base's deadline key), so the reason names it rather than the step.</summary>
    public string? What { get; init; }
}
