using Dapper;
using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Postgres;
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

    private readonly PostgresDatabase _database;
    private readonly string _conversations;
    private readonly string _activities;
    private readonly IDataProtector _protector;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

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

        // The tables are the state schema's migration 5 (src/IepNavigator.Storage/Migrations/postgres/).
        _database = new PostgresDatabase(connectionString, schemaName, MigrationSet.StatePostgres, PostgresPools.PerTurnStore);
        _conversations = _database.Table("directline_conversations");
        _activities = _database.Table("directline_activities");
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
        _database.DataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Creates the schema and tables when missing (the state schema's migrations). Idempotent; hosts starting together take turns.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    public async Task<(ConversationInfo Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = Microseconds(_clock.GetUtcNow());
        var created = await ReadInfoAsync(
            $"""
            INSERT INTO {_conversations} (conversation_id, user_id, created_at, last_active) VALUES (@conversationId, @userId, @now, @now)
            ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id, user_id, created_at;
            """,
            new { conversationId, userId, now }, cancellationToken).ConfigureAwait(false);
        if (created is not null)
        {
            return (created, true);
        }

        var existing = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        // Only a concurrent delete between the two statements gets here; the next call creates it afresh.
        return (existing ?? throw new KeyNotFoundException("Unknown conversation."), false);
    }

    public Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ReadInfoAsync(
            $"SELECT conversation_id, user_id, created_at FROM {_conversations} WHERE conversation_id = @conversationId;",
            new { conversationId }, cancellationToken);

    public async Task<LoggedActivity> AppendAsync(string conversationId, Activity activity, bool store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = ActivityJson.Clone(activity);
        // The id and the time are the row's (activity_id, stamped_at), known only inside the statement: the encrypted
        // document leaves them out and every reader puts them back. So the whole append is ONE statement and one round
        // trip (it was five: the counter, the insert, the trim, the notify, the commit), which is most of what a reply's
        // push across instances waited for under load.
        copy.Id = null;
        copy.Timestamp = null;
        var document = _protector.Protect(ActivityJson.Serialize(copy));
        var now = Microseconds(_clock.GetUtcNow());
        // One statement is one transaction: the row lock of the counter's UPDATE queues other appenders (any instance)
        // until it commits, and the NOTIFY is delivered to every listening instance when (and only if) it commits, in
        // commit order. Timestamps never decrease, even if a host's clock is behind: Web Chat sorts by them. The trim keeps
        // the newest MaxActivitiesPerConversation, as in memory (the DELETE sees the rows before this INSERT).
        var bumped = await _database.QueryAsync<(long Sequence, DateTime Stamped)>(
            $"""
            WITH bumped AS (
                UPDATE {_conversations}
                SET last_sequence = last_sequence + 1,
                    last_timestamp = CASE WHEN last_timestamp IS NULL OR @now > last_timestamp THEN @now ELSE last_timestamp + interval '1 microsecond' END,
                    last_active = @now
                WHERE conversation_id = @conversationId
                RETURNING last_sequence, last_timestamp),
            stored AS (
                INSERT INTO {_activities} (conversation_id, sequence, activity_id, stamped_at, document)
                SELECT @conversationId, last_sequence, @conversationId || '|' || lpad(last_sequence::text, greatest(7, length(last_sequence::text)), '0'), last_timestamp, @document
                FROM bumped WHERE @store
                RETURNING sequence),
            trimmed AS (
                DELETE FROM {_activities}
                WHERE @store AND conversation_id = @conversationId AND sequence <= (
                    SELECT sequence FROM {_activities} WHERE conversation_id = @conversationId ORDER BY sequence DESC LIMIT 1 OFFSET @keep))
            SELECT last_sequence, last_timestamp,
                   pg_notify(@channel, @noticePrefix || '|' || last_sequence::text || '|' || @conversationId || '|'
                       || (extract(epoch FROM last_timestamp) * 1000000)::bigint::text || coalesce('|' || @noticeDocument, ''))
            FROM bumped;
            """,
            new
            {
                conversationId, now, document, store,
                keep = (long)Math.Max(0, _options.MaxActivitiesPerConversation - 1),
                channel = NotifyChannel,
                noticePrefix = AppendNotice.Prefix(InstanceId, store ? AppendKind.Stored : AppendKind.Transient),
                // The (encrypted) document rides along in the notice when it fits, so the listener need not read it back.
                noticeDocument = document.Length <= MaxNotifyDocument ? document : null,
            },
            cancellationToken).ConfigureAwait(false);
        if (bumped.Count == 0)
        {
            throw new KeyNotFoundException("Unknown conversation.");
        }

        var (sequence, stampedAt) = bumped[0];
        copy.Id = InMemoryConversationLog.FormatId(conversationId, sequence);
        copy.Timestamp = Utc(stampedAt);
        return new LoggedActivity(copy, sequence, store);
    }

    /// <summary>The stored activity with this sequence (for a notification from another instance); null once gone.</summary>
    internal async Task<Activity?> ReadOneAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync<(string ActivityId, DateTime Stamped, string Document)>(
            $"SELECT activity_id, stamped_at, document FROM {_activities} WHERE conversation_id = @conversationId AND sequence = @sequence;",
            new { conversationId, sequence }, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : Open(rows[0].ActivityId, rows[0].Stamped, rows[0].Document);
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
    private Activity Open(string activityId, DateTime stamped, string document)
    {
        var activity = ActivityJson.Deserialize(_protector.Unprotect(document));
        activity.Id = activityId;
        activity.Timestamp = Utc(stamped);
        return activity;
    }

    public async Task<ActivityPage> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var after = watermark ?? 0;
        var rows = await _database.QueryAsync<(long Sequence, string ActivityId, DateTime Stamped, string Document)>(
            $"SELECT sequence, activity_id, stamped_at, document FROM {_activities} WHERE conversation_id = @conversationId AND sequence > @after ORDER BY sequence;",
            new { conversationId, after }, cancellationToken).ConfigureAwait(false);
        var activities = rows.Select(row => Open(row.ActivityId, row.Stamped, row.Document)).ToList();
        return new ActivityPage(activities, Math.Max(rows.Count == 0 ? 0 : rows[^1].Sequence, after));
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

        var found = await _database.QueryAsync<(long Sequence, DateTime Stamped)>(
            $"SELECT sequence, stamped_at FROM {_activities} WHERE conversation_id = @conversationId AND activity_id = @activityId;",
            new { conversationId, activityId = copy.Id }, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return null;
        }

        var sequence = found[0].Sequence;
        copy.Timestamp = Utc(found[0].Stamped);
        var changed = await _database.ExecuteScalarAsync<long>(
            $"""
            WITH changed AS (UPDATE {_activities} SET document = @document WHERE conversation_id = @conversationId AND sequence = @sequence RETURNING sequence)
            SELECT count(pg_notify(@channel, @notice)) FROM changed;
            """,
            new
            {
                conversationId, sequence, document = _protector.Protect(ActivityJson.Serialize(copy)),
                channel = NotifyChannel, notice = AppendNotice.Format(InstanceId, conversationId, sequence, AppendKind.Replaced, null),
            },
            cancellationToken).ConfigureAwait(false);
        return changed == 0 ? null : new LoggedActivity(copy, sequence, Stored: true, Replacement: true);
    }

    public async Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        await _database.ExecuteAsync(
            $"DELETE FROM {_activities} WHERE conversation_id = @conversationId AND activity_id = @activityId;",
            new { conversationId, activityId }, cancellationToken).ConfigureAwait(false) > 0;

    public async Task<IReadOnlyList<string>> EraseUserAsync(string userId, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return await _database.QueryAsync<string>(
            $"""
            WITH owned AS (SELECT conversation_id FROM {_conversations} WHERE user_id = @userId),
                 erased AS (DELETE FROM {_activities} WHERE conversation_id IN (SELECT conversation_id FROM owned) AND stamped_at <= @upTo)
            SELECT conversation_id FROM owned;
            """,
            new { userId, upTo = upTo.ToUniversalTime() }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        await _database.ExecuteAsync($"DELETE FROM {_conversations} WHERE conversation_id = @conversationId;", new { conversationId }, cancellationToken)
            .ConfigureAwait(false) > 0;

    public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"DELETE FROM {_conversations} WHERE last_active < @cutoff;", new { cutoff = cutoff.ToUniversalTime() }, cancellationToken);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<ConversationInfo?> ReadInfoAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var rows = await _database.QueryAsync<(string ConversationId, string UserId, DateTime CreatedAt)>(sql, parameters, cancellationToken).ConfigureAwait(false);
        return rows is [var row] ? new ConversationInfo(row.ConversationId, row.UserId, Utc(row.CreatedAt)) : null;
    }

    /// <summary>PostgreSQL keeps microseconds; stamping with the stored precision makes the returned and the stored time equal.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
