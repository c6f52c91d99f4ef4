using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Reminders.Sqlite;

/// <summary>
/// Reminders in a SQLite file (by default the bot-state file: one file to back up). Times are stored as
/// Unix milliseconds so comparisons are numeric. The claim is one conditional UPDATE, so two senders
/// (threads, or a process restarted mid-send) can never both win. Payloads are encrypted at rest with the
/// Data Protection key ring given to the constructor (legacy plain payloads still read).
/// </summary>
public sealed class SqliteReminderStore : IReminderStore
{
    private const string Columns = "id, due_unix_ms, payload, sent_unix_ms";

    private readonly SqliteDatabase _database;
    private readonly ReminderPayloadCipher _cipher;

    /// <summary>A store that keeps payloads as given, not encrypted: for tests and tools only.</summary>
    public SqliteReminderStore(string databasePath)
        : this(databasePath, new ReminderPayloadCipher(null))
    {
    }

    /// <summary>A store that encrypts payloads with <paramref name="protection"/> (the host's key ring).</summary>
    public SqliteReminderStore(string databasePath, IDataProtectionProvider protection)
        : this(databasePath, new ReminderPayloadCipher(protection ?? throw new ArgumentNullException(nameof(protection))))
    {
    }

    private SqliteReminderStore(string databasePath, ReminderPayloadCipher cipher)
    {
        _cipher = cipher;
        _database = new SqliteDatabase(databasePath, MigrationSet.StateSqlite);
    }

    public string DatabasePath => _database.DatabasePath;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.MigrateAsync(cancellationToken);

    public Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return _database.ExecuteAsync(
            """
            INSERT INTO reminders (id, due_unix_ms, payload, sent_unix_ms) VALUES (@id, @due, @payload, NULL)
            ON CONFLICT (id) DO UPDATE SET due_unix_ms = excluded.due_unix_ms, payload = excluded.payload
            WHERE reminders.sent_unix_ms IS NULL;
            """,
            new { id = reminder.Id, due = reminder.DueAt.ToUnixTimeMilliseconds(), payload = _cipher.Seal(reminder.Id, reminder.Payload) },
            cancellationToken);
    }

    public Task<IReadOnlyList<Reminder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM reminders WHERE sent_unix_ms IS NULL AND due_unix_ms <= @now ORDER BY due_unix_ms, id LIMIT @limit;",
            new { now = now.ToUnixTimeMilliseconds(), limit = Math.Max(1, limit) },
            cancellationToken);

    public async Task<bool> TryClaimAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return await _database.ExecuteAsync(
            "UPDATE reminders SET sent_unix_ms = @now WHERE id = @id AND sent_unix_ms IS NULL;",
            new { id, now = now.ToUnixTimeMilliseconds() },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task CancelAsync(string id, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync("DELETE FROM reminders WHERE id = @id AND sent_unix_ms IS NULL;", new { id }, cancellationToken);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // substr comparison, not LIKE: '%' and '_' in an id are literal.
        return _database.ExecuteAsync("DELETE FROM reminders WHERE substr(id, 1, length(@prefix)) = @prefix;", new { prefix }, cancellationToken);
    }

    public Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync(
            "DELETE FROM reminders WHERE sent_unix_ms IS NOT NULL AND sent_unix_ms < @cutoff;", new { cutoff = cutoff.ToUnixTimeMilliseconds() }, cancellationToken);

    public async Task<Reminder?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM reminders WHERE id = @id;", new { id }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private async Task<IReadOnlyList<Reminder>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync<(string Id, long Due, string Payload, long? Sent)>(sql, parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new Reminder(
            row.Id,
            DateTimeOffset.FromUnixTimeMilliseconds(row.Due),
            _cipher.Open(row.Id, row.Payload),
            row.Sent is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null))];
    }
}
