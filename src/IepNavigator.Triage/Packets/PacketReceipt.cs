namespace IepNavigator.Triage.Packets;

/// <summary>What the chat shows a parent about a packet they sent: when, where the practice is with it, how and by when they will be contacted.</summary>
public sealed record PacketReceipt(Guid PacketId, string? CaseId, DateTimeOffset CreatedAt, PacketStatus Status)
{
    public ContactMethod? ContactMethod { get; init; }

    public DateOnly? ExpectContactBy { get; init; }
}
