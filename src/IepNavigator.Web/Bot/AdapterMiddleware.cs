using IepNavigator.DirectLine.Bot;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Web.Bot;

/// <summary>
/// Bot Framework middleware the host puts on both of its adapters — /api/messages (<see cref="NavigatorAdapter"/>)
/// and the embedded Direct Line (<see cref="EmbeddedChannelAdapter"/>) — at start, in the order registered.
/// </summary>
public static class AdapterMiddleware
{
    /// <summary>Registers <typeparamref name="T"/> (a singleton) to run on every turn of both adapters. Idempotent.</summary>
    public static IServiceCollection AddAdapterMiddleware<T>(this IServiceCollection services)
        where T : class, Microsoft.Bot.Builder.IMiddleware
    {
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Registration, Registration<T>>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, Installer>());
        return services;
    }

    /// <summary>One middleware to install.</summary>
    public abstract class Registration
    {
        public abstract Microsoft.Bot.Builder.IMiddleware Resolve(IServiceProvider services);
    }

    private sealed class Registration<T> : Registration
        where T : class, Microsoft.Bot.Builder.IMiddleware
    {
        public override Microsoft.Bot.Builder.IMiddleware Resolve(IServiceProvider services) => services.GetRequiredService<T>();
    }

    private sealed class Installer(IServiceProvider services, IEnumerable<Registration> registrations) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var registration in registrations)
            {
                var middleware = registration.Resolve(services);
                services.GetService<NavigatorAdapter>()?.Use(middleware);
                services.GetService<EmbeddedChannelAdapter>()?.Use(middleware);
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
