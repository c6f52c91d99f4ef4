namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// The last letter drafted for a case, kept on <see cref="Cases.CaseRecord.LastDraft"/> so a corrected field re-issues
/// it without asking anything again: the letter's own answers (the shared fields are remembered on the case book), the
/// fields the parent could not give (shown as a visible placeholder) and the answers written in Spanish (flagged in the
/// English letter for the school). Deleted with the rest of the parent's data.
/// </summary>
public sealed class LetterDraft
{
    public string LetterId { get; set; } = "";
    public string? StepId { get; set; }
    public string? FollowsEntryId { get; set; }

    /// <summary>The letter's own answers (concern details, the follow-up's dates), by field name.</summary>
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Fields the parent could not or would not give: a placeholder stands in while they have no value.</summary>
    public List<string> Blanks { get; set; } = [];

    /// <summary>Answers the parent wrote in Spanish, by field: flagged in the English letter while the field still holds it.</summary>
    public Dictionary<string, string> InSpanish { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Suggestions taken in a Spanish chat, by field: the English the school's letter carries, while <see cref="InSpanish"/>
    /// holds the Spanish the parent read (and their copy writes).
    /// </summary>
    public Dictionary<string, string> SuggestedInEnglish { get; set; } = new(StringComparer.Ordinal);
}
