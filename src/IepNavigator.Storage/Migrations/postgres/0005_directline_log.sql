-- The Direct Line conversation log every instance shares (src/IepNavigator.DirectLine). IF NOT EXISTS: databases from
-- before the migration runner already have the tables.
CREATE TABLE IF NOT EXISTS {schema}.directline_conversations (
    conversation_id text COLLATE "C" NOT NULL PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL,
    created_at timestamptz NOT NULL,
    last_sequence bigint NOT NULL DEFAULT 0,
    last_timestamp timestamptz NULL,
    last_active timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS directline_conversations_user ON {schema}.directline_conversations (user_id);
CREATE INDEX IF NOT EXISTS directline_conversations_active ON {schema}.directline_conversations (last_active);
CREATE TABLE IF NOT EXISTS {schema}.directline_activities (
    conversation_id text COLLATE "C" NOT NULL REFERENCES {schema}.directline_conversations (conversation_id) ON DELETE CASCADE,
    sequence bigint NOT NULL,
    activity_id text COLLATE "C" NOT NULL,
    stamped_at timestamptz NOT NULL,
    document text NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);
