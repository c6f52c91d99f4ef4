-- Documents become Data Protection payloads (bytes; rows from version 1 keep their JSON as UTF-8 and are sealed on
-- their next write), and the shared key ring gets its table. The type change checks the column first, so a database
-- changed by hand is not converted twice.
DO $migrate$
BEGIN
    IF (SELECT atttypid = 'text'::regtype FROM pg_attribute WHERE attrelid = '{schema}.state_items'::regclass AND attname = 'document') THEN
        ALTER TABLE {schema}.state_items ALTER COLUMN document TYPE bytea USING convert_to(document, 'UTF8');
    END IF;
END
$migrate$;
CREATE TABLE IF NOT EXISTS {schema}.data_protection_keys (
    friendly_name text COLLATE "C" NOT NULL PRIMARY KEY,
    xml text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
