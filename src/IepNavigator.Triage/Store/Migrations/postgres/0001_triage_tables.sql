-- The triage desk's tables in their own schema ({schema}, default "triage"). IF NOT EXISTS: databases from before the
-- migration runner already have them.
CREATE TABLE IF NOT EXISTS {schema}.packets (
    id TEXT PRIMARY KEY,
    owner_user_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    urgency_rank BIGINT NOT NULL,
    status TEXT NOT NULL,
    status_changed_at BIGINT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_packets_owner ON {schema}.packets (owner_user_id);
CREATE INDEX IF NOT EXISTS ix_packets_queue ON {schema}.packets (urgency_rank, created_at);
CREATE TABLE IF NOT EXISTS {schema}.notes (
    id TEXT PRIMARY KEY,
    packet_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    author TEXT NOT NULL,
    status TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_notes_packet ON {schema}.notes (packet_id);
CREATE TABLE IF NOT EXISTS {schema}.outbox (
    delivery_id TEXT PRIMARY KEY,
    packet_id TEXT NOT NULL,
    event TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    payload TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT NULL,
    delivered_at BIGINT NULL,
    last_result TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_outbox_due ON {schema}.outbox (delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS {schema}.audit (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    packet_id TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_audit_packet ON {schema}.audit (packet_id, at);
-- Failed console attempts for back-off (subject: a SHA-256 of the account or client address, never either one).
CREATE TABLE IF NOT EXISTS {schema}.attempt_failures (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_attempt_failures_subject ON {schema}.attempt_failures (subject, at);
