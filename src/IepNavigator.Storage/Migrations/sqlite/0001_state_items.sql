-- One row per state key. A rowid table, because documents can be several KB.
CREATE TABLE state_items (
    key TEXT NOT NULL PRIMARY KEY,
    etag TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_unix_ms INTEGER NOT NULL
);
