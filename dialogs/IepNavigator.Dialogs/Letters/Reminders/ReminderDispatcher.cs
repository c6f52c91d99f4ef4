using IepNavigator.Dialogs.State;
using IepNavigator.Storage;
using IepNavigator.Storage.Reminders;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.Letters.Reminders;

/// <summary>
/// Sends the reminders that are due, each at most once: a reminder is claimed in the store (an atomic
/// conditional update) before it is sent, so a restart, a second pass or a second host never repeats it.
/// The message itself is the <see cref="OverdueNotice"/>, said inside a proactive turn so the ledger records it
/// and the chat does not say it again.
/// </summary>
public sealed partial class ReminderDispatcher(
    CaseStore cases, TurnStateStore state, OverdueNotice notice, TimeProvider clock, ILogger<ReminderDispatcher> logger,
    IEnumerable<IProactiveChannel> channels, IReminderStore? store = null)
{
    public const int BatchSize = 50;

    /// <summary>Sent reminders are kept this long (a record that it went), then their conversation references go.</summary>
    public static readonly TimeSpan KeepSentFor = TimeSpan.FromDays(30);
    private readonly IReadOnlyList<IProactiveChannel> _channels = [.. channels ?? []];

    /// <summary>Handles every reminder due now; returns how many proactive messages were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var reminder in await FindDueAsync(store, now, cancellationToken).ConfigureAwait(false))
        {
            var payload = ReminderPayload.Read(reminder.Payload);
            var channel = payload is null ? null : _channels.FirstOrDefault(c => c.CanReach(payload.Reference));
            // Claimed even when it cannot be sent, so it is not looked at again; the chat gives the notice instead.
            if (!await store.TryClaimAsync(reminder.Id, now, cancellationToken).ConfigureAwait(false) || payload is null || channel is null)
            {
                continue;
            }
            try
            {
                var delivered = false;
                await channel.ContinueConversationAsync(payload.Reference, async (turn, token) =>
                    delivered = await DeliverAsync(turn, payload, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                sent += delivered ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The type only: an exception message may quote stored text.
                LogDeliveryFailed(logger, ex.GetType().Name);
            }
        }
        await store.DeleteSentBeforeAsync(now - KeepSentFor, cancellationToken).ConfigureAwait(false);
        return sent;
    }

    /// <summary>
    /// The due reminders. One that cannot be decrypted (tampered, or another key ring) is claimed — so it is never
    /// looked at again — and logged by id, and the batch is read again: one bad row must not stop everyone's reminders.
    /// </summary>
    private async Task<IReadOnlyList<Reminder>> FindDueAsync(IReminderStore reminders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var skipped = 0; ; skipped++)
        {
            try
            {
                return await reminders.FindDueAsync(now, BatchSize, cancellationToken).ConfigureAwait(false);
            }
            catch (StoredItemUnreadableException ex) when (ex.Table == StoredItemUnreadableException.RemindersTable && ex.Key is { } id && skipped < BatchSize)
            {
                LogUnreadable(logger, id);
                await reminders.TryClaimAsync(id, now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} cannot be decrypted; it was set aside and will not be sent.")]
    private static partial void LogUnreadable(ILogger logger, string reminderId);

    /// <summary>In the proactive turn: the notice, unless it was answered, deleted or already said in the chat.</summary>
    private async Task<bool> DeliverAsync(ITurnContext turnContext, ReminderPayload payload, CancellationToken cancellationToken)
    {
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var record = book.Cases.FirstOrDefault(c => c.Id == payload.CaseId);
        var entry = record?.Ledger.FirstOrDefault(e => e.Id == payload.EntryId);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (record is null || entry is null || entry.OverdueNoticeGiven || !entry.IsOverdue(today))
        {
            return false;
        }
        Presentation.ReplySplitter.Attach(turnContext);
        await notice.SendAsync(turnContext, book, record, entry, cancellationToken).ConfigureAwait(false);
        await state.SaveAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A claimed reminder could not be delivered ({ExceptionType}); the chat will give the notice instead.")]
    private static partial void LogDeliveryFailed(ILogger logger, string exceptionType);
}
