using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Storage.Configuration;

/// <summary>Builds the configured store from validated options.</summary>
internal static class StateStoreFactory
{
    public static SqlStateStore Create(
        StorageOptions options, IDataProtectionProvider protection, IHostEnvironment? environment, ILoggerFactory? loggerFactory, TimeProvider? clock)
    {
        if (options.UsesPostgres)
        {
            return new PostgresStorage(options.PostgresConnectionString!, protection, options.PostgresSchema, loggerFactory?.CreateLogger<PostgresStorage>(), clock);
        }

        return new SqliteStorage(SqliteFilePath(options, environment), protection, loggerFactory?.CreateLogger<SqliteStorage>(), clock);
    }

    /// <summary>The SQLite file: DataDirectory (relative to the content root) plus the fixed file name.</summary>
    public static string SqliteFilePath(StorageOptions options, IHostEnvironment? environment)
    {
        var root = environment?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, options.DataDirectory, SqliteStorage.DefaultFileName));
    }
}
