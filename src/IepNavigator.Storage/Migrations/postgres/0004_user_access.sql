-- The widget's user keys (hashed) and the data generations "delete my data" advances. IF NOT EXISTS: databases from
-- before the migration runner already have the tables.
CREATE TABLE IF NOT EXISTS {schema}.user_keys (
    key_hash text COLLATE "C" NOT NULL PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL,
    issued_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz NULL
);
CREATE INDEX IF NOT EXISTS user_keys_user ON {schema}.user_keys (user_id);
CREATE TABLE IF NOT EXISTS {schema}.data_generations (
    owner_hash text COLLATE "C" NOT NULL PRIMARY KEY,
    generation bigint NOT NULL
);
