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
        var now = Microseconds(_clock.GetUtcNow());
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The row lock taken here queues other appenders (any instance) until this transaction commits.
                // Timestamps never decrease, even if a host's clock is behind: Web Chat sorts by them.
                var bumped = (await connection.QueryAsync<(long Sequence, DateTime Stamped)>(new CommandDefinition(
                    $"""
                    UPDATE {_conversations}
                    SET last_sequence = last_sequence + 1,
                        last_timestamp = CASE WHEN last_timestamp IS NULL OR @now > last_timestamp THEN @now ELSE last_timestamp + interval '1 microsecond' END,
                        last_active = @now
                    WHERE conversation_id = @conversationId
                    RETURNING last_sequence, last_timestamp;
                    """,
                    new { conversationId, now }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
                if (bumped.Count == 0)
                {
                    throw new KeyNotFoundException("Unknown conversation.");
                }

                var (sequence, stampedAt) = bumped[0];
                var stamped = Utc(stampedAt);

                copy.Id = InMemoryConversationLog.FormatId(conversationId, sequence);
                copy.Timestamp = stamped;
                var document = _protector.Protect(ActivityJson.Serialize(copy));
                if (store)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"INSERT INTO {_activities} (conversation_id, sequence, activity_id, stamped_at, document) VALUES (@conversationId, @sequence, @activityId, @stamped, @document);",
                        new { conversationId, sequence, activityId = copy.Id, stamped, document }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

                    // The same bound as in memory: the newest MaxActivitiesPerConversation stay.
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"""
                        DELETE FROM {_activities} WHERE conversation_id = @conversationId AND sequence < (
                            SELECT sequence FROM {_activities} WHERE conversation_id = @conversationId ORDER BY sequence DESC LIMIT 1 OFFSET @keep);
                        """,
                        new { conversationId, keep = (long)Math.Max(0, _options.MaxActivitiesPerConversation - 1) }, transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                }

                // Delivered to every listening instance when (and only if) this transaction commits, in commit order. The
                // (encrypted) document rides along when it fits, so the listener need not read it back.
                var notice = AppendNotice.Format(InstanceId, conversationId, sequence, store ? AppendKind.Stored : AppendKind.Transient,
                    document.Length <= MaxNotifyDocument ? document : null);
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT pg_notify(@channel, @notice);", new { channel = NotifyChannel, notice }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new LoggedActivity(copy, sequence, store);
            }
        }
    }

    /// <summary>The stored activity with this sequence (for a notification from another instance); null once gone.</summary>
    internal async Task<Activity?> ReadOneAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        var document = await _database.ExecuteScalarAsync<string?>(
            $"SELECT document FROM {_activities} WHERE conversation_id = @conversationId AND sequence = @sequence;",
            new { conversationId, sequence }, cancellationToken).ConfigureAwait(false);
        return document is null ? null : ActivityJson.Deserialize(_protector.Unprotect(document));
    }

    /// <summary>An activity carried inside a notification, encrypted as in the table.</summary>
    internal Activity OpenDocument(string protectedDocument) => ActivityJson.Deserialize(_protector.Unprotect(protectedDocument));

    public async Task<ActivityPage> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var after = watermark ?? 0;
        var rows = await _database.QueryAsync<(long Sequence, string Document)>(
            $"SELECT sequence, document FROM {_activities} WHERE conversation_id = @conversationId AND sequence > @after ORDER BY sequence;",
            new { conversationId, after }, cancellationToken).ConfigureAwait(false);
        var activities = rows.Select(row => ActivityJson.Deserialize(_protector.Unprotect(row.Document))).ToList();
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
