using System.Text.RegularExpressions;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// Names in the PostgreSQL state schema. The tables themselves come from the numbered scripts in
/// Migrations/postgres/, applied by <see cref="PostgresMigrationRunner"/> (never edit a shipped script; add one).
/// </summary>
internal static partial class PostgresSchema
{
    public const string DefaultSchemaName = "bot_state";

    /// <summary>The Data Protection key ring shared by every host instance (see <see cref="PostgresXmlRepository"/>).</summary>
    public const string KeysTable = "data_protection_keys";

    /// <summary>Schema names are interpolated into SQL, so only plain lower-case identifiers are accepted.</summary>
    public static bool IsValidName(string? name) => name is not null && SchemaName().IsMatch(name);

    public static string Quote(string schemaName) => "\"" + schemaName + "\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
