-- One row per state key; "C" collation makes key comparisons byte-exact. {schema} is the quoted schema name.
CREATE TABLE {schema}.state_items (
    key text COLLATE "C" NOT NULL PRIMARY KEY,
    etag text NOT NULL,
    document text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
