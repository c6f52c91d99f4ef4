using System.Data.Common;
using System.Text.Json;
using Dapper;
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
                await connection.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO {_packets} (id, owner_user_id, created_at, urgency_rank, status, status_changed_at, document) VALUES (@id, @owner, @created, @rank, @status, @created, @document)",
                    new
                    {
                        id = Id(packet.Id), owner = packet.OwnerUserId, created = Millis(packet.CreatedAt), rank = (long)packet.Urgency.Level,
                        status = StatusName(PacketStatus.New), document = protector.Protect(PacketsTable, Id(packet.Id), JsonSerializer.Serialize(packet, TriageJson.Options)),
                    },
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
            var id = Id(packetId);
            var rows = (await connection.QueryAsync<(string Document, string Status, long ChangedAt, string? AssignedTo)>(new CommandDefinition(
                $"SELECT document, status, status_changed_at, assigned_to FROM {_packets} WHERE id = @id", new { id },
                cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            if (rows is not [var row])
            {
                return null;
            }

            var packet = ReadPacket(id, row.Document);
            var notes = await connection.QueryAsync<(string Id, long CreatedAt, string Author, string Status, string Text)>(new CommandDefinition(
                $"SELECT id, created_at, author, status, text FROM {_notes} WHERE packet_id = @id ORDER BY created_at, id", new { id },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new StoredPacket(packet, ParseStatus(row.Status), Time(row.ChangedAt),
                [.. notes.Select(note => new PacketNote(Time(note.CreatedAt), note.Author, ParseStatus(note.Status), protector.Unprotect(NotesTable, note.Id, note.Text)))])
            {
                AssignedTo = row.AssignedTo,
            };
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

        var parameters = new DynamicParameters(new { closed = StatusName(PacketStatus.Closed), limit = (long)limit });
        var conditions = new List<string>();
        // One parameter per status: the same SQL on both providers (no array parameters).
        conditions.Add("status IN (" + string.Join(", ", statuses.Select((status, i) =>
        {
            parameters.Add($"status{i}", StatusName(status));
            return $"@status{i}";
        })) + ")");
        if (filter.AssignedTo == QueueFilter.Unassigned)
        {
            conditions.Add("assigned_to IS NULL");
        }
        else if (filter.AssignedTo is { } advocate)
        {
            conditions.Add("assigned_to = @advocate");
            parameters.Add("advocate", advocate);
        }
        var rows = await database.QueryAsync<(string Id, string Document, string Status, long ChangedAt, string? AssignedTo)>(
            $"SELECT id, document, status, status_changed_at, assigned_to FROM {_packets} WHERE {string.Join(" AND ", conditions)} "
            + "ORDER BY CASE WHEN status = @closed THEN 1 ELSE 0 END, urgency_rank DESC, created_at, id LIMIT @limit",
            parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new QueueEntry(ReadPacket(row.Id, row.Document), ParseStatus(row.Status))
        {
            StatusChangedAt = Time(row.ChangedAt),
            AssignedTo = row.AssignedTo,
        })];
    }

    public async Task<IReadOnlyList<PacketReceipt>> ListForOwnerAsync(string ownerUserId, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<(string Id, string Document, string Status)>(
            $"SELECT id, document, status FROM {_packets} WHERE owner_user_id = @owner ORDER BY created_at", new { owner = ownerUserId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row =>
        {
            var packet = ReadPacket(row.Id, row.Document);
            return new PacketReceipt(packet.Id, packet.CaseId, packet.CreatedAt, ParseStatus(row.Status))
            {
                ContactMethod = packet.Contact.Method,
                ExpectContactBy = packet.ExpectContactBy,
            };
        })];
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
                var changed = await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {_packets} SET status = @status, status_changed_at = @now WHERE id = @id",
                    new { status = StatusName(status), now, id = Id(packetId) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
                var current = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                    $"SELECT status FROM {_packets} WHERE id = @id", new { id = Id(packetId) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

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
    public async Task<bool> AssignAsync(Guid packetId, string? advocate, CancellationToken cancellationToken) =>
        await database.ExecuteAsync($"UPDATE {_packets} SET assigned_to = @advocate WHERE id = @id",
            new { advocate = string.IsNullOrWhiteSpace(advocate) ? null : advocate, id = Id(packetId) }, cancellationToken).ConfigureAwait(false) > 0;

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
                    var reachedReceiver = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        $"SELECT COUNT(*) FROM {_outbox} WHERE packet_id = @id AND (delivered_at IS NOT NULL OR lease_until >= @now)",
                        new { id, now }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"""
                        DELETE FROM {_outbox} WHERE packet_id = @id;
                        DELETE FROM {_notes} WHERE packet_id = @id;
                        DELETE FROM {_packets} WHERE id = @id;
                        INSERT INTO {_audit} (id, at, actor, action, packet_id) VALUES (@auditId, @now, @actor, @action, @id);
                        """,
                        new { id, now, auditId = Id(Guid.NewGuid()), actor = AuditTrail.FamilyActor, action = AuditTrail.WithdrawnAction },
                        transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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

    private async Task<List<string>> OwnedIdsAsync(DbConnection connection, DbTransaction transaction, string owner, Guid? packetId, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT id FROM {_packets} WHERE owner_user_id = @owner" + (packetId is null ? string.Empty : " AND id = @id"),
            new { owner, id = packetId is Guid id ? Id(id) : null }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)];

    private Task<int> InsertNoteAsync(DbConnection connection, DbTransaction transaction, Guid packetId, PacketStatus status, string note, string author, long now, CancellationToken cancellationToken)
    {
        var noteId = Id(Guid.NewGuid());
        return connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {_notes} (id, packet_id, created_at, author, status, text) VALUES (@noteId, @id, @now, @author, @status, @text)",
            new { noteId, id = Id(packetId), now, author, status = StatusName(status), text = protector.Protect(NotesTable, noteId, note.Trim()) },
            transaction, cancellationToken: cancellationToken));
    }

    private Task<int> EnqueueAsync(DbConnection connection, DbTransaction transaction, WebhookPayload message, long now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {_outbox} (delivery_id, packet_id, event, created_at, payload, attempts, next_attempt_at) VALUES (@delivery, @packet, @event, @now, @payload, 0, @now)",
            new
            {
                delivery = message.DeliveryId, packet = Id(message.PacketId), @event = message.Event, now,
                payload = protector.Protect(OutboxTable, message.DeliveryId, message.Json),
            },
            transaction, cancellationToken: cancellationToken));

    private TriagePacket ReadPacket(string id, string stored) =>
        JsonSerializer.Deserialize<TriagePacket>(protector.Unprotect(PacketsTable, id, stored), TriageJson.Options)
        ?? throw new InvalidDataException("A stored triage packet is empty.");
}
