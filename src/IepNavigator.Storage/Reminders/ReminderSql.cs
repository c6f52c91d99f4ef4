namespace IepNavigator.Storage.Reminders;

/// <summary>The reminders table, created idempotently (IF NOT EXISTS) beside the state tables.</summary>
internal static class ReminderSql
{
    public const string SqliteCreate =
        """
        CREATE TABLE IF NOT EXISTS reminders (
            id TEXT NOT NULL PRIMARY KEY,
            due_unix_ms INTEGER NOT NULL,
            payload TEXT NOT NULL,
            sent_unix_ms INTEGER NULL
        );
        CREATE INDEX IF NOT EXISTS reminders_unsent_due ON reminders (due_unix_ms) WHERE sent_unix_ms IS NULL;
        """;

    /// <summary>{0} is the quoted schema name.</summary>
    public const string PostgresCreate =
        """
        CREATE TABLE IF NOT EXISTS {0}.reminders (
            id text COLLATE "C" NOT NULL PRIMARY KEY,
            due_at timestamptz NOT NULL,
            payload text NOT NULL,
            sent_at timestamptz NULL
        );
        CREATE INDEX IF NOT EXISTS reminders_unsent_due ON {0}.reminders (due_at) WHERE sent_at IS NULL;
        """;
}
