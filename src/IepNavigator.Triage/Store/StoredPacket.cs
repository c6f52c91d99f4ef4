using IepNavigator.Triage.Packets;

namespace IepNavigator.Triage.Store;

/// <summary>A packet with the practice's status and notes, as the console shows it.</summary>
public sealed record StoredPacket(TriagePacket Packet, PacketStatus Status, DateTimeOffset StatusChangedAt, IReadOnlyList<PacketNote> Notes);

/// <summary>An advocate's note, written with a status change.</summary>
public sealed record PacketNote(DateTimeOffset At, string Author, PacketStatus Status, string Text);

/// <summary>One row of the advocates' queue.</summary>
public sealed record QueueEntry(TriagePacket Packet, PacketStatus Status);

/// <summary>A webhook message waiting in (or delivered from) the outbox.</summary>
public sealed record OutboxMessage(string DeliveryId, Guid PacketId, string Event, string Payload, int Attempts);
