using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.Packets;

/// <summary>The case as an advocate receives it: what the parent sees before sending, and what the console shows.</summary>
public sealed record TriagePacket
{
    public required Guid Id { get; init; }

    public required string OwnerUserId { get; init; }

    public string? CaseId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The day the advice and urgency were computed for.</summary>
    public required DateOnly Today { get; init; }

    public string? State { get; init; }

    public Stage? Stage { get; init; }

    public required CaseFacts Facts { get; init; }

    public IReadOnlyList<NextStep> Steps { get; init; } = [];

    public IReadOnlyList<AdviceWarning> Warnings { get; init; } = [];

    public IReadOnlyList<LedgerEntry> Ledger { get; init; } = [];

    /// <summary>Present only when the parent consented to share their own words.</summary>
    public string? ParentWords { get; init; }

    public required ContactPreference Contact { get; init; }

    public string? Availability { get; init; }

    public DateOnly? DueProcessFiledOn { get; init; }

    public required UrgencyAssessment Urgency { get; init; }

    public required FreeHelpReferral FreeHelp { get; init; }

    public required string Disclaimer { get; init; }
}
