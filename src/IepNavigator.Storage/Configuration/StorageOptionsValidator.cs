using Microsoft.Extensions.Options;
using Npgsql;

namespace IepNavigator.Storage.Configuration;

/// <summary>Start-up checks with messages that say which setting to fix (never echoing a connection string).</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UsesSqlite)
        {
            return string.IsNullOrWhiteSpace(options.DataDirectory)
                ? ValidateOptionsResult.Fail("Storage:DataDirectory is empty; give the folder for the SQLite state file (default \"data\").")
                : ValidateOptionsResult.Success;
        }

        if (!options.UsesPostgres)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider is '{options.Provider}'; use '{StorageOptions.SqliteProvider}' (default) or '{StorageOptions.PostgresProvider}'.");
        }

        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:Provider is 'Postgres' but ConnectionStrings:Postgres is empty. Set it (environment variable "
                + "ConnectionStrings__Postgres, e.g. \"Host=db;Database=iepnav;Username=iepnav;Password=...\") or use Storage:Provider=Sqlite.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Postgres is not a valid PostgreSQL connection string ({ex.Message}).");
        }

        return Postgres.PostgresSchema.IsValidName(options.PostgresSchema)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Storage:PostgresSchema '{options.PostgresSchema}' is not a plain schema name (lower-case letters, digits, underscores).");
    }
}
