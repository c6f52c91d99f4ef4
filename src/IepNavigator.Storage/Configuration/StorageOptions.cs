using Microsoft.Extensions.Configuration;

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

    /// <summary>
    /// The "Storage" section of <paramref name="configuration"/> with its connection string filled: how every store
    /// (state, keys, user access, reminders, triage, the Direct Line log) reads where its data lives.
    /// </summary>
    public static StorageOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new StorageOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.FillConnectionString(configuration);
        return options;
    }

    /// <summary>Takes ConnectionStrings:Postgres when the section itself names no connection string.</summary>
    public void FillConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            PostgresConnectionString = configuration.GetConnectionString(PostgresConnectionStringName);
        }
    }

    /// <summary>True when <see cref="Provider"/> names PostgreSQL (case-insensitive).</summary>
    public bool UsesPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Provider"/> names SQLite (case-insensitive).</summary>
    public bool UsesSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);
}
