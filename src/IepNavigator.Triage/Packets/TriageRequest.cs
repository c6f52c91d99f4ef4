using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Triage.Packets;

/// <summary>What the chat gathered when the parent asked for an advocate. Nothing is stored without <see cref="ConsentToShare"/>.</summary>
public sealed record TriageRequest
{
    /// <summary>The chat's user id; the only key for withdrawing the packet later.</summary>
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

    public required ContactPreference Contact { get; init; }

    /// <summary>When the parent can talk, in their words ("weekday evenings after 6").</summary>
    public string? Availability { get; init; }

    /// <summary>Letters drafted and sent (the chat's paper trail).</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get; init; } = [];

    /// <summary>When a due-process complaint was filed (by either side), if one was.</summary>
    public DateOnly? DueProcessFiledOn { get; init; }

    /// <summary>False when the parent said they cannot pay for an advocate: free help comes first.</summary>
    public bool? CanPayForAdvocate { get; init; }
}
