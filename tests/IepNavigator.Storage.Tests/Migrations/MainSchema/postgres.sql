-- The bot-state PostgreSQL schema exactly as main left it before issue 22 (verbatim DDL of PostgresSchema migrations 1
-- and 2 with their schema_version rows, ReminderSql.PostgresCreate, AccessSql.PostgresCreate and the Direct Line log's
-- CreateTables): {0} is the quoted schema name.
CREATE SCHEMA {0};
CREATE TABLE IF NOT EXISTS {0}.schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE {0}.state_items (
    key text COLLATE "C" NOT NULL PRIMARY KEY,
    etag text NOT NULL,
    document text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO {0}.schema_version (version) VALUES (1);
DO $migrate$
BEGIN
    IF (SELECT atttypid = 'text'::regtype FROM pg_attribute WHERE attrelid = '{0}.state_items'::regclass AND attname = 'document') THEN
        ALTER TABLE {0}.state_items ALTER COLUMN document TYPE bytea USING convert_to(document, 'UTF8');
    END IF;
END
$migrate$;
CREATE TABLE IF NOT EXISTS {0}.data_protection_keys (
    friendly_name text COLLATE "C" NOT NULL PRIMARY KEY,
    xml text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO {0}.schema_version (version) VALUES (2);
CREATE TABLE IF NOT EXISTS {0}.reminders (
    id text COLLATE "C" NOT NULL PRIMARY KEY,
    due_at timestamptz NOT NULL,
    payload text NOT NULL,
    sent_at timestamptz NULL
);
CREATE INDEX IF NOT EXISTS reminders_unsent_due ON {0}.reminders (due_at) WHERE sent_at IS NULL;
CREATE TABLE IF NOT EXISTS {0}.user_keys (
    key_hash text COLLATE "C" NOT NULL PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL,
    issued_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz NULL
);
CREATE INDEX IF NOT EXISTS user_keys_user ON {0}.user_keys (user_id);
CREATE TABLE IF NOT EXISTS {0}.data_generations (
    owner_hash text COLLATE "C" NOT NULL PRIMARY KEY,
    generation bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS {0}.directline_conversations (
    conversation_id text COLLATE "C" NOT NULL PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL,
    created_at timestamptz NOT NULL,
    last_sequence bigint NOT NULL DEFAULT 0,
    last_timestamp timestamptz NULL,
    last_active timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS directline_conversations_user ON {0}.directline_conversations (user_id);
CREATE INDEX IF NOT EXISTS directline_conversations_active ON {0}.directline_conversations (last_active);
CREATE TABLE IF NOT EXISTS {0}.directline_activities (
    conversation_id text COLLATE "C" NOT NULL REFERENCES {0}.directline_conversations (conversation_id) ON DELETE CASCADE,
    sequence bigint NOT NULL,
    activity_id text COLLATE "C" NOT NULL,
    stamped_at timestamptz NOT NULL,
    document text NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);
