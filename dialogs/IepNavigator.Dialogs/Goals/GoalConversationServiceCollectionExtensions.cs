using IepNavigator.Goals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Goals;

public static class GoalConversationServiceCollectionExtensions
{
    /// <summary>
    /// The goal tracker in the chat: the goal check, progress log and verdict dialogs, the interruption that opens
    /// them from anywhere, and the "Check my IEP goals" button after advice for an IEP in place; with the core chat
    /// (<see cref="ServiceCollectionExtensions.AddDialogs"/>), in any order. The host may add an <see cref="IChartLinkIssuer"/>.
    /// </summary>
    public static IServiceCollection AddGoalConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Registers<GoalCheckDialog>())
        {
            return services;
        }
        services.AddDialogs();
        services.AddGoals();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GoalChatContent>();
        services.TryAddSingleton<GoalStore>();
        services.TryAddSingleton<GoalCheckReplies>();
        services.TryAddSingleton<ProgressBridge>();
        services.TryAddSingleton<ChartMessages>();
        services.AddDialog<GoalCheckDialog>();
        services.AddDialog<ProgressLogDialog>();
        services.AddDialog<VerdictDialog>();
        services.AddDialog<ValuePrompt>();
        services.AddInterruption<GoalInterruption>();
        services.AddAdviceOffer<GoalAdviceOffer>();
        return services;
    }
}
