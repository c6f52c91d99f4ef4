-- Proactive reminders. IF NOT EXISTS: databases from before the migration runner already have the table.
CREATE TABLE IF NOT EXISTS {schema}.reminders (
    id text COLLATE "C" NOT NULL PRIMARY KEY,
    due_at timestamptz NOT NULL,
    payload text NOT NULL,
    sent_at timestamptz NULL
);
CREATE INDEX IF NOT EXISTS reminders_unsent_due ON {schema}.reminders (due_at) WHERE sent_at IS NULL;
