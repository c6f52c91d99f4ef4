-- The triage tables exactly as main created them before issue 22 (TriageDatabase.SchemaStatements, verbatim), with
-- {packets}-style table names and {ix_packets_owner}-style index names filled in per provider. Main then added the
-- columns of AddedColumns (assigned_to) by hand; the fixture does that or not, to make both ages of database.
CREATE TABLE IF NOT EXISTS {packets} (
    id TEXT PRIMARY KEY,
    owner_user_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    urgency_rank BIGINT NOT NULL,
    status TEXT NOT NULL,
    status_changed_at BIGINT NOT NULL,
    document TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS {ix_packets_owner} ON {packets} (owner_user_id);
CREATE INDEX IF NOT EXISTS {ix_packets_queue} ON {packets} (urgency_rank, created_at);
CREATE TABLE IF NOT EXISTS {notes} (
    id TEXT PRIMARY KEY,
    packet_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    author TEXT NOT NULL,
    status TEXT NOT NULL,
    text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS {ix_notes_packet} ON {notes} (packet_id);
CREATE TABLE IF NOT EXISTS {outbox} (
    delivery_id TEXT PRIMARY KEY,
    packet_id TEXT NOT NULL,
    event TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    payload TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT NULL,
    delivered_at BIGINT NULL,
    last_result TEXT NULL);
CREATE INDEX IF NOT EXISTS {ix_outbox_due} ON {outbox} (delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS {audit} (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    packet_id TEXT NULL);
CREATE INDEX IF NOT EXISTS {ix_audit_packet} ON {audit} (packet_id, at);
CREATE TABLE IF NOT EXISTS {attempt_failures} (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS {ix_attempt_failures_subject} ON {attempt_failures} (subject, at);
