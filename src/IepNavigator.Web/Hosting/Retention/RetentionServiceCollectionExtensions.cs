using IepNavigator.Storage.Access;
using IepNavigator.Web.Bot;
using IepNavigator.Web.Hosting.Retention;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // In the DI namespace so Program.cs needs no using for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

public static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// Retention (the "Retention" section): a hosted sweep that deletes idle state items, Direct Line conversations and
    /// sent reminders; and "delete my data" in every table (<see cref="UserDataEraser"/>): after the turn in which the
    /// parent confirmed, removes the user's state rows, reminders and Direct Line log, and revokes the user's links,
    /// tokens and widget keys (the chat itself deletes the cases and withdraws triage packets). Needs the state store,
    /// the Direct Line log and (optionally) the reminder store registered.
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => o.IdleDays >= 1, "Retention:IdleDays must be at least 1.")
            .Validate(o => o.SweepInterval >= TimeSpan.FromMinutes(1), "Retention:SweepInterval must be at least one minute.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RetentionSweeper>();
        services.AddHostedService<RetentionService>();

        services.AddUserAccessStore();
        services.TryAddSingleton<UserDataEraser>();
        services.AddAdapterMiddleware<UserDataErasureMiddleware>();
        return services;
    }
}
