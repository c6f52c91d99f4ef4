using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using IepNavigator.Storage;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Tests.Infrastructure;
using IepNavigator.Triage.Webhook;
using Microsoft.AspNetCore.DataProtection;
using static IepNavigator.Triage.Store.SqlText;

namespace IepNavigator.Triage.Tests.Store;

/// <summary>
/// Packets, advocate notes and webhook payloads are encrypted at rest; rows from before encryption still read;
/// a damaged row is reported by its id, never silently read or sent. Run for SQLite and PostgreSQL.
/// </summary>
public abstract class EncryptionAtRestContract
{
    private const string CanaryChild = "Quetzalina Canaryfield";
    private const string CanaryParent = "Ottoline Canaryparent";
    private const string CanaryNote = "Spoke with Ottoline about the canarynote plan.";

    private static readonly CancellationToken None = CancellationToken.None;

    private protected abstract TriageDatabaseKind Kind { get; }

    [Fact]
    public async Task Submit_PacketNoteAndPayload_NeverReachTheDatabaseReadable_AndReadBack()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var packet = (await triage.Desk.SubmitAsync(CanaryRequest())).Packet!;
        Assert.True(await triage.Store.SetStatusAsync(packet.Id, PacketStatus.Contacted, CanaryNote, "maria", None));

        var atRest = await RawBytesAtRestAsync(triage);
        Assert.True(atRest.Length > 0);
        foreach (var canary in new[] { CanaryChild, "Canaryfield", CanaryParent, "Canaryparent", "canarynote", "comes home crying" })
        {
            AssertAbsent(atRest, canary);
        }

        Assert.StartsWith(DataProtectionPacketProtector.Marker, await RawValueAsync(triage, "packets", "document", "id", Id(packet.Id)), StringComparison.Ordinal);
        Assert.StartsWith(DataProtectionPacketProtector.Marker, await RawValueAsync(triage, "notes", "text", "packet_id", Id(packet.Id)), StringComparison.Ordinal);
        Assert.StartsWith(DataProtectionPacketProtector.Marker, await RawValueAsync(triage, "outbox", "payload", "packet_id", Id(packet.Id)), StringComparison.Ordinal);

        var stored = (await triage.Store.GetAsync(packet.Id, None))!;
        Assert.Equal(CanaryRequest().ParentWords, stored.Packet.ParentWords);
        Assert.Equal(CanaryParent, stored.Packet.Contact.Name);
        Assert.Equal(CanaryNote, Assert.Single(stored.Notes).Text);
        Assert.Equal(packet.Id, Assert.Single(await triage.Store.QueueAsync(10, None)).Packet.Id);
        Assert.Equal(packet.Id, Assert.Single(await triage.Desk.ListAsync(packet.OwnerUserId)).PacketId);
        var message = Assert.Single(await triage.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), None));
        Assert.Contains(CanaryChild, message.Payload, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(message.Payload);
        Assert.Equal(packet.Id, body.RootElement.GetProperty("packet").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Read_PlainRowsFromBeforeEncryption_StillRead()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var packet = await triage.Desk.PreviewAsync(CanaryRequest("legacy-parent"));
        var message = WebhookPayload.PacketCreated(packet);
        await RawExecuteAsync(triage,
            "INSERT INTO {packets} (id, owner_user_id, created_at, urgency_rank, status, status_changed_at, document) VALUES (@id, @owner, @created, @rank, 'new', @created, @document)",
            ("@id", Id(packet.Id)), ("@owner", packet.OwnerUserId), ("@created", Millis(packet.CreatedAt)), ("@rank", (long)packet.Urgency.Level),
            ("@document", JsonSerializer.Serialize(packet, TriageJson.Options)));
        await RawExecuteAsync(triage,
            "INSERT INTO {notes} (id, packet_id, created_at, author, status, text) VALUES (@noteId, @id, @created, 'maria', 'contacted', @text)",
            ("@noteId", Id(Guid.NewGuid())), ("@id", Id(packet.Id)), ("@created", Millis(packet.CreatedAt)), ("@text", CanaryNote));
        await RawExecuteAsync(triage,
            "INSERT INTO {outbox} (delivery_id, packet_id, event, created_at, payload, attempts, next_attempt_at) VALUES (@delivery, @id, @event, 0, @payload, 0, 0)",
            ("@delivery", message.DeliveryId), ("@id", Id(packet.Id)), ("@event", message.Event), ("@payload", message.Json));

        var stored = (await triage.Store.GetAsync(packet.Id, None))!;
        Assert.Equal(packet.ParentWords, stored.Packet.ParentWords);
        Assert.Equal(CanaryParent, stored.Packet.Contact.Name);
        Assert.Equal(CanaryNote, Assert.Single(stored.Notes).Text);
        Assert.Equal(packet.Id, Assert.Single(await triage.Store.QueueAsync(10, None)).Packet.Id);
        Assert.Equal(packet.Id, Assert.Single(await triage.Desk.ListAsync("legacy-parent")).PacketId);
        Assert.Equal(message.Json, Assert.Single(await triage.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), None)).Payload);

        // New writes on a legacy packet are encrypted.
        Assert.True(await triage.Store.SetStatusAsync(packet.Id, PacketStatus.Booked, "Booked with " + CanaryParent, "maria", None));
        Assert.Equal(2, (await triage.Store.GetAsync(packet.Id, None))!.Notes.Count);
        var notes = await RawValuesAsync(triage, "notes", "text", "packet_id", Id(packet.Id));
        Assert.Single(notes, text => text.StartsWith(DataProtectionPacketProtector.Marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_TamperedPacketOrNote_ThrowsNamingOnlyTheRow()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var healthy = (await triage.Desk.SubmitAsync(CanaryRequest("healthy-parent"))).Packet!;
        var packet = (await triage.Desk.SubmitAsync(CanaryRequest())).Packet!;
        await TamperAsync(triage, "packets", "document", "id", Id(packet.Id));

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => triage.Store.GetAsync(packet.Id, None));
        Assert.Equal(("packets", Id(packet.Id)), (error.Table, error.Key));
        Assert.Contains(Id(packet.Id), error.Message, StringComparison.Ordinal);
        AssertNoCanary(error.ToString());
        await Assert.ThrowsAsync<StoredItemUnreadableException>(() => triage.Store.QueueAsync(10, None));
        Assert.Equal(CanaryParent, (await triage.Store.GetAsync(healthy.Id, None))!.Packet.Contact.Name);

        Assert.True(await triage.Store.SetStatusAsync(healthy.Id, PacketStatus.Contacted, CanaryNote, "maria", None));
        await TamperAsync(triage, "notes", "text", "packet_id", Id(healthy.Id));
        var noteError = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => triage.Store.GetAsync(healthy.Id, None));
        Assert.Equal("notes", noteError.Table);
        AssertNoCanary(noteError.ToString());
    }

    [Fact]
    public async Task Read_DocumentCopiedIntoAnotherRow_ThrowsForThatRow()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var source = (await triage.Desk.SubmitAsync(CanaryRequest())).Packet!;
        var target = (await triage.Desk.SubmitAsync(Cases.EarlyConcern("other-parent"))).Packet!;
        var document = await RawValueAsync(triage, "packets", "document", "id", Id(source.Id));
        await RawExecuteAsync(triage, "UPDATE {packets} SET document = @document WHERE id = @id", ("@document", document), ("@id", Id(target.Id)));

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => triage.Store.GetAsync(target.Id, None));
        Assert.Equal(Id(target.Id), error.Key);
        Assert.Equal(CanaryParent, (await triage.Store.GetAsync(source.Id, None))!.Packet.Contact.Name);
    }

    [Fact]
    public async Task Read_WithAnotherKeyRing_ThrowsUnreadable()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var packet = (await triage.Desk.SubmitAsync(CanaryRequest())).Packet!;
        var stranger = new TriagePacketStore(triage.Database, new DataProtectionPacketProtector(new EphemeralDataProtectionProvider()), TimeProvider.System);

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => stranger.GetAsync(packet.Id, None));
        Assert.Equal(Id(packet.Id), error.Key);
    }

    [Fact]
    public async Task Claim_TamperedPayload_IsSetAsideAndTheOthersStillGo()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var damaged = (await triage.Desk.SubmitAsync(CanaryRequest())).Packet!;
        triage.Clock.Advance(TimeSpan.FromSeconds(1));
        var fine = (await triage.Desk.SubmitAsync(Cases.EarlyConcern("other-parent"))).Packet!;
        await TamperAsync(triage, "outbox", "payload", "packet_id", Id(damaged.Id));

        var claimed = await triage.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), None);

        Assert.Equal([fine.Id], claimed.Select(message => message.PacketId));
        Assert.Equal("unreadable", await RawValueAsync(triage, "outbox", "last_result", "packet_id", Id(damaged.Id)));
        Assert.Empty(await triage.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), None));
        Assert.Equal(2, await triage.Outbox.CountPendingAsync(None));
    }

    private static TriageRequest CanaryRequest(string owner = "canary-parent") => Cases.Suspended(owner) with
    {
        ParentWords = $"{CanaryChild} comes home crying and says the teacher sends her out every day.",
        Contact = new ContactPreference { Method = ContactMethod.Email, Address = "canary@example.org", Name = CanaryParent },
    };

    private static void AssertNoCanary(string text)
    {
        Assert.DoesNotContain("Canaryfield", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Canaryparent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("canarynote", text, StringComparison.Ordinal);
    }

    private static void AssertAbsent(byte[] haystack, string text)
    {
        Assert.True(haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) < 0, $"'{text}' is readable at rest (UTF-8).");
        Assert.True(haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) < 0, $"'{text}' is readable at rest (UTF-16).");
    }

    /// <summary>
    /// SQLite: the database file, its write-ahead log and shared memory, as a backup or a stolen disk has them.
    /// Both providers: every column of every triage row, as text.
    /// </summary>
    private static async Task<byte[]> RawBytesAtRestAsync(TriageServices triage)
    {
        var bytes = new List<byte>();
        if (triage.Database is SqliteTriageDatabase sqlite)
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(sqlite.DatabasePath)!))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                bytes.AddRange(copy.ToArray());
            }
        }

        await using var connection = await triage.Database.OpenAsync(None);
        foreach (var table in new[] { "packets", "notes", "outbox", "audit" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {triage.Database.Table(table)}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty));
                }
            }
        }

        return [.. bytes];
    }

    private static async Task<string> RawValueAsync(TriageServices triage, string table, string column, string keyColumn, string key) =>
        Assert.Single(await RawValuesAsync(triage, table, column, keyColumn, key));

    private static async Task<List<string>> RawValuesAsync(TriageServices triage, string table, string column, string keyColumn, string key)
    {
        await using var connection = await triage.Database.OpenAsync(None);
        return [.. await connection.QueryAsync<string>($"SELECT {column} FROM {triage.Database.Table(table)} WHERE {keyColumn} = @key", new { key })];
    }

    /// <summary>Flips one character in the middle of a protected value, as a bad disk or a hand edit would.</summary>
    private static async Task TamperAsync(TriageServices triage, string table, string column, string keyColumn, string key)
    {
        var stored = await RawValueAsync(triage, table, column, keyColumn, key);
        Assert.StartsWith(DataProtectionPacketProtector.Marker, stored, StringComparison.Ordinal);
        var middle = stored.Length / 2;
        var tampered = stored[..middle] + (stored[middle] == 'A' ? 'B' : 'A') + stored[(middle + 1)..];
        await RawExecuteAsync(triage, $"UPDATE {{{table}}} SET {column} = @value WHERE {keyColumn} = @key", ("@value", tampered), ("@key", key));
    }

    /// <summary>Runs SQL past the store; {packets}, {notes}, {outbox} become the provider's table names.</summary>
    private static async Task RawExecuteAsync(TriageServices triage, string sql, params (string Name, object? Value)[] parameters)
    {
        foreach (var table in new[] { "packets", "notes", "outbox" })
        {
            sql = sql.Replace("{" + table + "}", triage.Database.Table(table), StringComparison.Ordinal);
        }

        await using var connection = await triage.Database.OpenAsync(None);
        var values = new DynamicParameters();
        foreach (var (name, value) in parameters)
        {
            values.Add(name.TrimStart('@'), value);
        }

        Assert.Equal(1, await connection.ExecuteAsync(sql, values));
    }
}

public sealed class SqliteEncryptionAtRestTests : EncryptionAtRestContract
{
    private protected override TriageDatabaseKind Kind => TriageDatabaseKind.Sqlite;
}

public sealed class PostgresEncryptionAtRestTests : EncryptionAtRestContract
{
    private protected override TriageDatabaseKind Kind => TriageDatabaseKind.Postgres;
}
