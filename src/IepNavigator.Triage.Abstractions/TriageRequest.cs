using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Triage.Packets;

/// <summary>
/// What the chat gathered when the parent asked for an advocate: the chat builds it, the desk previews and stores it
/// (one type, no mapping between them). Nothing is stored without <see cref="ConsentToShare"/>.
/// </summary>
public sealed record TriageRequest
{
    /// <summary>Channel and user id ("webchat/abc"), as the bot's user state keys it: the only key for withdrawing the packet later.</summary>
    public required string OwnerUserId { get; init; }

    /// <summary>The chat's case id, when a parent has several children.</summary>
    public string? CaseId { get; init; }

    public required CaseFacts Facts { get; init; }

    /// <summary>The parent agreed that the packet goes to the advocacy practice.</summary>
    public bool ConsentToShare { get; init; }

    /// <summary>The parent agreed that their own words go too; otherwise <see cref="ParentWords"/> is dropped.</summary>
    public bool ConsentToShareOwnWords { get; init; }

    /// <summary>The parent's own description of the struggles.</summary>
    public string? ParentWords { get; init; }

    /// <summary>The chat's language ("en", "es"): the parent's words and answers are in it.</summary>
    public string Language { get; init; } = "en";

    public required ContactPreference Contact { get; init; }

    /// <summary>When the parent can talk, in their words ("weekday evenings after 6").</summary>
    public string? Availability { get; init; }

    /// <summary>What the case knows about the child (from the letters the parent drafted).</summary>
    public ChildSummary Child { get; init; } = ChildSummary.Empty;

    /// <summary>Letters drafted and sent (the chat's paper trail).</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get; init; } = [];

    /// <summary>When a due-process complaint was filed (by either side), if one was and the facts do not say.</summary>
    public DateOnly? DueProcessFiledOn { get; init; }

    /// <summary>
    /// False when the parent said they cannot pay for an advocate: free help comes first in what the parent sees.
    /// Used for the parent's preview only; never stored in the packet nor sent (the chat promised so).
    /// </summary>
    public bool? CanPayForAdvocate { get; init; }
}
