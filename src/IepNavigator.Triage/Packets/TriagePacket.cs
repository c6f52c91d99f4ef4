using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.Packets;

/// <summary>
/// The case as an advocate receives it (stored, shown in the console, exported, sent to the booking system). The advice
/// and urgency sentences are in the advocates' language (Triage:Console:Language). It never holds the parent's answer
/// to the payment question: the chat promised that answer only picks the first call.
/// </summary>
public sealed record TriagePacket
{
    public required Guid Id { get; init; }

    public required string OwnerUserId { get; init; }

    public string? CaseId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The day the advice and urgency were computed for.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The language the parent chatted in ("en", "es"); their own words are in it. Old rows: English.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The language of the advice and urgency sentences stored here (the advocates', Triage:Console:Language).</summary>
    public string TextLanguage { get; init; } = "en";

    public string? State { get; init; }

    public Stage? Stage { get; init; }

    /// <summary>What the case already knew about the child (never re-asked).</summary>
    public ChildSummary Child { get; init; } = ChildSummary.Empty;

    public required CaseFacts Facts { get; init; }

    public IReadOnlyList<NextStep> Steps { get; init; } = [];

    public IReadOnlyList<AdviceWarning> Warnings { get; init; } = [];

    public IReadOnlyList<LedgerEntry> Ledger { get; init; } = [];

    /// <summary>Every dated deadline, earliest first (passed ones included): the first is the packet's next deadline.</summary>
    public IReadOnlyList<PacketDeadline> Deadlines { get; init; } = [];

    /// <summary>Present only when the parent consented to share their own words; written in <see cref="Language"/>.</summary>
    public string? ParentWords { get; init; }

    public required ContactPreference Contact { get; init; }

    /// <summary>When the parent can talk, in their words ("weekday evenings after 6").</summary>
    public string? Availability { get; init; }

    public DateOnly? DueProcessFiledOn { get; init; }

    public required UrgencyAssessment Urgency { get; init; }

    /// <summary>The date the family was told to expect an advocate's first contact (business days by urgency).</summary>
    public DateOnly? ExpectContactBy { get; init; }

    public required FreeHelpReferral FreeHelp { get; init; }

    public required string Disclaimer { get; init; }
}
