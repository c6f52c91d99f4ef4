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
public sealed class SqliteReminderStore : SqlReminderStore<long>
{
    private const string Columns = "id, due_unix_ms, payload, sent_unix_ms";

    private static readonly ReminderSql Statements = new(
        Schedule: """
            INSERT INTO reminders (id, due_unix_ms, payload, sent_unix_ms) VALUES (@id, @due, @payload, NULL)
            ON CONFLICT (id) DO UPDATE SET due_unix_ms = excluded.due_unix_ms, payload = excluded.payload
            WHERE reminders.sent_unix_ms IS NULL;
            """,
        FindDue: $"SELECT {Columns} FROM reminders WHERE sent_unix_ms IS NULL AND due_unix_ms <= @now ORDER BY due_unix_ms, id LIMIT @limit;",
        Claim: "UPDATE reminders SET sent_unix_ms = @now WHERE id = @id AND sent_unix_ms IS NULL;",
        Cancel: "DELETE FROM reminders WHERE id = @id AND sent_unix_ms IS NULL;",
        // substr comparison, not LIKE: '%' and '_' in an id are literal.
        DeleteByPrefix: "DELETE FROM reminders WHERE substr(id, 1, length(@prefix)) = @prefix;",
        DeleteSentBefore: "DELETE FROM reminders WHERE sent_unix_ms IS NOT NULL AND sent_unix_ms < @cutoff;",
        Find: $"SELECT {Columns} FROM reminders WHERE id = @id;");

    private readonly SqliteDatabase _database;

    /// <summary>A store that keeps payloads as given, not encrypted: for tests and tools only.</summary>
    public SqliteReminderStore(string databasePath)
        : this(new ReminderPayloadCipher(null), new SqliteDatabase(databasePath, MigrationSet.StateSqlite))
    {
    }

    /// <summary>A store that encrypts payloads with <paramref name="protection"/> (the host's key ring).</summary>
    public SqliteReminderStore(string databasePath, IDataProtectionProvider protection)
        : this(new ReminderPayloadCipher(protection ?? throw new ArgumentNullException(nameof(protection))), new SqliteDatabase(databasePath, MigrationSet.StateSqlite))
    {
    }

    private SqliteReminderStore(ReminderPayloadCipher cipher, SqliteDatabase database)
        : base(database, cipher, Statements)
    {
        _database = database;
    }

    public string DatabasePath => _database.DatabasePath;

    private protected override long ToStored(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private protected override DateTimeOffset FromStored(long stored) => DateTimeOffset.FromUnixTimeMilliseconds(stored);
}
