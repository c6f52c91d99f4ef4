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

    public async Task RecordAsync(string actor, string action, Guid? packetId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            (string, object?)[] values = [("@id", Id(Guid.NewGuid())), ("@at", Millis(clock.GetUtcNow())), ("@actor", actor), ("@action", action)];
            var sql = packetId is not null
                ? $"INSERT INTO {_audit} (id, at, actor, action, packet_id) VALUES (@id, @at, @actor, @action, @packet)"
                : $"INSERT INTO {_audit} (id, at, actor, action, packet_id) VALUES (@id, @at, @actor, @action, NULL)";
            await ExecuteAsync(connection, null, sql, cancellationToken, packetId is Guid packet ? [.. values, ("@packet", Id(packet))] : values).ConfigureAwait(false);
        }
    }

    /// <summary>When the family withdrew packet <paramref name="packetId"/>, or null when it never did (an address that never existed).</summary>
    public async Task<DateTimeOffset?> WithdrawnAtAsync(Guid packetId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, $"SELECT MAX(at) FROM {_audit} WHERE packet_id = @packet AND action = @action",
                ("@packet", Id(packetId)), ("@action", WithdrawnAction));
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? null : Time(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The newest entries first; only one packet's when <paramref name="packetId"/> is given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(Guid? packetId, int limit, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = packetId is Guid id
                ? Command(connection, null, $"SELECT at, actor, action, packet_id FROM {_audit} WHERE packet_id = @packet ORDER BY at DESC, id LIMIT @limit", ("@packet", Id(id)), ("@limit", (long)limit))
                : Command(connection, null, $"SELECT at, actor, action, packet_id FROM {_audit} ORDER BY at DESC, id LIMIT @limit", ("@limit", (long)limit));
            var entries = new List<AuditEntry>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entries.Add(new AuditEntry(Time(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2),
                        reader.IsDBNull(3) ? null : Guid.ParseExact(reader.GetString(3), "N")));
                }
            }

            return entries;
        }
    }
}

/// <summary>One audited action (in the console, or the family's withdrawal).</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, Guid? PacketId);
