using IepNavigator.Storage.Postgres;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IepNavigator.DirectLine.Conversations.Postgres;

/// <summary>
/// The conversation log in PostgreSQL, shared by every instance on one database (Storage:Provider=Postgres).
/// Each conversation row carries its sequence counter; an append bumps it and inserts the activity in one
/// transaction, so appends from any instance are numbered in commit order and a reader that sees activity N has
/// also seen every activity before it: a watermark from one instance is good on any other. Activities are stored
/// encrypted with Data Protection (purpose <see cref="ProtectionPurpose"/>); ids, user ids and times are not.
/// </summary>
public sealed partial class PostgresConversationLog : IConversationLog, IAsyncDisposable
{
    /// <summary>The Data Protection purpose of stored activities (bump the version to re-key deliberately).</summary>
    public const string ProtectionPurpose = "IepNavigator.DirectLine.Activities.v1";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schemaName;
    private readonly string _conversations;
    private readonly string _activities;
    private readonly IDataProtector _protector;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    /// <summary>PostgreSQL's NOTIFY payload limit is 8000 bytes (ids take the rest): a larger stored activity is read back
    /// by the listener, a larger transient one (typing) stays on its own instance.</summary>
    private const int MaxNotifyDocument = 7700;

    public PostgresConversationLog(
        string connectionString, string schemaName, IDataProtectionProvider protection, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(options);
        if (schemaName is null || !SchemaName().IsMatch(schemaName))
        {
            throw new ArgumentException($"'{schemaName}' is not a plain schema name (lower-case letters, digits, underscores).", nameof(schemaName));
        }

        _dataSource = PostgresPools.Create(connectionString, PostgresPools.PerTurnStore);
        _schemaName = schemaName;
        _conversations = Quote(schemaName) + ".directline_conversations";
        _activities = Quote(schemaName) + ".directline_activities";
        _protector = protection.CreateProtector(ProtectionPurpose);
        _options = options.Value;
        _clock = clock ?? TimeProvider.System;
        // One channel per schema (tests share a server with a schema each); identifiers stop at 63 bytes.
        NotifyChannel = ("iepnav_directline_" + schemaName)[..Math.Min(63, 18 + schemaName.Length)];
    }

    /// <summary>Who appended: notifications this process sent itself are already on its sockets.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The LISTEN/NOTIFY channel on which every append is announced to the other instances.</summary>
    public string NotifyChannel { get; }

    /// <summary>Opens a connection for <see cref="ConversationFeedListener"/> (kept open while it listens).</summary>
    internal ValueTask<NpgsqlConnection> OpenListenerConnectionAsync(CancellationToken cancellationToken) =>
        _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Creates the schema and tables when missing. Idempotent; hosts starting together take turns.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
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
                await CreateTablesAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initializing.Release();
        }
    }

    public async Task<(ConversationInfo Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = Microseconds(_clock.GetUtcNow());
        var created = await ReadInfoAsync(
            $"""
            INSERT INTO {_conversations} (conversation_id, user_id, created_at, last_active) VALUES ($1, $2, $3, $3)
            ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id, user_id, created_at;
            """,
            cancellationToken, conversationId, userId, now).ConfigureAwait(false);
        if (created is not null)
        {
            return (created, true);
        }

        var existing = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        // Only a concurrent delete between the two statements gets here; the next call creates it afresh.
        return (existing ?? throw new KeyNotFoundException("Unknown conversation."), false);
    }

    public async Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await ReadInfoAsync(
            $"SELECT conversation_id, user_id, created_at FROM {_conversations} WHERE conversation_id = $1;",
            cancellationToken, conversationId).ConfigureAwait(false);
    }

    public async Task<LoggedActivity> AppendAsync(string conversationId, Activity activity, bool store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var copy = ActivityJson.Clone(activity);
        // The id and the time are the row's (activity_id, stamped_at), known only inside the statement: the encrypted
        // document leaves them out and every reader puts them back. So the whole append is ONE statement and one round
        // trip (it was five: the counter, the insert, the trim, the notify, the commit), which is most of what a reply's
        // push across instances waited for under load.
        copy.Id = null;
        copy.Timestamp = null;
        var document = _protector.Protect(ActivityJson.Serialize(copy));
        var now = Microseconds(_clock.GetUtcNow());
        long sequence;
        DateTimeOffset stamped;
        // One statement is one transaction: the row lock of the counter's UPDATE queues other appenders (any instance)
        // until it commits, and the NOTIFY is delivered to every listening instance when (and only if) it commits, in
        // commit order. Timestamps never decrease, even if a host's clock is behind: Web Chat sorts by them. The trim keeps
        // the newest MaxActivitiesPerConversation, as in memory (the DELETE sees the rows before this INSERT).
        var command = _dataSource.CreateCommand(
            $"""
            WITH bumped AS (
                UPDATE {_conversations}
                SET last_sequence = last_sequence + 1,
                    last_timestamp = CASE WHEN last_timestamp IS NULL OR $2 > last_timestamp THEN $2 ELSE last_timestamp + interval '1 microsecond' END,
                    last_active = $2
                WHERE conversation_id = $1
                RETURNING last_sequence, last_timestamp),
            stored AS (
                INSERT INTO {_activities} (conversation_id, sequence, activity_id, stamped_at, document)
                SELECT $1, last_sequence, $1 || '|' || lpad(last_sequence::text, greatest(7, length(last_sequence::text)), '0'), last_timestamp, $3
                FROM bumped WHERE $4
                RETURNING sequence),
            trimmed AS (
                DELETE FROM {_activities}
                WHERE $4 AND conversation_id = $1 AND sequence <= (
                    SELECT sequence FROM {_activities} WHERE conversation_id = $1 ORDER BY sequence DESC LIMIT 1 OFFSET $5))
            SELECT last_sequence, last_timestamp,
                   pg_notify($6, $7 || '|' || last_sequence::text || '|' || $1 || '|'
                       || (extract(epoch FROM last_timestamp) * 1000000)::bigint::text || coalesce('|' || $8, ''))
            FROM bumped;
            """);
        await using (command.ConfigureAwait(false))
        {
            Add(command, conversationId, now, document, store, (long)Math.Max(0, _options.MaxActivitiesPerConversation - 1), NotifyChannel,
                AppendNotice.Prefix(InstanceId, store ? AppendKind.Stored : AppendKind.Transient));
            // The (encrypted) document rides along in the notice when it fits, so the listener need not read it back.
            command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = document.Length <= MaxNotifyDocument ? document : null, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new KeyNotFoundException("Unknown conversation.");
                }

                sequence = reader.GetInt64(0);
                stamped = Utc(reader.GetDateTime(1));
            }
        }

        copy.Id = InMemoryConversationLog.FormatId(conversationId, sequence);
        copy.Timestamp = stamped;
        return new LoggedActivity(copy, sequence, store);
    }

    /// <summary>The stored activity with this sequence (for a notification from another instance); null once gone.</summary>
    internal async Task<Activity?> ReadOneAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand($"SELECT activity_id, stamped_at, document FROM {_activities} WHERE conversation_id = $1 AND sequence = $2;");
        await using (command.ConfigureAwait(false))
        {
            Add(command, conversationId, sequence);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Open(reader) : null;
            }
        }
    }

    /// <summary>An activity carried inside a notification, encrypted as in the table; its id and time are the notice's.</summary>
    internal Activity OpenDocument(string protectedDocument, string conversationId, long sequence, DateTimeOffset? stamped)
    {
        var activity = ActivityJson.Deserialize(_protector.Unprotect(protectedDocument));
        activity.Id = InMemoryConversationLog.FormatId(conversationId, sequence);
        activity.Timestamp = stamped ?? activity.Timestamp;
        return activity;
    }

    /// <summary>A row (activity_id, stamped_at, document): documents appended since the one-statement append lack the
    /// id and time, which the row holds (older documents hold the same values).</summary>
    private Activity Open(NpgsqlDataReader reader)
    {
        var activity = ActivityJson.Deserialize(_protector.Unprotect(reader.GetString(2)));
        activity.Id = reader.GetString(0);
        activity.Timestamp = Utc(reader.GetDateTime(1));
        return activity;
    }

    public async Task<ActivityPage> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var after = watermark ?? 0;
        var activities = new List<Activity>();
        var last = 0L;
        var command = _dataSource.CreateCommand(
            $"SELECT activity_id, stamped_at, document, sequence FROM {_activities} WHERE conversation_id = $1 AND sequence > $2 ORDER BY sequence;");
        await using (command.ConfigureAwait(false))
        {
            Add(command, conversationId, after);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    last = reader.GetInt64(3);
                    activities.Add(Open(reader));
                }
            }
        }

        return new ActivityPage(activities, Math.Max(last, after));
    }

    public async Task<LoggedActivity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var copy = ActivityJson.Clone(activity);
        if (string.IsNullOrEmpty(copy.Id))
        {
            return null;
        }

        long sequence;
        var find = _dataSource.CreateCommand($"SELECT sequence, stamped_at FROM {_activities} WHERE conversation_id = $1 AND activity_id = $2;");
        await using (find.ConfigureAwait(false))
        {
            Add(find, conversationId, copy.Id);
            var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                sequence = reader.GetInt64(0);
                copy.Timestamp = Utc(reader.GetDateTime(1));
            }
        }

        long changed;
        var update = _dataSource.CreateCommand(
            $"""
            WITH changed AS (UPDATE {_activities} SET document = $3 WHERE conversation_id = $1 AND sequence = $2 RETURNING sequence)
            SELECT count(pg_notify($4, $5)) FROM changed;
            """);
        await using (update.ConfigureAwait(false))
        {
            Add(update, conversationId, sequence, _protector.Protect(ActivityJson.Serialize(copy)),
                NotifyChannel, AppendNotice.Format(InstanceId, conversationId, sequence, AppendKind.Replaced, null));
            changed = (long)(await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
        }

        return changed == 0 ? null : new LoggedActivity(copy, sequence, Stored: true, Replacement: true);
    }

    public async Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        await ExecuteAsync($"DELETE FROM {_activities} WHERE conversation_id = $1 AND activity_id = $2;", cancellationToken, conversationId, activityId).ConfigureAwait(false) > 0;

    public async Task<IReadOnlyList<string>> EraseUserAsync(string userId, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        var command = _dataSource.CreateCommand(
            $"""
            WITH owned AS (SELECT conversation_id FROM {_conversations} WHERE user_id = $1),
                 erased AS (DELETE FROM {_activities} WHERE conversation_id IN (SELECT conversation_id FROM owned) AND stamped_at <= $2)
            SELECT conversation_id FROM owned;
            """);
        await using (command.ConfigureAwait(false))
        {
            Add(command, userId, upTo.ToUniversalTime());
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }
            }
        }

        return ids;
    }

    public async Task<bool> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        await ExecuteAsync($"DELETE FROM {_conversations} WHERE conversation_id = $1;", cancellationToken, conversationId).ConfigureAwait(false) > 0;

    public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM {_conversations} WHERE last_active < $1;", cancellationToken, cutoff.ToUniversalTime());

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _initializing.Dispose();
    }

    private async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        var schema = Quote(_schemaName);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The lock the state schema's migrations and the reminders table use: set-ups take turns.
                await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext($1));", cancellationToken, "iepnav-state:" + _schemaName).ConfigureAwait(false);
                bool exists;
                using (var check = Command(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1);", _schemaName))
                {
                    exists = (bool)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }

                if (!exists)
                {
                    await ExecuteAsync(connection, $"CREATE SCHEMA {schema};", cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, string.Format(CultureInfo.InvariantCulture, CreateTables, schema), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>{0} is the quoted schema. To change it, add idempotent statements (ADD COLUMN IF NOT EXISTS); never edit these.</summary>
    private const string CreateTables =
        """
        CREATE TABLE IF NOT EXISTS {0}.directline_conversations (
            conversation_id text COLLATE "C" NOT NULL PRIMARY KEY,
            user_id text COLLATE "C" NOT NULL,
            created_at timestamptz NOT NULL,
            last_sequence bigint NOT NULL DEFAULT 0,
            last_timestamp timestamptz NULL,
            last_active timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS directline_conversations_user ON {0}.directline_conversations (user_id);
        CREATE INDEX IF NOT EXISTS directline_conversations_active ON {0}.directline_conversations (last_active);
        CREATE TABLE IF NOT EXISTS {0}.directline_activities (
            conversation_id text COLLATE "C" NOT NULL REFERENCES {0}.directline_conversations (conversation_id) ON DELETE CASCADE,
            sequence bigint NOT NULL,
            activity_id text COLLATE "C" NOT NULL,
            stamped_at timestamptz NOT NULL,
            document text NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """;

    private async Task<ConversationInfo?> ReadInfoAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = _dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            Add(command, parameters);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new ConversationInfo(reader.GetString(0), reader.GetString(1), Utc(reader.GetDateTime(2)))
                    : null;
            }
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var command = _dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            Add(command, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        Add(command, parameters);
        return command;
    }

    private static void Add(NpgsqlCommand command, params object[] parameters)
    {
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }

    /// <summary>PostgreSQL keeps microseconds; stamping with the stored precision makes the returned and the stored time equal.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero);

    private static string Quote(string schemaName) => "\"" + schemaName + "\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
