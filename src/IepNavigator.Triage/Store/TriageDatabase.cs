using System.Data.Common;

namespace IepNavigator.Triage.Store;

/// <summary>
/// The triage tables on one provider. The SQL is shared (both providers accept @name parameters, BIGINT and
/// TEXT); only connecting, table names and the idempotent schema set-up differ. Times are Unix milliseconds.
/// </summary>
public abstract class TriageDatabase
{
    public abstract string ProviderName { get; }

    /// <summary>The qualified name of a triage table (packets, notes, outbox, audit, attempt_failures).</summary>
    public abstract string Table(string name);

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Creates the tables if they are missing; safe to run at every start and from several hosts at once.</summary>
    public abstract Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>The table definitions, with {packets}-style names filled in by the provider.</summary>
    protected IEnumerable<string> SchemaStatements()
    {
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Table("packets")} (
                id TEXT PRIMARY KEY,
                owner_user_id TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                urgency_rank BIGINT NOT NULL,
                status TEXT NOT NULL,
                status_changed_at BIGINT NOT NULL,
                document TEXT NOT NULL)
            """;
        yield return $"CREATE INDEX IF NOT EXISTS {IndexName("packets_owner")} ON {Table("packets")} (owner_user_id)";
        yield return $"CREATE INDEX IF NOT EXISTS {IndexName("packets_queue")} ON {Table("packets")} (urgency_rank, created_at)";
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Table("notes")} (
                id TEXT PRIMARY KEY,
                packet_id TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                author TEXT NOT NULL,
                status TEXT NOT NULL,
                text TEXT NOT NULL)
            """;
        yield return $"CREATE INDEX IF NOT EXISTS {IndexName("notes_packet")} ON {Table("notes")} (packet_id)";
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Table("outbox")} (
                delivery_id TEXT PRIMARY KEY,
                packet_id TEXT NOT NULL,
                event TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                payload TEXT NOT NULL,
                attempts BIGINT NOT NULL,
                next_attempt_at BIGINT NOT NULL,
                lease_until BIGINT NULL,
                delivered_at BIGINT NULL,
                last_result TEXT NULL)
            """;
        yield return $"CREATE INDEX IF NOT EXISTS {IndexName("outbox_due")} ON {Table("outbox")} (delivered_at, next_attempt_at)";
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Table("audit")} (
                id TEXT PRIMARY KEY,
                at BIGINT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                packet_id TEXT NULL)
            """;
        yield return $"CREATE INDEX IF NOT EXISTS {IndexName("audit_packet")} ON {Table("audit")} (packet_id, at)";
        // Failed console attempts for back-off (subject: a SHA-256 of the account or client address, never either one).
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Table("attempt_failures")} (
                id TEXT PRIMARY KEY,
                subject TEXT NOT NULL,
                at BIGINT NOT NULL)
            """;
        yield return $"CREATE INDEX IF NOT EXISTS {IndexName("attempt_failures_subject")} ON {Table("attempt_failures")} (subject, at)";
    }

    /// <summary>An index name (PostgreSQL indexes live in the table's schema, so no qualification).</summary>
    protected abstract string IndexName(string name);
}
