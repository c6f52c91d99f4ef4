-- The widget's user keys (hashed) and the data generations "delete my data" advances. IF NOT EXISTS: databases from
-- before the migration runner already have the tables.
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
