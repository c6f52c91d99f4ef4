using IepNavigator.Storage.Access.Postgres;
using IepNavigator.Storage.Access.Sqlite;
using IepNavigator.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IepNavigator.Storage.Access;

public static class UserAccessStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IUserAccessStore"/> (a singleton) on the same provider and database as the bot state (the
    /// "Storage" section: the SQLite file or the PostgreSQL schema); the tables are created when the host starts.
    /// Safe to call more than once (the Direct Line channel and the host's links both need it). Without
    /// <paramref name="configuration"/>, the host's <see cref="IConfiguration"/> is read when the store is first needed.
    /// </summary>
    public static IServiceCollection AddUserAccessStore(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IUserAccessStore)))
        {
            return services;
        }
        services.TryAddSingleton<IUserAccessStore>(provider =>
        {
            var options = StorageOptions.Read(configuration ?? provider.GetRequiredService<IConfiguration>());
            if (options.UsesPostgres)
            {
                return new PostgresUserAccessStore(
                    options.PostgresConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Storage:Provider is Postgres."),
                    options.PostgresSchema);
            }
            return new SqliteUserAccessStore(StateStoreFactory.SqliteFilePath(options, provider.GetService<IHostEnvironment>()));
        });
        services.AddHostedService<UserAccessStoreInitializer>();
        return services;
    }
}

/// <summary>Creates the tables at host start, so a bad database fails the start, not a parent's first visit.</summary>
internal sealed class UserAccessStoreInitializer(IUserAccessStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
