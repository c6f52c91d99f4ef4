using System.Globalization;
using IepNavigator.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace IepNavigator.Storage.Reminders.Postgres;

/// <summary>
/// Reminders in PostgreSQL, in the state schema, for several hosts sharing one database. The claim is one
/// conditional UPDATE, so of any number of hosts and threads exactly one wins each reminder. Payloads are
/// encrypted at rest with the Data Protection key ring given to the constructor (legacy plain payloads still read).
/// </summary>
public sealed class PostgresReminderStore : IReminderStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schemaName;
    private readonly string _table;
    private readonly ReminderPayloadCipher _cipher;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

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
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _cipher = cipher;
        if (!PostgresSchema.IsValidName(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a valid schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }
        _dataSource = PostgresPools.Create(connectionString, PostgresPools.OccasionalStore);
        _schemaName = schemaName;
        _table = PostgresSchema.Quote(schemaName) + ".reminders";
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }
        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await CreateTableAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initializing.Release();
        }
    }

    public async Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await ExecuteAsync(
            $"""
            INSERT INTO {_table} AS r (id, due_at, payload) VALUES ($1, $2, $3)
            ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload WHERE r.sent_at IS NULL;
            """,
            cancellationToken, reminder.Id, reminder.DueAt.ToUniversalTime(), _cipher.Seal(reminder.Id, reminder.Payload)).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<Reminder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT id, due_at, payload, sent_at FROM {_table} WHERE sent_at IS NULL AND due_at <= $1 ORDER BY due_at, id LIMIT $2;",
            cancellationToken, now.ToUniversalTime(), Math.Max(1, limit));

    public async Task<bool> TryClaimAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return await ExecuteAsync(
            $"UPDATE {_table} SET sent_at = $2 WHERE id = $1 AND sent_at IS NULL;",
            cancellationToken, id, now.ToUniversalTime()).ConfigureAwait(false) == 1;
    }

    public Task CancelAsync(string id, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DELETE FROM {_table} WHERE id = $1 AND sent_at IS NULL;", cancellationToken, id);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // left() comparison, not LIKE: '%' and '_' in an id are literal.
        return ExecuteAsync($"DELETE FROM {_table} WHERE left(id, length($1)) = $1;", cancellationToken, prefix);
    }

    public Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DELETE FROM {_table} WHERE sent_at IS NOT NULL AND sent_at < $1;", cancellationToken, cutoff.ToUniversalTime());

    public async Task<Reminder?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync($"SELECT id, due_at, payload, sent_at FROM {_table} WHERE id = $1;", cancellationToken, id).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _initializing.Dispose();
    }

    private async Task CreateTableAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The same lock as the state schema's migrations: hosts starting together take turns.
                await RunAsync(connection, "SELECT pg_advisory_xact_lock(hashtext($1));", cancellationToken, "iepnav-state:" + _schemaName).ConfigureAwait(false);
                var exists = (bool)(await RunAsync(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1);", cancellationToken, _schemaName).ConfigureAwait(false))!;
                if (!exists)
                {
                    await RunAsync(connection, $"CREATE SCHEMA {PostgresSchema.Quote(_schemaName)};", cancellationToken).ConfigureAwait(false);
                }
                await RunAsync(connection, string.Format(CultureInfo.InvariantCulture, ReminderSql.PostgresCreate, PostgresSchema.Quote(_schemaName)), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<object?> RunAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var command = _dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<Reminder>> QueryAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var command = _dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            var rows = new List<Reminder>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var id = reader.GetString(0);
                    rows.Add(new Reminder(
                        id,
                        new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                        _cipher.Open(id, reader.GetString(2)),
                        reader.IsDBNull(3) ? null : new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero)));
                }
            }
            return rows;
        }
    }
}
