using IepNavigator.Storage.Migrations;
using IepNavigator.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Reminders.Postgres;

/// <summary>
/// Reminders in PostgreSQL, in the state schema, for several hosts sharing one database. The claim is one
/// conditional UPDATE, so of any number of hosts and threads exactly one wins each reminder. Payloads are
/// encrypted at rest with the Data Protection key ring given to the constructor (legacy plain payloads still read).
/// </summary>
public sealed class PostgresReminderStore : SqlReminderStore<DateTime>, IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    /// <summary>A store that keeps payloads as given, not encrypted: for tests and tools only.</summary>
    public PostgresReminderStore(string connectionString, string schemaName = PostgresSchema.DefaultSchemaName)
        : this(new ReminderPayloadCipher(null), Open(connectionString, schemaName))
    {
    }

    /// <summary>A store that encrypts payloads with <paramref name="protection"/> (the host's key ring).</summary>
    public PostgresReminderStore(string connectionString, IDataProtectionProvider protection, string schemaName = PostgresSchema.DefaultSchemaName)
        : this(new ReminderPayloadCipher(protection ?? throw new ArgumentNullException(nameof(protection))), Open(connectionString, schemaName))
    {
    }

    private PostgresReminderStore(ReminderPayloadCipher cipher, PostgresDatabase database)
        : base(database, cipher, Statements(database.Table("reminders")))
    {
        _database = database;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private protected override DateTime ToStored(DateTimeOffset time) => time.UtcDateTime;

    private protected override DateTimeOffset FromStored(DateTime stored) => new(stored, TimeSpan.Zero);

    private static PostgresDatabase Open(string connectionString, string schemaName) =>
        new(connectionString, schemaName, MigrationSet.StatePostgres, PostgresPools.OccasionalStore);

    private static ReminderSql Statements(string table)
    {
        const string Columns = "id, due_at, payload, sent_at";
        return new(
            Schedule: $"""
                INSERT INTO {table} AS r (id, due_at, payload) VALUES (@id, @due, @payload)
                ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload WHERE r.sent_at IS NULL;
                """,
            FindDue: $"SELECT {Columns} FROM {table} WHERE sent_at IS NULL AND due_at <= @now ORDER BY due_at, id LIMIT @limit;",
            Claim: $"UPDATE {table} SET sent_at = @now WHERE id = @id AND sent_at IS NULL;",
            Cancel: $"DELETE FROM {table} WHERE id = @id AND sent_at IS NULL;",
            // left() comparison, not LIKE: '%' and '_' in an id are literal.
            DeleteByPrefix: $"DELETE FROM {table} WHERE left(id, length(@prefix)) = @prefix;",
            DeleteSentBefore: $"DELETE FROM {table} WHERE sent_at IS NOT NULL AND sent_at < @cutoff;",
            Find: $"SELECT {Columns} FROM {table} WHERE id = @id;");
    }
}
