using IepNavigator.Triage.Packets;

namespace IepNavigator.Triage.Store;

/// <summary>A packet with the practice's status, assignment and notes, as the console shows it.</summary>
public sealed record StoredPacket(TriagePacket Packet, PacketStatus Status, DateTimeOffset StatusChangedAt, IReadOnlyList<PacketNote> Notes)
{
    /// <summary>The advocate (console user name) the request is assigned to, or null.</summary>
    public string? AssignedTo { get; init; }
}

/// <summary>An advocate's note, with the status the request had when it was written.</summary>
public sealed record PacketNote(DateTimeOffset At, string Author, PacketStatus Status, string Text);

/// <summary>One packet in the advocates' queue (the console groups them by family).</summary>
public sealed record QueueEntry(TriagePacket Packet, PacketStatus Status)
{
    public string? AssignedTo { get; init; }

    public DateTimeOffset StatusChangedAt { get; init; }
}

/// <summary>
/// Which packets the queue shows: by status (null = every status but closed, which leaves the queue) and by advocate
/// (null = anyone, <see cref="Unassigned"/> = no one yet).
/// </summary>
public sealed record QueueFilter(IReadOnlyList<PacketStatus>? Statuses = null, string? AssignedTo = null)
{
    public const string Unassigned = "";

    /// <summary>The default queue: every request not closed, whoever has it.</summary>
    public static QueueFilter Open { get; } = new();

    /// <summary>Every request, closed ones included (for tests and exports).</summary>
    public static QueueFilter Everything { get; } = new(Enum.GetValues<PacketStatus>());
}

/// <summary>A webhook message waiting in (or delivered from) the outbox.</summary>
public sealed record OutboxMessage(string DeliveryId, Guid PacketId, string Event, string Payload, int Attempts);
