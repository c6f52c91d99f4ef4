using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Goals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Goals;

public static class GoalConversationExtensions
{
    /// <summary>
    /// The goal tracker in the chat: the goal check, progress log and verdict dialogs, the interruption that opens
    /// them from anywhere, and the "Check my IEP goals" button after advice for an IEP in place. Call after
    /// <see cref="ServiceCollectionExtensions.AddDialogs"/>. The host may add an <see cref="IChartLinkIssuer"/>.
    /// </summary>
    public static IServiceCollection AddGoalConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(GoalCheckDialog)))
        {
            return services;
        }
        services.AddGoals();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GoalChatContent>();
        services.TryAddSingleton<GoalStore>();
        services.TryAddSingleton<GoalCheckReplies>();
        services.TryAddSingleton<ProgressBridge>();
        services.TryAddSingleton<ChartMessages>();
        AddDialog<GoalCheckDialog>(services);
        AddDialog<ProgressLogDialog>(services);
        AddDialog<VerdictDialog>(services);
        AddDialog<ValuePrompt>(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, GoalInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdviceOffer, GoalAdviceOffer>());
        return services;
    }

    private static void AddDialog<TDialog>(IServiceCollection services)
        where TDialog : Dialog
    {
        services.TryAddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
    }
}
