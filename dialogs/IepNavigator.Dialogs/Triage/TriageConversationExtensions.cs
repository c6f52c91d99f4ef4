using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Triage;

public static class TriageConversationExtensions
{
    /// <summary>
    /// The advocate hand-off in the chat: the triage and withdraw dialogs, the interruptions that open them from
    /// anywhere ("talk to an advocate", "withdraw my request"), "delete my data" withdrawing requests too, and the
    /// "Talk to an advocate" button on advice with the book-advocate step. Call with <c>AddDialogs()</c>; the host
    /// registers the <see cref="IAdvocateHandOff"/> (AddTriageHandOff).
    /// </summary>
    public static IServiceCollection AddTriageConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TriageDialog)))
        {
            return services;
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TriageChatContent>();
        services.TryAddSingleton<HandOffRequests>();
        services.TryAddSingleton<PacketPreviewText>();
        AddDialog<TriageDialog>(services);
        AddDialog<WithdrawDialog>(services);
        AddDialog<ContactPrompt>(services);
        AddDialog<HandOffDetailPrompt>(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, AdvocateInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, WithdrawInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, HandOffLanguageAnswer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, DeleteDataWithdrawal>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdviceOffer, AdvocateAdviceOffer>());
        return services;
    }

    private static void AddDialog<TDialog>(IServiceCollection services)
        where TDialog : Dialog
    {
        services.TryAddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
    }
}
