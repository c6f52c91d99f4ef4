using System.Data.Common;
using System.Text.Json;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Webhook;
using static IepNavigator.Triage.Store.SqlText;

namespace IepNavigator.Triage.Store;

/// <summary>
/// Packets, their status and notes. A new packet and its webhook message are written in one transaction, so a
/// stored packet is always delivered and a delivered one was always stored. Packet documents, notes and webhook
/// payloads pass through <see cref="IPacketProtector"/> (encrypted at rest), each bound to its own row id.
/// </summary>
public sealed class TriagePacketStore(TriageDatabase database, IPacketProtector protector, TimeProvider clock)
{
    /// <summary>The logical table names, also the protector's sub-purposes (the same on both providers).</summary>
    internal const string PacketsTable = "packets";
    internal const string NotesTable = "notes";
    internal const string OutboxTable = "outbox";

    private readonly string _packets = database.Table(PacketsTable);
    private readonly string _notes = database.Table(NotesTable);
    private readonly string _outbox = database.Table(OutboxTable);
    private readonly string _audit = database.Table("audit");

    public async Task InsertAsync(TriagePacket packet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var now = Millis(clock.GetUtcNow());
        var message = WebhookPayload.PacketCreated(packet);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO {_packets} (id, owner_user_id, created_at, urgency_rank, status, status_changed_at, document) VALUES (@id, @owner, @created, @rank, @status, @created, @document)",
                    cancellationToken,
                    ("@id", Id(packet.Id)), ("@owner", packet.OwnerUserId), ("@created", Millis(packet.CreatedAt)),
                    ("@rank", (long)packet.Urgency.Level), ("@status", StatusName(PacketStatus.New)),
                    ("@document", protector.Protect(PacketsTable, Id(packet.Id), JsonSerializer.Serialize(packet, TriageJson.Options)))).ConfigureAwait(false);
                await EnqueueAsync(connection, transaction, message, now, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<StoredPacket?> GetAsync(Guid packetId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            TriagePacket packet;
            PacketStatus status;
            DateTimeOffset changedAt;
            string? assignedTo;
            using (var command = Command(connection, null, $"SELECT document, status, status_changed_at, assigned_to FROM {_packets} WHERE id = @id", ("@id", Id(packetId))))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    packet = ReadPacket(Id(packetId), reader.GetString(0));
                    status = ParseStatus(reader.GetString(1));
                    changedAt = Time(reader.GetInt64(2));
                    assignedTo = reader.IsDBNull(3) ? null : reader.GetString(3);
                }
            }

            var notes = new List<PacketNote>();
            using (var command = Command(connection, null, $"SELECT id, created_at, author, status, text FROM {_notes} WHERE packet_id = @id ORDER BY created_at, id", ("@id", Id(packetId))))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var noteId = reader.GetString(0);
                        notes.Add(new PacketNote(Time(reader.GetInt64(1)), reader.GetString(2), ParseStatus(reader.GetString(3)), protector.Unprotect(NotesTable, noteId, reader.GetString(4))));
                    }
                }
            }

            return new StoredPacket(packet, status, changedAt, notes) { AssignedTo = assignedTo };
        }
    }

    /// <summary>Every packet, closed ones last, then by urgency (highest first), then by age (oldest first).</summary>
    public Task<IReadOnlyList<QueueEntry>> QueueAsync(int limit, CancellationToken cancellationToken) =>
        QueueAsync(QueueFilter.Everything, limit, cancellationToken);

    /// <summary>The packets <paramref name="filter"/> selects, closed ones last, then by urgency (highest first), then oldest first.</summary>
    public async Task<IReadOnlyList<QueueEntry>> QueueAsync(QueueFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = filter.Statuses ?? [.. Enum.GetValues<PacketStatus>().Where(status => status != PacketStatus.Closed)];
        if (statuses.Count == 0)
        {
            return [];
        }

        var parameters = new List<(string, object?)> { ("@closed", StatusName(PacketStatus.Closed)), ("@limit", (long)limit) };
        var conditions = new List<string>();
        // One parameter per status: the same SQL on both providers (no array parameters).
        conditions.Add("status IN (" + string.Join(", ", statuses.Select((status, i) =>
        {
            parameters.Add(($"@status{i}", StatusName(status)));
            return $"@status{i}";
        })) + ")");
        if (filter.AssignedTo == QueueFilter.Unassigned)
        {
            conditions.Add("assigned_to IS NULL");
        }
        else if (filter.AssignedTo is { } advocate)
        {
            conditions.Add("assigned_to = @advocate");
            parameters.Add(("@advocate", advocate));
        }
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null,
                $"SELECT id, document, status, status_changed_at, assigned_to FROM {_packets} WHERE {string.Join(" AND ", conditions)} "
                + "ORDER BY CASE WHEN status = @closed THEN 1 ELSE 0 END, urgency_rank DESC, created_at, id LIMIT @limit",
                [.. parameters]);
            var entries = new List<QueueEntry>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entries.Add(new QueueEntry(ReadPacket(reader.GetString(0), reader.GetString(1)), ParseStatus(reader.GetString(2)))
                    {
                        StatusChangedAt = Time(reader.GetInt64(3)),
                        AssignedTo = reader.IsDBNull(4) ? null : reader.GetString(4),
                    });
                }
            }

            return entries;
        }
    }

    public async Task<IReadOnlyList<PacketReceipt>> ListForOwnerAsync(string ownerUserId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null,
                $"SELECT id, document, status FROM {_packets} WHERE owner_user_id = @owner ORDER BY created_at", ("@owner", ownerUserId));
            var receipts = new List<PacketReceipt>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var packet = ReadPacket(reader.GetString(0), reader.GetString(1));
                    receipts.Add(new PacketReceipt(packet.Id, packet.CaseId, packet.CreatedAt, ParseStatus(reader.GetString(2)))
                    {
                        ContactMethod = packet.Contact.Method,
                        ExpectContactBy = packet.ExpectContactBy,
                    });
                }
            }

            return receipts;
        }
    }

    /// <summary>Records a status change with an optional note; false when the packet does not exist (withdrawn).</summary>
    public async Task<bool> SetStatusAsync(Guid packetId, PacketStatus status, string? note, string author, CancellationToken cancellationToken)
    {
        var now = Millis(clock.GetUtcNow());
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var changed = await ExecuteAsync(connection, transaction,
                    $"UPDATE {_packets} SET status = @status, status_changed_at = @now WHERE id = @id", cancellationToken,
                    ("@status", StatusName(status)), ("@now", now), ("@id", Id(packetId))).ConfigureAwait(false);
                if (changed == 0)
                {
                    return false;
                }

                if (!string.IsNullOrWhiteSpace(note))
                {
                    await InsertNoteAsync(connection, transaction, packetId, status, note, author, now, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    /// <summary>Adds a note without touching the status; false when the packet does not exist (withdrawn).</summary>
    public async Task<bool> AddNoteAsync(Guid packetId, string note, string author, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        var now = Millis(clock.GetUtcNow());
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                string? current;
                using (var read = Command(connection, transaction, $"SELECT status FROM {_packets} WHERE id = @id", ("@id", Id(packetId))))
                {
                    current = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
                }

                if (current is null)
                {
                    return false;
                }

                await InsertNoteAsync(connection, transaction, packetId, ParseStatus(current), note, author, now, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    /// <summary>Assigns the packet to an advocate (null: to no one); false when the packet does not exist (withdrawn).</summary>
    public async Task<bool> AssignAsync(Guid packetId, string? advocate, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ExecuteAsync(connection, null, $"UPDATE {_packets} SET assigned_to = @advocate WHERE id = @id", cancellationToken,
                ("@advocate", string.IsNullOrWhiteSpace(advocate) ? null : advocate), ("@id", Id(packetId))).ConfigureAwait(false) > 0;
        }
    }

    /// <summary>
    /// Deletes the owner's packet, its notes and every message about it in the outbox (delivered ones too: "this
    /// deletes it" must be true of every table), and records the withdrawal in the audit (ids only). When the booking
    /// system already received the packet (or is receiving it right now), a "packet.withdrawn" message (ids only) tells
    /// it to delete its copy.
    /// </summary>
    public async Task<int> DeleteAsync(string ownerUserId, Guid? packetId, CancellationToken cancellationToken)
    {
        var now = Millis(clock.GetUtcNow());
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var ids = await OwnedIdsAsync(connection, transaction, ownerUserId, packetId, cancellationToken).ConfigureAwait(false);
                foreach (var id in ids)
                {
                    var parameter = ("@id", (object?)id);
                    bool reachedReceiver;
                    using (var check = Command(connection, transaction,
                        $"SELECT COUNT(*) FROM {_outbox} WHERE packet_id = @id AND (delivered_at IS NOT NULL OR lease_until >= @now)", parameter, ("@now", now)))
                    {
                        reachedReceiver = Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
                    }

                    await ExecuteAsync(connection, transaction, $"DELETE FROM {_outbox} WHERE packet_id = @id", cancellationToken, parameter).ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction, $"DELETE FROM {_notes} WHERE packet_id = @id", cancellationToken, parameter).ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction, $"DELETE FROM {_packets} WHERE id = @id", cancellationToken, parameter).ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction,
                        $"INSERT INTO {_audit} (id, at, actor, action, packet_id) VALUES (@auditId, @now, @actor, @action, @id)", cancellationToken,
                        ("@auditId", Id(Guid.NewGuid())), ("@now", now), ("@actor", AuditTrail.FamilyActor), ("@action", AuditTrail.WithdrawnAction), parameter).ConfigureAwait(false);
                    if (reachedReceiver)
                    {
                        await EnqueueAsync(connection, transaction, WebhookPayload.PacketWithdrawn(Guid.ParseExact(id, "N")), now, cancellationToken).ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return ids.Count;
            }
        }
    }

    internal static string StatusName(PacketStatus status) => Knowledge.KnowledgeJson.EnumName(status);

    internal static PacketStatus ParseStatus(string name) =>
        Enum.GetValues<PacketStatus>().First(status => StatusName(status) == name);

    private async Task<List<string>> OwnedIdsAsync(DbConnection connection, DbTransaction transaction, string owner, Guid? packetId, CancellationToken cancellationToken)
    {
        var sql = $"SELECT id FROM {_packets} WHERE owner_user_id = @owner" + (packetId is null ? string.Empty : " AND id = @id");
        using var command = packetId is Guid id
            ? Command(connection, transaction, sql, ("@owner", owner), ("@id", Id(id)))
            : Command(connection, transaction, sql, ("@owner", owner));
        var ids = new List<string>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids;
    }

    private Task<int> InsertNoteAsync(DbConnection connection, DbTransaction transaction, Guid packetId, PacketStatus status, string note, string author, long now, CancellationToken cancellationToken)
    {
        var noteId = Id(Guid.NewGuid());
        return ExecuteAsync(connection, transaction,
            $"INSERT INTO {_notes} (id, packet_id, created_at, author, status, text) VALUES (@noteId, @id, @now, @author, @status, @text)", cancellationToken,
            ("@noteId", noteId), ("@id", Id(packetId)), ("@now", now), ("@author", author),
            ("@status", StatusName(status)), ("@text", protector.Protect(NotesTable, noteId, note.Trim())));
    }

    private Task<int> EnqueueAsync(DbConnection connection, DbTransaction transaction, WebhookPayload message, long now, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            $"INSERT INTO {_outbox} (delivery_id, packet_id, event, created_at, payload, attempts, next_attempt_at) VALUES (@delivery, @packet, @event, @now, @payload, 0, @now)",
            cancellationToken,
            ("@delivery", message.DeliveryId), ("@packet", Id(message.PacketId)), ("@event", message.Event), ("@now", now),
            ("@payload", protector.Protect(OutboxTable, message.DeliveryId, message.Json)));

    private TriagePacket ReadPacket(string id, string stored) =>
        JsonSerializer.Deserialize<TriagePacket>(protector.Unprotect(PacketsTable, id, stored), TriageJson.Options)
        ?? throw new InvalidDataException("A stored triage packet is empty.");
}
