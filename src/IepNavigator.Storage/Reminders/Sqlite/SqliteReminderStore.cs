using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Reminders.Sqlite;

/// <summary>
/// Reminders in a SQLite file (by default the bot-state file: one file to back up). Times are stored as
/// Unix milliseconds so comparisons are numeric. The claim is one conditional UPDATE, so two senders
/// (threads, or a process restarted mid-send) can never both win. Payloads are encrypted at rest with the
/// Data Protection key ring given to the constructor (legacy plain payloads still read).
/// </summary>
public sealed class SqliteReminderStore : IReminderStore
{
    private static readonly string ConnectionSetup = SqliteConnections.BusyTimeout;

    private readonly string _connectionString;
    private readonly ReminderPayloadCipher _cipher;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

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
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        _cipher = cipher;
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = SqliteConnections.ConnectionString(DatabasePath);
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }
        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            await ExecuteAsync(ReminderSql.SqliteCreate, _ => { }, cancellationToken, ensureTable: false).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    public Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return ExecuteAsync(
            """
            INSERT INTO reminders (id, due_unix_ms, payload, sent_unix_ms) VALUES ($id, $due, $payload, NULL)
            ON CONFLICT (id) DO UPDATE SET due_unix_ms = excluded.due_unix_ms, payload = excluded.payload
            WHERE reminders.sent_unix_ms IS NULL;
            """,
            p =>
            {
                p.AddWithValue("$id", reminder.Id);
                p.AddWithValue("$due", reminder.DueAt.ToUnixTimeMilliseconds());
                p.AddWithValue("$payload", _cipher.Seal(reminder.Id, reminder.Payload));
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<Reminder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            "SELECT id, due_unix_ms, payload, sent_unix_ms FROM reminders WHERE sent_unix_ms IS NULL AND due_unix_ms <= $now ORDER BY due_unix_ms, id LIMIT $limit;",
            p =>
            {
                p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                p.AddWithValue("$limit", Math.Max(1, limit));
            },
            cancellationToken).ConfigureAwait(false);
        return rows;
    }

    public async Task<bool> TryClaimAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var changed = await ExecuteAsync(
            "UPDATE reminders SET sent_unix_ms = $now WHERE id = $id AND sent_unix_ms IS NULL;",
            p =>
            {
                p.AddWithValue("$id", id);
                p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    public Task CancelAsync(string id, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM reminders WHERE id = $id AND sent_unix_ms IS NULL;", p => p.AddWithValue("$id", id), cancellationToken);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // substr comparison, not LIKE: '%' and '_' in an id are literal.
        return ExecuteAsync(
            "DELETE FROM reminders WHERE substr(id, 1, length($prefix)) = $prefix;",
            p => p.AddWithValue("$prefix", prefix),
            cancellationToken);
    }

    public Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM reminders WHERE sent_unix_ms IS NOT NULL AND sent_unix_ms < $cutoff;", p => p.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds()), cancellationToken);

    public async Task<Reminder?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            "SELECT id, due_unix_ms, payload, sent_unix_ms FROM reminders WHERE id = $id;",
            p => p.AddWithValue("$id", id),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> parameters, CancellationToken cancellationToken, bool ensureTable = true)
    {
        if (ensureTable)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            parameters(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<Reminder>> QueryAsync(string sql, Action<SqliteParameterCollection> parameters, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            parameters(command.Parameters);
            var rows = new List<Reminder>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var id = reader.GetString(0);
                    rows.Add(new Reminder(
                        id,
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                        _cipher.Open(id, reader.GetString(2)),
                        reader.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
                }
            }
            return rows;
        }
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        SqliteConnections.OpenAsync(_connectionString, ConnectionSetup, cancellationToken);
}
