using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Dialogs.Triage;

/// <summary>What the chat gathered for the advocate. Plain data: the host maps it to its own packet request.</summary>
public sealed record HandOffRequest
{
    /// <summary>Channel and user id ("webchat/abc"): the only key for withdrawing later.</summary>
    public required string OwnerId { get; init; }

    public string? CaseId { get; init; }

    public required CaseFacts Facts { get; init; }

    /// <summary>The chat's language ("en", "es"): the parent's words and answers below are in it.</summary>
    public string Language { get; init; } = "en";

    public bool ConsentToShare { get; init; }

    /// <summary>The parent agreed that their own words go too.</summary>
    public bool ConsentToShareOwnWords { get; init; }

    public string? ParentWords { get; init; }

    /// <summary>The name the advocate should ask for (from the letters, or asked with consent); null when skipped.</summary>
    public string? ParentName { get; init; }

    /// <summary>"en", "es", or the language the parent named; null when skipped.</summary>
    public string? PreferredLanguage { get; init; }

    public required ContactMethod ContactMethod { get; init; }

    /// <summary>The e-mail address, or the phone number's 10 digits.</summary>
    public required string ContactAddress { get; init; }

    public string? Availability { get; init; }

    /// <summary>What the case already knows about the child (never asked again for the hand-off).</summary>
    public ChildDetails Child { get; init; } = ChildDetails.None;

    /// <summary>Letters drafted and sent in the chat (the case's paper trail).</summary>
    public IReadOnlyList<LetterTrailEntry> Letters { get; init; } = [];

    public DateOnly? DueProcessFiledOn { get; init; }

    /// <summary>
    /// False when the parent said they cannot pay: free help comes first in what the parent reads. Null when not said.
    /// The parent was told it only picks their first call, so the back end never stores or sends it.
    /// </summary>
    public bool? CanPayForAdvocate { get; init; }
}

/// <summary>The child as the case knows them, values as the parent typed them.</summary>
public sealed record ChildDetails(string? Name = null, string? DateOfBirth = null, string? Grade = null, string? School = null, string? District = null)
{
    public static ChildDetails None { get; } = new();
}

/// <summary>One letter of the paper trail as the advocate sees it: drafted, sent (how), the answer date the chat gave, the school's answer.</summary>
public sealed record LetterTrailEntry(string LetterId, string? Title, DateOnly? DraftedOn, DateOnly? SentOn)
{
    public string? StepId { get; init; }

    public string? SentHow { get; init; }

    public DateOnly? AnswerDueOn { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    /// <summary>What the school answered, in the parent's words.</summary>
    public string? SchoolAnswer { get; init; }
}
