-- Proactive reminders. IF NOT EXISTS: databases from before the migration runner already have the table.
CREATE TABLE IF NOT EXISTS reminders (
    id TEXT NOT NULL PRIMARY KEY,
    due_unix_ms INTEGER NOT NULL,
    payload TEXT NOT NULL,
    sent_unix_ms INTEGER NULL
);
CREATE INDEX IF NOT EXISTS reminders_unsent_due ON reminders (due_unix_ms) WHERE sent_unix_ms IS NULL;
