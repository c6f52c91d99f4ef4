namespace IepNavigator.Triage.Packets;

/// <summary>
/// One letter of the paper trail: drafted on a date, sent on a date (and how) once the parent says so, the answer date
/// the chat gave the parent, and the school's answer when it came (in the parent's words, in the chat's language).
/// </summary>
public sealed record LedgerEntry
{
    public required string LetterId { get; init; }

    /// <summary>The letter's title as the chat showed it (the parent's language); the console names it in its own.</summary>
    public string? Title { get; init; }

    /// <summary>The advice step the letter was drafted for, when there was one.</summary>
    public string? StepId { get; init; }

    public DateOnly? DraftedOn { get; init; }

    public DateOnly? SentOn { get; init; }

    /// <summary>"email", "mail", "fax" or "hand"; null when the parent did not say.</summary>
    public string? SentHow { get; init; }

    /// <summary>The date the school's answer is due, as the chat told the parent when they sent it.</summary>
    public DateOnly? AnswerDueOn { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    /// <summary>What the school answered, in the parent's words (optional).</summary>
    public string? SchoolAnswer { get; init; }
}
