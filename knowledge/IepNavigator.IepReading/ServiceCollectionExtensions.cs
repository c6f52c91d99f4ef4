using IepNavigator.Goals;
using IepNavigator.Goals.Checking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.IepReading;

/// <summary>Composition of the IEP reader for any host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IepReader"/> and <see cref="Explaining.IepExplainer"/> (singletons; stateless) with the goal
    /// checker they reuse. Options: pass them, or bind <see cref="IepReadingOptions"/> yourself before calling this.
    /// </summary>
    public static IServiceCollection AddIepReading(this IServiceCollection services, IepReadingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGoals();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new IepReadingOptions());
        services.TryAddSingleton(sp => new IepReader(sp.GetRequiredService<GoalChecker>(), sp.GetRequiredService<IepReadingOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<Explaining.IepExplainer>();
        return services;
    }
}
