namespace IepNavigator.Storage.Reminders;

/// <summary>
/// One proactive message to send once at <see cref="DueAt"/>. <see cref="Payload"/> is opaque to the store
/// (the chat keeps a conversation reference and ledger ids in it; no message text, names or birth dates).
/// </summary>
public sealed record Reminder(string Id, DateTimeOffset DueAt, string Payload, DateTimeOffset? SentAt = null);

/// <summary>
/// Reminders that must be sent at most once, even across restarts and several hosts: a sender first
/// claims a reminder (<see cref="TryClaimAsync"/>, an atomic conditional update) and only the winner sends.
/// </summary>
public interface IReminderStore
{
    /// <summary>Creates the table if it is missing. Idempotent; safe to call concurrently.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the reminder, or moves an unsent one with the same id to the new date and payload.
    /// A reminder already sent stays sent.
    /// </summary>
    Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken = default);

    /// <summary>Unsent reminders due at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<Reminder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks the reminder sent at <paramref name="now"/>; true for exactly one caller, false when already claimed or gone.</summary>
    Task<bool> TryClaimAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Removes an unsent reminder (the school answered, or the parent deleted their data). Idempotent.</summary>
    Task CancelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes every reminder whose id starts with <paramref name="prefix"/> (literal, case-sensitive), sent or not.</summary>
    Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Retention: removes reminders sent before <paramref name="cutoff"/> (their conversation references are no longer needed).</summary>
    Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>The reminder with this id, or null.</summary>
    Task<Reminder?> FindAsync(string id, CancellationToken cancellationToken = default);
}
