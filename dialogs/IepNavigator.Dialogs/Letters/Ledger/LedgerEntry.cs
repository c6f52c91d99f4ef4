using System.Text.Json.Serialization;

namespace IepNavigator.Dialogs.Letters.Ledger;

/// <summary>
/// One letter in a case's paper trail: drafted, then sent (when and how, as the parent says), then answered.
/// No field values are kept. Stored by State/StateJson (dates as yyyy-MM-dd, as rows have always had them).
/// </summary>
public sealed class LedgerEntry
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];
    public string LetterId { get; set; } = "";
    public string? StepId { get; set; }
    public DateOnly DraftedOn { get; set; }
    public DateOnly? SentOn { get; set; }

    /// <summary>email, mail, fax, hand (letter-ledger.json's sentHow keys); null when the parent did not say.</summary>
    public string? SentHow { get; set; }

    /// <summary>The deadline the letter started (the template's, counted from <see cref="SentOn"/>).</summary>
    public DateOnly? DueOn { get; set; }
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>What the school said, in the parent's words (optional).</summary>
    public string? Answer { get; set; }

    /// <summary>The "answer overdue" notice was given (in the chat or proactively); it is given once.</summary>
    public bool OverdueNoticeGiven { get; set; }

    /// <summary>The ledger entry this letter follows up, when it is a follow-up.</summary>
    public string? FollowsEntryId { get; set; }

    [JsonIgnore]
    public bool IsSent => SentOn is not null;

    [JsonIgnore]
    public bool IsAnswered => AnsweredOn is not null;

    /// <summary>Sent, unanswered, and its deadline is before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsSent && !IsAnswered && DueOn is { } due && due < today;
}
