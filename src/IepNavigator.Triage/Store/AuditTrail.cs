using static IepNavigator.Triage.Store.SqlText;

namespace IepNavigator.Triage.Store;

/// <summary>Who did what in the advocate console, when, to which packet. Rows hold ids only, never case content.</summary>
public sealed class AuditTrail(TriageDatabase database, TimeProvider clock)
{
    /// <summary>Who withdrew a request: the family, from the chat (never a name).</summary>
    public const string FamilyActor = "(family)";

    /// <summary>The family withdrew the request; the packet, its notes and its outbox rows went with it.</summary>
    public const string WithdrawnAction = "withdrawn";

    private readonly string _audit = database.Table("audit");

    public Task RecordAsync(string actor, string action, Guid? packetId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return database.ExecuteAsync(
            $"INSERT INTO {_audit} (id, at, actor, action, packet_id) VALUES (@id, @at, @actor, @action, @packet)",
            new { id = Id(Guid.NewGuid()), at = Millis(clock.GetUtcNow()), actor, action, packet = packetId is Guid packet ? Id(packet) : null },
            cancellationToken);
    }

    /// <summary>When the family withdrew packet <paramref name="packetId"/>, or null when it never did (an address that never existed).</summary>
    public async Task<DateTimeOffset?> WithdrawnAtAsync(Guid packetId, CancellationToken cancellationToken) =>
        await database.ExecuteScalarAsync<long?>($"SELECT MAX(at) FROM {_audit} WHERE packet_id = @packet AND action = @action",
            new { packet = Id(packetId), action = WithdrawnAction }, cancellationToken).ConfigureAwait(false) is { } at ? Time(at) : null;

    /// <summary>The newest entries first; only one packet's when <paramref name="packetId"/> is given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(Guid? packetId, int limit, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<(long At, string Actor, string Action, string? PacketId)>(
            packetId is not null
                ? $"SELECT at, actor, action, packet_id FROM {_audit} WHERE packet_id = @packet ORDER BY at DESC, id LIMIT @limit"
                : $"SELECT at, actor, action, packet_id FROM {_audit} ORDER BY at DESC, id LIMIT @limit",
            new { packet = packetId is Guid id ? Id(id) : null, limit = (long)limit }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new AuditEntry(Time(row.At), row.Actor, row.Action, row.PacketId is null ? null : Guid.ParseExact(row.PacketId, "N")))];
    }
}

/// <summary>One audited action (in the console, or the family's withdrawal).</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, Guid? PacketId);
