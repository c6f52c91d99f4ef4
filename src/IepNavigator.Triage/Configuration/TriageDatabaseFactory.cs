using IepNavigator.Storage.Configuration;
using IepNavigator.Triage.Store;
using Microsoft.Extensions.Hosting;

namespace IepNavigator.Triage.Configuration;

/// <summary>Chooses the triage database from the same settings as the bot state (Storage:Provider and friends).</summary>
internal static class TriageDatabaseFactory
{
    public static TriageDatabase Create(StorageOptions storage, TriageOptions triage, IHostEnvironment? environment)
    {
        if (storage.UsesPostgres)
        {
            var connectionString = storage.PostgresConnectionString;
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set; the triage tables need it too.");
            }

            return new PostgresTriageDatabase(connectionString, triage.PostgresSchema);
        }

        var root = environment?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return new SqliteTriageDatabase(Path.Combine(root, storage.DataDirectory, triage.SqliteFileName));
    }
}
