namespace IepNavigator.Triage.Packets;

/// <summary>One letter of the paper trail: drafted on a date, sent on a date once the parent says so.</summary>
public sealed record LedgerEntry
{
    public required string LetterId { get; init; }

    public string? Title { get; init; }

    public DateOnly? DraftedOn { get; init; }

    public DateOnly? SentOn { get; init; }
}
