using IepNavigator.Dialogs.Goals;
using IepNavigator.Goals;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Web.Goals;

public static class GoalApiServiceCollectionExtensions
{
    /// <summary>
    /// The goal API's services: the goal library and the signed chart links the chat uses (<see cref="IChartLinkIssuer"/>).
    /// Data Protection keys: call after AddLetterDownloads, which keeps them in the data folder so links survive a restart.
    /// </summary>
    public static IServiceCollection AddGoalApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGoals();
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChartLinks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChartLinkIssuer, ChartLinks>(sp => sp.GetRequiredService<ChartLinks>()));
        return services;
    }
}
