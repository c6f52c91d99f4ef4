-- The bot-state SQLite file exactly as main left it before issue 22 (verbatim DDL of SqliteSchema migration 1, its
-- schema_version bookkeeping, ReminderSql.SqliteCreate and AccessSql.SqliteCreate): the state table was migrated, the
-- other tables were created by their stores with IF NOT EXISTS and recorded nowhere.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_utc TEXT NOT NULL);
CREATE TABLE state_items (
    key TEXT NOT NULL PRIMARY KEY,
    etag TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_unix_ms INTEGER NOT NULL
);
INSERT INTO schema_version (version, applied_utc) VALUES (1, '2026-09-01T08:00:00.0000000+00:00');
CREATE TABLE IF NOT EXISTS reminders (
    id TEXT NOT NULL PRIMARY KEY,
    due_unix_ms INTEGER NOT NULL,
    payload TEXT NOT NULL,
    sent_unix_ms INTEGER NULL
);
CREATE INDEX IF NOT EXISTS reminders_unsent_due ON reminders (due_unix_ms) WHERE sent_unix_ms IS NULL;
CREATE TABLE IF NOT EXISTS user_keys (
    key_hash TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    issued_unix_ms INTEGER NOT NULL,
    expires_unix_ms INTEGER NOT NULL,
    rotated_unix_ms INTEGER NULL
);
CREATE INDEX IF NOT EXISTS user_keys_user ON user_keys (user_id);
CREATE TABLE IF NOT EXISTS data_generations (
    owner_hash TEXT NOT NULL PRIMARY KEY,
    generation INTEGER NOT NULL
);
