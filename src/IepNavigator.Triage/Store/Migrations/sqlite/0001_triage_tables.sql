-- The triage desk's tables in their own file (triage.db). IF NOT EXISTS: databases from before the migration runner
-- already have them.
CREATE TABLE IF NOT EXISTS triage_packets (
    id TEXT PRIMARY KEY,
    owner_user_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    urgency_rank BIGINT NOT NULL,
    status TEXT NOT NULL,
    status_changed_at BIGINT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_triage_packets_owner ON triage_packets (owner_user_id);
CREATE INDEX IF NOT EXISTS ix_triage_packets_queue ON triage_packets (urgency_rank, created_at);
CREATE TABLE IF NOT EXISTS triage_notes (
    id TEXT PRIMARY KEY,
    packet_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    author TEXT NOT NULL,
    status TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_triage_notes_packet ON triage_notes (packet_id);
CREATE TABLE IF NOT EXISTS triage_outbox (
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
CREATE INDEX IF NOT EXISTS ix_triage_outbox_due ON triage_outbox (delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS triage_audit (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    packet_id TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_triage_audit_packet ON triage_audit (packet_id, at);
-- Failed console attempts for back-off (subject: a SHA-256 of the account or client address, never either one).
CREATE TABLE IF NOT EXISTS triage_attempt_failures (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_triage_attempt_failures_subject ON triage_attempt_failures (subject, at);
