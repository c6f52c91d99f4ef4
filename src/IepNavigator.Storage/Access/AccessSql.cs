namespace IepNavigator.Storage.Access;

/// <summary>The user-key and data-generation tables, created idempotently (IF NOT EXISTS) beside the state tables.</summary>
internal static class AccessSql
{
    public const string SqliteCreate =
        """
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
        """;

    /// <summary>{0} is the quoted schema name.</summary>
    public const string PostgresCreate =
        """
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
        """;
}
