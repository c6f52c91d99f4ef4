namespace IepNavigator.Storage.Reminders;

/// <summary>
/// The shared half of both providers' reminder stores: argument checks, the payload cipher, the claim's "exactly one
/// row changed" and turning rows into <see cref="Reminder"/>s. Each provider supplies only its SQL
/// (<see cref="ReminderSql"/>) and how it stores a time (<typeparamref name="TTime"/>: a timestamp, or Unix milliseconds).
/// </summary>
public abstract class SqlReminderStore<TTime> : IReminderStore
    where TTime : struct
{
    /// <summary>A provider's statements. Parameters: <c>@id @due @payload</c>, <c>@now @limit</c>, <c>@prefix</c>, <c>@cutoff</c>; queries select id, due, payload, sent.</summary>
    private protected sealed record ReminderSql(
        string Schedule, string FindDue, string Claim, string Cancel, string DeleteByPrefix, string DeleteSentBefore, string Find);

    private readonly SqlDatabase _database;
    private readonly ReminderPayloadCipher _cipher;
    private readonly ReminderSql _sql;

    private protected SqlReminderStore(SqlDatabase database, ReminderPayloadCipher cipher, ReminderSql sql)
    {
        _database = database;
        _cipher = cipher;
        _sql = sql;
    }

    /// <summary>A time as the provider's column holds it.</summary>
    private protected abstract TTime ToStored(DateTimeOffset time);

    private protected abstract DateTimeOffset FromStored(TTime stored);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.MigrateAsync(cancellationToken);

    public Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return _database.ExecuteAsync(
            _sql.Schedule,
            new { id = reminder.Id, due = ToStored(reminder.DueAt), payload = _cipher.Seal(reminder.Id, reminder.Payload) },
            cancellationToken);
    }

    public Task<IReadOnlyList<Reminder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(_sql.FindDue, new { now = ToStored(now), limit = Math.Max(1, limit) }, cancellationToken);

    public async Task<bool> TryClaimAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return await _database.ExecuteAsync(_sql.Claim, new { id, now = ToStored(now) }, cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task CancelAsync(string id, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync(_sql.Cancel, new { id }, cancellationToken);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return _database.ExecuteAsync(_sql.DeleteByPrefix, new { prefix }, cancellationToken);
    }

    public Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync(_sql.DeleteSentBefore, new { cutoff = ToStored(cutoff) }, cancellationToken);

    public async Task<Reminder?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_sql.Find, new { id }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private async Task<IReadOnlyList<Reminder>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync<(string Id, TTime Due, string Payload, TTime? Sent)>(sql, parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new Reminder(
            row.Id,
            FromStored(row.Due),
            _cipher.Open(row.Id, row.Payload),
            row.Sent is { } sent ? FromStored(sent) : null))];
    }
}
