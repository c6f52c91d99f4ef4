namespace IepNavigator.Storage.Configuration;

/// <summary>
/// The "Storage" configuration section (environment variables: Storage__Provider, Storage__DataDirectory,
/// ConnectionStrings__Postgres).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";
    public const string PostgresConnectionStringName = "Postgres";

    /// <summary>"Sqlite" (default, one file, one host) or "Postgres" (several hosts share one database).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>Folder of the SQLite file; a relative path is resolved against the host's content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>PostgreSQL schema that holds the state tables.</summary>
    public string PostgresSchema { get; set; } = Postgres.PostgresSchema.DefaultSchemaName;

    /// <summary>Filled from ConnectionStrings:Postgres unless set here.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>True when <see cref="Provider"/> names PostgreSQL (case-insensitive).</summary>
    public bool UsesPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Provider"/> names SQLite (case-insensitive).</summary>
    public bool UsesSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);
}
