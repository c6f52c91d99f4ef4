using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, kept in its own database schema so it never collides with
/// other tables. To change it, append a script (never edit a shipped one); {0} is the quoted schema name.
/// </summary>
internal static partial class PostgresSchema
{
    public const string DefaultSchemaName = "bot_state";

    /// <summary>The Data Protection key ring shared by every host instance (see <see cref="PostgresXmlRepository"/>).</summary>
    public const string KeysTable = "data_protection_keys";

    private static readonly string[] Migrations =
    [
        // 1: one row per Bot Framework key; "C" collation makes key comparisons byte-exact.
        """
        CREATE TABLE {0}.state_items (
            key text COLLATE "C" NOT NULL PRIMARY KEY,
            etag text NOT NULL,
            document text NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        """,

        // 2: documents become Data Protection payloads (bytes; rows from version 1 keep their JSON as UTF-8 and
        // are sealed on their next write), and the shared key ring gets its table. The type change checks the
        // column first, so a database changed by hand is not converted twice.
        $$"""
        DO $migrate$
        BEGIN
            IF (SELECT atttypid = 'text'::regtype FROM pg_attribute WHERE attrelid = '{0}.state_items'::regclass AND attname = 'document') THEN
                ALTER TABLE {0}.state_items ALTER COLUMN document TYPE bytea USING convert_to(document, 'UTF8');
            END IF;
        END
        $migrate$;
        CREATE TABLE IF NOT EXISTS {0}.{{KeysTable}} (
            friendly_name text COLLATE "C" NOT NULL PRIMARY KEY,
            xml text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        """,
    ];

    /// <summary>Schema names are interpolated into SQL, so only plain lower-case identifiers are accepted.</summary>
    public static bool IsValidName(string? name) => name is not null && SchemaName().IsMatch(name);

    /// <summary>Brings the schema up to date and returns (version before, version after).</summary>
    public static async Task<(int From, int To)> MigrateAsync(NpgsqlConnection connection, string schemaName, CancellationToken cancellationToken)
    {
        var schema = Quote(schemaName);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // Hosts starting together queue on this lock, so exactly one applies each migration.
            await ScalarAsync(connection, "SELECT pg_advisory_xact_lock(hashtext($1));", cancellationToken, "iepnav-state:" + schemaName).ConfigureAwait(false);

            // Checked first because CREATE SCHEMA IF NOT EXISTS still demands the CREATE privilege.
            var exists = (bool)(await ScalarAsync(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1);", cancellationToken, schemaName).ConfigureAwait(false))!;
            if (!exists)
            {
                await ScalarAsync(connection, $"CREATE SCHEMA {schema};", cancellationToken).ConfigureAwait(false);
            }

            await ScalarAsync(connection,
                $"CREATE TABLE IF NOT EXISTS {schema}.schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());",
                cancellationToken).ConfigureAwait(false);
            var from = Convert.ToInt32(
                await ScalarAsync(connection, $"SELECT coalesce(max(version), 0) FROM {schema}.schema_version;", cancellationToken).ConfigureAwait(false),
                CultureInfo.InvariantCulture);

            for (var version = from + 1; version <= Migrations.Length; version++)
            {
                await ScalarAsync(connection, string.Format(CultureInfo.InvariantCulture, Migrations[version - 1], schema), cancellationToken).ConfigureAwait(false);
                await ScalarAsync(connection, $"INSERT INTO {schema}.schema_version (version) VALUES ($1);", cancellationToken, version).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (from, Math.Max(from, Migrations.Length));
        }
    }

    public static string Quote(string schemaName) => "\"" + schemaName + "\"";

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
