using IepNavigator.Dialogs.Goals;
using IepNavigator.Goals;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Web.Goals;

public static class GoalHostServiceCollectionExtensions
{
    /// <summary>
    /// Goals in this host: the goal API's services, the signed chart links (<see cref="IChartLinkIssuer"/>) and the chat's
    /// goal tracker (<see cref="GoalConversationServiceCollectionExtensions.AddGoalConversation"/>).
    /// Data Protection: the host configures its one key ring with AddNavigatorDataProtection (via AddNavigatorStorage);
    /// the bare AddDataProtection here only makes sure the services exist when the goal API is composed alone (tests).
    /// </summary>
    public static IServiceCollection AddGoalHost(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGoals();
        services.AddGoalConversation();
        services.AddDataProtection(); // services only (TryAdd); key ring and application name come from AddNavigatorDataProtection
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChartLinks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChartLinkIssuer, ChartLinks>(sp => sp.GetRequiredService<ChartLinks>()));
        return services;
    }
}
