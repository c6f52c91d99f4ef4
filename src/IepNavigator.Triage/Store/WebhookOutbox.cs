using Dapper;
using IepNavigator.Storage;
using Microsoft.Extensions.Logging;
using static IepNavigator.Triage.Store.SqlText;

namespace IepNavigator.Triage.Store;

/// <summary>
/// The webhook messages waiting to be delivered. A sender claims a message with a lease (one conditional UPDATE,
/// so two hosts never send the same message at once); a delivered message is marked and never sent again.
/// Payloads are stored through <see cref="IPacketProtector"/>; one that cannot be decrypted is set aside (logged
/// by delivery id, retried hourly, last_result "unreadable") instead of holding up the rest of the outbox.
/// </summary>
public sealed partial class WebhookOutbox(TriageDatabase database, IPacketProtector protector, TimeProvider clock, ILogger<WebhookOutbox> logger)
{
    /// <summary>How long a message whose payload cannot be decrypted waits before it is tried again.</summary>
    internal static readonly TimeSpan UnreadableRetry = TimeSpan.FromHours(1);

    private readonly string _outbox = database.Table(TriagePacketStore.OutboxTable);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Millis(clock.GetUtcNow());
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var due = await connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT delivery_id FROM {_outbox} WHERE delivered_at IS NULL AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now) ORDER BY created_at, delivery_id LIMIT @max",
                new { now, max = (long)max }, cancellationToken: cancellationToken)).ConfigureAwait(false);

            var claimed = new List<OutboxMessage>();
            foreach (var deliveryId in due)
            {
                var won = await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {_outbox} SET lease_until = @lease WHERE delivery_id = @id AND delivered_at IS NULL AND (lease_until IS NULL OR lease_until < @now)",
                    new { lease = now + (long)lease.TotalMilliseconds, id = deliveryId, now }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (won != 1)
                {
                    continue;
                }

                var rows = (await connection.QueryAsync<(string PacketId, string Event, string Payload, long Attempts)>(new CommandDefinition(
                    $"SELECT packet_id, event, payload, attempts FROM {_outbox} WHERE delivery_id = @id", new { id = deliveryId },
                    cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
                if (rows is not [var found])
                {
                    continue;
                }

                try
                {
                    claimed.Add(new OutboxMessage(deliveryId, Guid.ParseExact(found.PacketId, "N"), found.Event,
                        protector.Unprotect(TriagePacketStore.OutboxTable, deliveryId, found.Payload), (int)found.Attempts));
                }
                catch (StoredItemUnreadableException)
                {
                    // Never sent half-read, never deleted: set aside so the messages behind it keep moving.
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"UPDATE {_outbox} SET lease_until = NULL, next_attempt_at = @next, last_result = @result WHERE delivery_id = @id AND delivered_at IS NULL",
                        new { next = now + (long)UnreadableRetry.TotalMilliseconds, result = "unreadable", id = deliveryId },
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    PayloadUnreadable(logger, deliveryId);
                }
            }

            return claimed;
        }
    }

    public Task MarkDeliveredAsync(string deliveryId, int attempts, string result, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"UPDATE {_outbox} SET delivered_at = @now, attempts = @attempts, lease_until = NULL, last_result = @result WHERE delivery_id = @id",
            new { now = Millis(clock.GetUtcNow()), attempts = (long)attempts, result, id = deliveryId }, cancellationToken);

    public Task MarkFailedAsync(string deliveryId, int attempts, DateTimeOffset nextAttemptAt, string result, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"UPDATE {_outbox} SET attempts = @attempts, next_attempt_at = @next, lease_until = NULL, last_result = @result WHERE delivery_id = @id AND delivered_at IS NULL",
            new { attempts = (long)attempts, next = Millis(nextAttemptAt), result, id = deliveryId }, cancellationToken);

    /// <summary>Messages not yet delivered (for health checks and tests).</summary>
    public Task<long> CountPendingAsync(CancellationToken cancellationToken) =>
        database.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {_outbox} WHERE delivered_at IS NULL", null, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook message {DeliveryId} cannot be decrypted (tampered, or not this host's Data Protection keys); it is set aside and tried again in an hour.")]
    private static partial void PayloadUnreadable(ILogger logger, string deliveryId);
}
