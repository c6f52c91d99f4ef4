using IepNavigator.Knowledge.Advising;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Dialogs.Triage;

/// <summary>What the back end computed for the packet: the advice with deadlines, the urgency and the free help.</summary>
public sealed record HandOffPreview
{
    public IReadOnlyList<NextStep> Steps { get; init; } = [];

    public IReadOnlyList<LedgerEntry> Letters { get; init; } = [];

    public required HandOffUrgency Urgency { get; init; }

    public required FreeHelpNote FreeHelp { get; init; }

    /// <summary>The day the parent may expect an advocate's first contact if they send now.</summary>
    public DateOnly? ExpectContactBy { get; init; }

    public string? Disclaimer { get; init; }
}

/// <summary>
/// How soon an advocate should call and why, in the parent's language: <see cref="Label"/> is the word the advocates'
/// console uses for the same level (one vocabulary), the reasons are the back end's reviewed sentences.
/// </summary>
public sealed record HandOffUrgency(UrgencyLevel Level, IReadOnlyList<string> Reasons)
{
    public string? Label { get; init; }
}

/// <summary>The state's free help (Parent Training and Information Center, Protection &amp; Advocacy agency).</summary>
public sealed record FreeHelpNote
{
    /// <summary>The state's name; null when the state is not known or not in the directory.</summary>
    public string? StateName { get; init; }

    public IReadOnlyList<FreeHelpContact> ParentCenters { get; init; } = [];

    public FreeHelpContact? ProtectionAndAdvocacy { get; init; }

    /// <summary>True when free help is the better first call; <see cref="Reasons"/> says why.</summary>
    public bool FreeHelpFirst { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The national directories (Parent Centers, then P&amp;A agencies), for a state not in the list.</summary>
    public IReadOnlyList<Uri> DirectoryUrls { get; init; } = [];
}

/// <summary>One free organisation; <paramref name="Verified"/> is false when the entry was not checked against its directory.</summary>
public sealed record FreeHelpContact(string Name, Uri Website, string? Serves = null, bool Verified = true);

/// <summary>The result of a submit: whether it was stored, the packet's id for withdrawal, and when to expect contact.</summary>
public sealed record HandOffResult(bool Stored, Guid? RequestId, HandOffUrgency? Urgency)
{
    public DateOnly? ExpectContactBy { get; init; }
}

/// <summary>A request the parent sent: shown again when they ask for an advocate again, and offered for withdrawal.</summary>
public sealed record SentRequest(Guid Id, string? CaseId, DateTimeOffset SentAt)
{
    public RequestStatus Status { get; init; }

    public ContactMethod? ContactMethod { get; init; }

    public DateOnly? ExpectContactBy { get; init; }
}

/// <summary>Where the practice is with a request, as the parent is told it.</summary>
public enum RequestStatus
{
    Received,
    Contacted,
    Booked,
    Closed,
}
