namespace IepNavigator.Triage.Packets;

/// <summary>What the chat shows a parent about a packet they sent, so they can withdraw it.</summary>
public sealed record PacketReceipt(Guid PacketId, string? CaseId, DateTimeOffset CreatedAt, PacketStatus Status);
