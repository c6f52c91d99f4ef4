namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// What the letters flow drafts. <see cref="Flows.LetterOptions"/> (from "Draft the letter") has the same first two
/// properties; a follow-up letter also names the ledger entry it follows, whose dates fill some fields.
/// </summary>
public sealed class LetterDraftOptions
{
    public string LetterId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string? FollowsEntryId { get; set; }
}
