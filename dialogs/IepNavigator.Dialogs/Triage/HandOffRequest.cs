using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Dialogs.Triage;

/// <summary>What the chat gathered for the advocate. Plain data: the host maps it to its own packet request.</summary>
public sealed record HandOffRequest
{
    /// <summary>Channel and user id ("webchat/abc"): the only key for withdrawing later.</summary>
    public required string OwnerId { get; init; }

    public string? CaseId { get; init; }

    public required CaseFacts Facts { get; init; }

    public bool ConsentToShare { get; init; }

    /// <summary>The parent agreed that their own words go too.</summary>
    public bool ConsentToShareOwnWords { get; init; }

    public string? ParentWords { get; init; }

    public required ContactChannel ContactChannel { get; init; }

    /// <summary>The e-mail address or phone number.</summary>
    public required string ContactAddress { get; init; }

    public string? Availability { get; init; }

    /// <summary>Letters drafted and sent in the chat (the case's paper trail).</summary>
    public IReadOnlyList<LetterTrailEntry> Letters { get; init; } = [];

    public DateOnly? DueProcessFiledOn { get; init; }

    /// <summary>False when the parent said they cannot pay: free help comes first. Null when not said.</summary>
    public bool? CanPayForAdvocate { get; init; }
}

public enum ContactChannel
{
    Email,
    Phone,
    Text,
}

/// <summary>One letter of the paper trail as the advocate sees it.</summary>
public sealed record LetterTrailEntry(string LetterId, string? Title, DateOnly? DraftedOn, DateOnly? SentOn);
