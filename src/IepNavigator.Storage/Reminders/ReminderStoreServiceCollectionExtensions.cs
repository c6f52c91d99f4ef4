using IepNavigator.Storage.Configuration;
using IepNavigator.Storage.Reminders.Postgres;
using IepNavigator.Storage.Reminders.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IepNavigator.Storage.Reminders;

public static class ReminderStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReminderStore"/> (a singleton) on the same provider and database as the bot state
    /// (the "Storage" section: SQLite file or PostgreSQL schema); the table is created when the host starts.
    /// Payloads are encrypted at rest with the host's Data Protection key ring (<c>AddNavigatorDataProtection</c>,
    /// called here too; idempotent).
    /// </summary>
    public static IServiceCollection AddReminderStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddNavigatorDataProtection(configuration);
        services.TryAddSingleton<IReminderStore>(provider =>
        {
            var protection = provider.GetRequiredService<IDataProtectionProvider>();
            var options = StorageOptions.Read(configuration);
            if (options.UsesPostgres)
            {
                return new PostgresReminderStore(
                    options.PostgresConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required for Postgres reminders."),
                    protection, options.PostgresSchema);
            }
            return new SqliteReminderStore(StateStoreFactory.SqliteFilePath(options, provider.GetService<IHostEnvironment>()), protection);
        });
        services.AddHostedService<ReminderStoreInitializer>();
        return services;
    }
}

/// <summary>Creates the reminders table at host start, so a bad database fails the start, not the first reminder.</summary>
internal sealed class ReminderStoreInitializer(IReminderStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
