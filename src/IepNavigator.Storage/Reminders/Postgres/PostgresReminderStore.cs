using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Reminders.Postgres;

/// <summary>
/// Reminders in PostgreSQL, in the state schema, for several hosts sharing one database. The claim is one
/// conditional UPDATE, so of any number of hosts and threads exactly one wins each reminder. Payloads are
/// encrypted at rest with the Data Protection key ring given to the constructor (legacy plain payloads still read).
/// </summary>
public sealed class PostgresReminderStore : IReminderStore, IAsyncDisposable
{
    private const string Columns = "id, due_at, payload, sent_at";

    private readonly PostgresDatabase _database;
    private readonly string _table;
    private readonly ReminderPayloadCipher _cipher;

    /// <summary>A store that keeps payloads as given, not encrypted: for tests and tools only.</summary>
    public PostgresReminderStore(string connectionString, string schemaName = PostgresSchema.DefaultSchemaName)
        : this(connectionString, schemaName, new ReminderPayloadCipher(null))
    {
    }

    /// <summary>A store that encrypts payloads with <paramref name="protection"/> (the host's key ring).</summary>
    public PostgresReminderStore(string connectionString, IDataProtectionProvider protection, string schemaName = PostgresSchema.DefaultSchemaName)
        : this(connectionString, schemaName, new ReminderPayloadCipher(protection ?? throw new ArgumentNullException(nameof(protection))))
    {
    }

    private PostgresReminderStore(string connectionString, string schemaName, ReminderPayloadCipher cipher)
    {
        _cipher = cipher;
        _database = new PostgresDatabase(connectionString, schemaName, MigrationSet.StatePostgres, PostgresPools.OccasionalStore);
        _table = _database.Table("reminders");
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.MigrateAsync(cancellationToken);

    public Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return _database.ExecuteAsync(
            $"""
            INSERT INTO {_table} AS r (id, due_at, payload) VALUES (@id, @due, @payload)
            ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload WHERE r.sent_at IS NULL;
            """,
            new { id = reminder.Id, due = reminder.DueAt.ToUniversalTime(), payload = _cipher.Seal(reminder.Id, reminder.Payload) },
            cancellationToken);
    }

    public Task<IReadOnlyList<Reminder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM {_table} WHERE sent_at IS NULL AND due_at <= @now ORDER BY due_at, id LIMIT @limit;",
            new { now = now.ToUniversalTime(), limit = Math.Max(1, limit) },
            cancellationToken);

    public async Task<bool> TryClaimAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return await _database.ExecuteAsync(
            $"UPDATE {_table} SET sent_at = @now WHERE id = @id AND sent_at IS NULL;",
            new { id, now = now.ToUniversalTime() },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task CancelAsync(string id, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync($"DELETE FROM {_table} WHERE id = @id AND sent_at IS NULL;", new { id }, cancellationToken);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // left() comparison, not LIKE: '%' and '_' in an id are literal.
        return _database.ExecuteAsync($"DELETE FROM {_table} WHERE left(id, length(@prefix)) = @prefix;", new { prefix }, cancellationToken);
    }

    public Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync($"DELETE FROM {_table} WHERE sent_at IS NOT NULL AND sent_at < @cutoff;", new { cutoff = cutoff.ToUniversalTime() }, cancellationToken);

    public async Task<Reminder?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM {_table} WHERE id = @id;", new { id }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<IReadOnlyList<Reminder>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync<(string Id, DateTime Due, string Payload, DateTime? Sent)>(sql, parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new Reminder(
            row.Id,
            new DateTimeOffset(row.Due, TimeSpan.Zero),
            _cipher.Open(row.Id, row.Payload),
            row.Sent is { } sent ? new DateTimeOffset(sent, TimeSpan.Zero) : null))];
    }
}
