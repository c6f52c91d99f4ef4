using IepNavigator.Goals.Charting;
using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Goals;

/// <summary>Composition of the goal tracker for any host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers <see cref="GoalChecker"/>, <see cref="ProgressJudge"/> and <see cref="GoalChart"/> as singletons (stateless, thread-safe).</summary>
    public static IServiceCollection AddGoals(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<GoalChecker>();
        services.TryAddSingleton<ProgressJudge>();
        services.TryAddSingleton<GoalChart>();
        return services;
    }
}
