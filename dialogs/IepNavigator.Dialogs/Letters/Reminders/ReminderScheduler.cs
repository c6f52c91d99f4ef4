using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Storage.Reminders;

namespace IepNavigator.Dialogs.Letters.Reminders;

/// <summary>
/// Puts a proactive reminder in the store when a letter is sent, and takes it out when the school answers.
/// Without a registered <see cref="IReminderStore"/> it does nothing: the chat still gives the notice the next
/// time the parent writes.
/// </summary>
public sealed class ReminderScheduler(IReminderStore? store = null)
{
    /// <summary>The morning after the deadline across US time zones (15:00 UTC is 7:00 in Alaska, 10:00 in New York).</summary>
    public static readonly TimeOnly SendAtUtc = new(15, 0);

    public static DateTimeOffset DueAt(DateOnly deadline) =>
        new(deadline.AddDays(1).ToDateTime(SendAtUtc), TimeSpan.Zero);

    public async Task ScheduleAsync(ITurnContext turnContext, string caseId, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (store is null || entry.DueOn is not { } due)
        {
            return;
        }
        var payload = ReminderPayload.For(turnContext, caseId, entry.Id);
        await store.ScheduleAsync(new Reminder(ReminderPayload.IdFor(turnContext, entry.Id), DueAt(due), payload.Write()), cancellationToken).ConfigureAwait(false);
    }

    public Task CancelAsync(ITurnContext turnContext, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store is null ? Task.CompletedTask : store.CancelAsync(ReminderPayload.IdFor(turnContext, entry.Id), cancellationToken);
    }
}
