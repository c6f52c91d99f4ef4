using Npgsql;

namespace IepNavigator.Storage.Postgres;

/// <summary>
/// Builds each PostgreSQL store's connection pool with a size that fits a shared server. Npgsql's default pool is 100
/// connections, and a host has one pool per store: two instances under load asked a 200-connection server for more than
/// it has and turns failed with "too many clients". A store's pool is now as large as its share of the work; a
/// connection string that names its own <c>Maximum Pool Size</c> keeps it. Waiting for a free connection is cheap next
/// to a turn that fails, and more connections than cores do not make a machine faster.
/// </summary>
public static class PostgresPools
{
    /// <summary>The state store and the Direct Line log (every turn reads and writes both), and the user access store
    /// (every Direct Line request reads the user's data generation: with 4 connections, two instances under the push
    /// bench's load failed turns with "connection pool exhausted").</summary>
    public const int PerTurnStore = 16;

    /// <summary>Reminders, triage and the Data Protection key ring: touched now and then, never in a burst.</summary>
    public const int OccasionalStore = 4;

    public static NpgsqlDataSource Create(string connectionString, int maxPoolSize, Action<NpgsqlConnectionStringBuilder>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!NamesPoolSize(connectionString))
        {
            builder.ConnectionStringBuilder.MaxPoolSize = maxPoolSize;
            builder.ConnectionStringBuilder.MinPoolSize = Math.Min(builder.ConnectionStringBuilder.MinPoolSize, maxPoolSize);
        }

        configure?.Invoke(builder.ConnectionStringBuilder);
        return builder.Build();
    }

    private static bool NamesPoolSize(string connectionString)
    {
        // Npgsql's keywords ignore case and spaces: "Maximum Pool Size", "MaximumPoolSize", "MaxPoolSize".
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keys.Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .Any(k => k is "maximumpoolsize" or "maxpoolsize");
    }
}
